import { createHash } from 'node:crypto'
import { chmod, mkdir, open, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isVaultError, openVault, Vault, VaultError } from '../../../src/main/core/vault'
import { fixture, FIXTURE_SHA256, makeTempDir } from './helpers'

const PATENT_PDF = 'warning-letter-patent-en.pdf'

let dir: string
let cleanup: () => Promise<void>
let vault: Vault

beforeEach(async () => {
  ;({ dir, cleanup } = await makeTempDir())
  vault = await openVault(path.join(dir, 'vault'))
})
afterEach(async () => {
  await cleanup()
})

async function tmpEntries(): Promise<string[]> {
  return readdir(path.join(vault.root, 'tmp'))
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function expectVaultError(promise: Promise<unknown>, code: string): Promise<VaultError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(isVaultError(err)).toBe(true)
  expect((err as VaultError).code).toBe(code)
  return err as VaultError
}

describe('Vault.importFile', () => {
  it('stores a fixture under sha256/ab/<hash> with the sha256sum from the README', async () => {
    const result = await vault.importFile(fixture(PATENT_PDF))
    expect(result).toMatchObject({
      sha256: FIXTURE_SHA256[PATENT_PDF],
      size: 79_697,
      mime: 'application/pdf',
      ext: 'pdf',
      detectedKind: 'pdf',
      deduplicated: false
    })
    const blob = path.join(vault.root, 'sha256', 'c7', result.sha256)
    expect(vault.pathFor(result.sha256)).toBe(blob)
    expect(
      createHash('sha256')
        .update(await readFile(blob))
        .digest('hex')
    ).toBe(result.sha256)
    // stored read-only
    expect((await stat(blob)).mode & 0o222).toBe(0)
    expect(await tmpEntries()).toEqual([])
  })

  it('deduplicates identical bytes, whatever the source', async () => {
    const first = await vault.importFile(fixture(PATENT_PDF))
    const copy = path.join(dir, 'renamed-copy.bin')
    await writeFile(copy, await readFile(fixture(PATENT_PDF)))
    const second = await vault.importFile(copy)
    const third = await vault.importStream(Readable.from([await readFile(fixture(PATENT_PDF))]))
    expect(second.sha256).toBe(first.sha256)
    expect(second.deduplicated).toBe(true)
    expect(third.deduplicated).toBe(true)
    expect(await readdir(path.join(vault.root, 'sha256', 'c7'))).toEqual([first.sha256])
    expect(await tmpEntries()).toEqual([])
  })

  it('stores one blob when the same bytes are imported concurrently', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => vault.importFile(fixture('product-photo.jpg'))))
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([FIXTURE_SHA256['product-photo.jpg']]))
    expect(results.filter((r) => !r.deduplicated)).toHaveLength(1)
    expect(await readdir(path.join(vault.root, 'sha256', '8b'))).toHaveLength(1)
    expect(await tmpEntries()).toEqual([])
  })

  it('rejects a file over maxBytes before writing anything', async () => {
    const err = await expectVaultError(
      vault.importFile(fixture(PATENT_PDF), { maxBytes: 10_000 }),
      'too_large'
    )
    expect(err.limitBytes).toBe(10_000)
    expect(err.message).toContain('9.8 KiB')
    expect(await tmpEntries()).toEqual([])
  })

  it('rejects empty, missing and non-regular sources', async () => {
    const empty = path.join(dir, 'empty.txt')
    await writeFile(empty, '')
    await expectVaultError(vault.importFile(empty), 'empty')
    await expectVaultError(vault.importStream(Readable.from([])), 'empty')
    await expectVaultError(vault.importFile(path.join(dir, 'nope.pdf')), 'not_found')
    await expectVaultError(vault.importFile(path.join(dir, 'nope', 'deeper.pdf')), 'not_found')
    await expectVaultError(vault.importFile(dir), 'not_a_file')
    expect(await tmpEntries()).toEqual([])
  })

  it('removes the temp file when the source stream fails midway', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(256 * 1024, 1)
      yield Buffer.alloc(256 * 1024, 2)
      throw new Error('disk unplugged')
    }
    const err = await expectVaultError(vault.importStream(failing()), 'io')
    expect(err.message).toContain('disk unplugged')
    expect(await tmpEntries()).toEqual([])
    expect(await readdir(path.join(vault.root, 'sha256'))).toEqual([])
  })

  it('stops and cleans up when the signal is aborted', async () => {
    const controller = new AbortController()
    async function* slow(): AsyncGenerator<Buffer> {
      yield Buffer.alloc(1024, 1)
      controller.abort()
      yield Buffer.alloc(1024, 2)
    }
    await expectVaultError(vault.importStream(slow(), { signal: controller.signal }), 'aborted')
    expect(await tmpEntries()).toEqual([])
  })

  it('works without Vault.open (lazy directories) and replaces a damaged copy of the same hash', async () => {
    const lazy = new Vault(path.join(dir, 'lazy-vault'))
    const sha = FIXTURE_SHA256[PATENT_PDF] ?? ''
    expect(await lazy.has(sha)).toBe(false)
    // a truncated blob under the right name must not swallow a good import as a "duplicate"
    await mkdir(path.dirname(lazy.pathFor(sha)), { recursive: true })
    await writeFile(lazy.pathFor(sha), 'truncated')
    const result = await lazy.importFile(fixture(PATENT_PDF))
    expect(result.deduplicated).toBe(false)
    expect((await lazy.verify()).ok).toBe(1)
  })
})

