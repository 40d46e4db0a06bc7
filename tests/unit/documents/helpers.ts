// Shared steps for the document specs: upload a file as the preview does, attach it to a
// matter, and wait for the text queue (never a sleep).
import path from 'node:path'
import { Readable } from 'node:stream'
import yauzl from 'yauzl'
import type { DocumentRecord } from '../../../src/shared/contract'
import { textQueue } from '../../../src/main/core/documents/text-index'
import { importUpload } from '../../../src/main/core/documents/uploads'
import fs from 'node:fs'
import { openCore } from '../../../src/main/core'
import { fixture, ok, patentLetterInput, tempDir, type openTestCore } from '../helpers'

export type TestCore = ReturnType<typeof openTestCore>

/** A workspace that lives for a whole file of read-only specs (openTestCore's closes after each). */
export function openSharedCore(): { core: TestCore; close: () => void } {
  const dir = tempDir()
  let tick = 0
  const core = openCore({
    dir,
    actor: 'counsel',
    today: () => '2026-11-29',
    now: () => new Date(Date.UTC(2026, 10, 29, 9, 0, 0, tick++)).toISOString(),
    log: { error: () => {}, warn: () => {}, info: () => {} }
  })
  return {
    core: { ...core, dir },
    close: () => {
      core.workspace.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

export { ok }

export async function newMatter(
  core: TestCore,
  title = 'Brightline Outdoor — lantern patents'
): Promise<number> {
  const detail = ok(await core.dispatch('matters.logWarningLetter', patentLetterInput({ title })))
  return detail.matter.id
}

/** Uploads a fixture (or bytes) the way the preview's POST /api/upload does. */
export async function upload(core: TestCore, source: string | Buffer, originalName?: string) {
  if (Buffer.isBuffer(source)) {
    return importUpload(core.workspace, Readable.from([source]), originalName ?? 'upload.bin')
  }
  const file = fs.existsSync(source) ? source : fixture(source)
  return importUpload(core.workspace, file, originalName ?? path.basename(file))
}

export async function attach(
  core: TestCore,
  matterId: number,
  sources: (string | { source: string | Buffer; name: string })[],
  extra: { kind?: string; documentDate?: string; privileged?: boolean } = {}
) {
  const files = []
  for (const s of sources) {
    const uploaded = typeof s === 'string' ? await upload(core, s) : await upload(core, s.source, s.name)
    files.push({ sha256: uploaded.sha256, originalName: uploaded.originalName })
  }
  return ok(await core.dispatch('documents.attach', { matterId, files, ...extra } as never))
}

/** Lets the background text queue finish everything it has. */
export async function settle(core: TestCore): Promise<void> {
  await textQueue(core.workspace).idle()
}

export async function getDoc(core: TestCore, id: number): Promise<DocumentRecord> {
  return ok(await core.dispatch('documents.get', { id }))
}

export function custodyActions(core: TestCore, documentId: number): string[] {
  return (
    core.workspace.ctx.sqlite
      .prepare('select action from custody_events where document_id = ? order by id')
      .all(documentId) as { action: string }[]
  ).map((r) => r.action)
}

/** Every file under a folder, relative to it. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
}

/** A one-page text PDF whose catalog asks the viewer to run JavaScript when it opens. */
export function pdfWithJavaScript(): Buffer {
  const stream = 'BT /F1 18 Tf 72 720 Td (Invoice 2026-10-19 payable on receipt) Tj ET'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(run) 5 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Action /S /JavaScript /JS (app.alert('pwned'); this.exportDataObject({cName: 'x', nLaunch: 2});) >>",
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** A small RFC 5322 message; parts are given raw so a test can break them on purpose. */
export function email(options: {
  subject: string
  body: string
  parts?: string[]
  boundary?: string
  close?: boolean
}): Buffer {
  const boundary = options.boundary ?? 'b1_ipdesk_test'
  const head = [
    'From: "Helen T. Quarry" <hquarry@quarryvance.example>',
    'To: Lumora Legal <legal@lumora.example>',
    `Subject: ${options.subject}`,
    'Date: Mon, 28 Sep 2026 09:15:00 -0400',
    'Message-ID: <test-1@quarryvance.example>',
    'MIME-Version: 1.0'
  ]
  if (!options.parts) {
    return Buffer.from(
      [...head, 'Content-Type: text/plain; charset=utf-8', '', options.body, ''].join('\r\n')
    )
  }
  const lines = [...head, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`]
  lines.push('Content-Type: text/plain; charset=utf-8', '', options.body)
  for (const part of options.parts) lines.push(`--${boundary}`, part)
  if (options.close !== false) lines.push(`--${boundary}--`)
  return Buffer.from(lines.join('\r\n') + '\r\n')
}

export function attachmentPart(name: string, contentType: string, content: Buffer): string {
  const b64 = content.toString('base64').replace(/(.{76})/g, '$1\r\n')
  return [
    `Content-Type: ${contentType}; name="${name}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment; filename="${name}"`,
    '',
    b64
  ].join('\r\n')
}

/** Every entry of a zip, read with an independent library. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true })
  const out = new Map<string, Buffer>()
  try {
    for await (const entry of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(entry)
      const chunks: Buffer[] = []
      for await (const chunk of stream) chunks.push(chunk as Buffer)
      out.set(entry.fileName, Buffer.concat(chunks))
    }
  } finally {
    zip.close()
  }
  return out
}
