// Specification: counsel hands outside counsel or a court a zip of a matter's evidence whose
// every file matches its manifest hash, with the chain of custody; privileged papers stay
// out unless included on purpose.
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { attach, custodyActions, newMatter, ok, readZip, settle, type TestCore } from './helpers'

interface ManifestEntry {
  file: string
  originalName: string
  kind: string
  documentDate: string | null
  size: number
  sha256: string
  importedAt: string
  privileged: boolean
}

async function matterWithEvidence(core: TestCore) {
  const matterId = await newMatter(core)
  const mail = await attach(core, matterId, ['warning-letter.eml'])
  const evidence = await attach(core, matterId, ['listing-screenshot.png', 'product-photo.jpg'], {
    kind: 'evidence_screenshot',
    documentDate: '2026-10-02'
  })
  const opinion = await attach(core, matterId, ['opinion-non-infringement.pdf'], {
    kind: 'opinion',
    privileged: true
  })
  await settle(core)
  return { matterId, mail: mail.documents[0]!, evidence: evidence.documents, opinion: opinion.documents[0]! }
}

describe('the evidence bundle', () => {
  it('every file in the zip re-hashes to its manifest entry; privileged documents are left out', async () => {
    const core = openTestCore()
    const { matterId, mail, opinion } = await matterWithEvidence(core)
    const bundle = ok(await core.dispatch('documents.exportBundle', { matterId, includePrivileged: false }))
    expect(bundle).toMatchObject({ documentCount: 4, skippedPrivileged: 1 })
    expect(path.dirname(bundle.path)).toBe(path.join(core.dir, 'exports'))
    expect(bundle.fileName).toMatch(/^2026-PAT-001 evidence \d{8}-\d{6}\.zip$/)

    const entries = await readZip(bundle.path)
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as {
      matter: { reference: string }
      includePrivileged: boolean
      documents: ManifestEntry[]
    }
    expect(manifest.matter.reference).toBe('2026-PAT-001')
    expect(manifest.documents.map((d) => d.file)).toEqual([
      'files/warning-letter.eml',
      'files/warning-letter-patent-en.pdf',
      'files/listing-screenshot.png',
      'files/product-photo.jpg'
    ])
    for (const doc of manifest.documents) {
      const bytes = entries.get(doc.file)
      expect(bytes, doc.file).toBeDefined()
      expect(bytes!.length).toBe(doc.size)
      expect(createHash('sha256').update(bytes!).digest('hex'), doc.file).toBe(doc.sha256)
    }
    expect(manifest.documents.some((d) => d.originalName === opinion.originalName)).toBe(false)
    expect([...entries.keys()].filter((k) => k.startsWith('files/'))).toHaveLength(4)

    // manifest.csv says the same, readable in a spreadsheet
    const csv = entries
      .get('manifest.csv')!
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split('\r\n')
    expect(csv[0]).toBe(
      'file,originalName,kind,documentDate,size,sha256,mime,importedAt,importedBy,privileged,documentId,parentId'
    )
    expect(csv[3]).toContain(
      'files/listing-screenshot.png,listing-screenshot.png,evidence_screenshot,2026-10-02,143481,c0cbd451'
    )

    // custody.csv holds each document's log up to the export
    const custody = entries.get('custody.csv')!.toString('utf8')
    expect(custody).toContain(`,import,${mail.id},files/warning-letter.eml,2636e833`)
    expect(custody).not.toContain(opinion.sha256)
    // and the export itself is now in each exported document's chain of custody
    expect(custodyActions(core, mail.id)).toEqual(['import', 'export'])
    expect(custodyActions(core, opinion.id)).toEqual(['import'])
  })

  it('privileged documents go in only when included on purpose; a selection brings an email’s attachments', async () => {
    const core = openTestCore()
    const { matterId, mail, opinion } = await matterWithEvidence(core)
    const withPrivileged = ok(
      await core.dispatch('documents.exportBundle', {
        matterId,
        documentIds: [mail.id, opinion.id],
        includePrivileged: true
      })
    )
    expect(withPrivileged).toMatchObject({ documentCount: 3, skippedPrivileged: 0 })
    const names = [...(await readZip(withPrivileged.path)).keys()].filter((k) => k.startsWith('files/'))
    expect(names).toEqual([
      'files/warning-letter.eml',
      'files/warning-letter-patent-en.pdf',
      'files/opinion-non-infringement.pdf'
    ])

    const onlyPrivileged = await core.dispatch('documents.exportBundle', {
      matterId,
      documentIds: [opinion.id],
      includePrivileged: false
    })
    expect(onlyPrivileged).toMatchObject({
      ok: false,
      error: { code: 'nothing_to_export', params: { skippedPrivileged: 1 } }
    })
    const other = await newMatter(core, 'Other matter')
    const foreign = await core.dispatch('documents.exportBundle', {
      matterId: other,
      documentIds: [mail.id],
      includePrivileged: true
    })
    expect(foreign).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { documentIds: 'not_in_matter' } }
    })
  })

  it('two bundles of the same moment get distinct names, and none overwrites another', async () => {
    const core = openTestCore({ now: () => '2026-11-29T09:00:00.000Z' })
    const { matterId } = await matterWithEvidence(core)
    const first = ok(await core.dispatch('documents.exportBundle', { matterId, includePrivileged: false }))
    const second = ok(await core.dispatch('documents.exportBundle', { matterId, includePrivileged: false }))
    expect(first.fileName).toBe('2026-PAT-001 evidence 20261129-090000.zip')
    expect(second.fileName).toBe('2026-PAT-001 evidence 20261129-090000 (2).zip')
  })

  it('a file whose vault bytes no longer match their hash stops the export: no bundle claims the wrong bytes', async () => {
    const core = openTestCore()
    const { matterId, evidence } = await matterWithEvidence(core)
    const file = core.workspace.vault.pathFor(evidence[1]!.sha256)
    chmodSync(file, 0o600)
    const bytes = readFileSync(file)
    bytes[100] = bytes[100]! ^ 0xff // same size, one bit-flipped byte
    writeFileSync(file, bytes)
    const result = await core.dispatch('documents.exportBundle', { matterId, includePrivileged: false })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'vault_mismatch', params: { name: 'product-photo.jpg' } }
    })
    const exportsDir = path.join(core.dir, 'exports')
    expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([])
  })
})