describe('Vault.pathFor', () => {
  it('builds sha256/<first two>/<hash> inside the root', () => {
    const sha = 'ab'.repeat(32)
    expect(vault.pathFor(sha)).toBe(path.join(vault.root, 'sha256', 'ab', sha))
  })

  it.each([
    '../../etc/passwd',
    '..',
    '',
    `../${'a'.repeat(61)}`,
    `${'a'.repeat(62)}/..`,
    'A'.repeat(64),
    'g'.repeat(64),
    'a'.repeat(63),
    'a'.repeat(65),
    `${'a'.repeat(63)}\u0000`,
    `/${'a'.repeat(63)}`,
    `${'a'.repeat(62)}\\.`,
    ` ${'a'.repeat(63)}`
  ])('rejects %j', (bad) => {
    expect(() => vault.pathFor(bad)).toThrowError(VaultError)
    expect(() => vault.pathFor(bad)).toThrowError(/SHA-256/)
  })

  it('guards has/openRead/remove with the same check', async () => {
    await expectVaultError(vault.has('../x'), 'invalid_hash')
    await expectVaultError(vault.openRead('../x'), 'invalid_hash')
    await expectVaultError(vault.remove('../../etc/passwd'), 'invalid_hash')
  })
})

describe('Vault read/remove/verify', () => {
  it('reads a blob back byte for byte, removes it once', async () => {
    const { sha256 } = await vault.importFile(fixture('listing-screenshot.png'))
    expect(await vault.has(sha256)).toBe(true)
    const bytes = await collect(await vault.openRead(sha256))
    expect(bytes.equals(await readFile(fixture('listing-screenshot.png')))).toBe(true)
    expect(await vault.remove(sha256)).toBe(true)
    expect(await vault.has(sha256)).toBe(false)
    expect(await vault.remove(sha256)).toBe(false)
    await expectVaultError(vault.openRead(sha256), 'not_found')
  })

  it('detects a blob with one modified byte, and expected hashes that are missing', async () => {
    const good = await vault.importFile(fixture(PATENT_PDF))
    const bad = await vault.importFile(fixture('product-photo.jpg'))
    const blob = vault.pathFor(bad.sha256)
    await chmod(blob, 0o600)
    const handle = await open(blob, 'r+')
    const one = Buffer.alloc(1)
    await handle.read(one, 0, 1, 1000)
    await handle.write(Buffer.from([one[0]! ^ 0xff]), 0, 1, 1000)
    await handle.close()

    const absent = 'f'.repeat(64)
    const progress: number[] = []
    const report = await vault.verify({
      expected: [good.sha256, bad.sha256, absent],
      onProgress: (n) => progress.push(n)
    })
    expect(report.checked).toBe(2)
    expect(report.ok).toBe(1)
    expect(report.mismatched).toHaveLength(1)
    expect(report.mismatched[0]?.sha256).toBe(bad.sha256)
    expect(report.mismatched[0]?.actual).toMatch(/^[0-9a-f]{64}$/)
    expect(report.mismatched[0]?.actual).not.toBe(bad.sha256)
    expect(report.missing).toEqual([absent])
    expect(progress).toEqual([1, 2])
  })

  it('lists stray files under sha256/ without hashing them', async () => {
    await vault.importFile(fixture(PATENT_PDF))
    await writeFile(path.join(vault.root, 'sha256', 'c7', 'notes.txt'), 'x')
    const report = await vault.verify()
    expect(report.ok).toBe(1)
    expect(report.stray).toEqual(['c7/notes.txt'])
  })

  it('sweeps temp files left by a crash, but only old ones', async () => {
    // The vault's clock says 2026-06-10 noon; file times are set to match, not taken from the kernel.
    const clocked = await openVault(path.join(dir, 'vault'), { now: () => '2026-06-10T12:00:00.000Z' })
    const old = path.join(vault.root, 'tmp', 'dead.part')
    const fresh = path.join(vault.root, 'tmp', 'busy.part')
    await writeFile(old, 'x')
    await writeFile(fresh, 'y')
    const twoDaysBefore = new Date('2026-06-08T12:00:00.000Z')
    const anHourBefore = new Date('2026-06-10T11:00:00.000Z')
    await utimes(old, twoDaysBefore, twoDaysBefore)
    await utimes(fresh, anHourBefore, anHourBefore)
    expect(await clocked.sweepTemp()).toBe(1)
    expect(await tmpEntries()).toEqual(['busy.part'])
  })
})
