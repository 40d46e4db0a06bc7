import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isVaultError, openVault, type Vault } from '../../../src/main/core/vault'
import { makeTempDir } from './helpers'

const MiB = 1024 * 1024
const TOTAL = 300 * MiB
const CHUNK = 1 * MiB

/** Deterministic bytes generated on the fly: nothing close to the total is ever held in memory. */
function generated(totalBytes: number, counter?: { produced: number }): Readable {
  let produced = 0
  return new Readable({
    highWaterMark: 4 * CHUNK,
    read() {
      if (produced >= totalBytes) {
        this.push(null)
        return
      }
      const size = Math.min(CHUNK, totalBytes - produced)
      const chunk = Buffer.allocUnsafe(size)
      chunk.fill((produced / CHUNK) % 251)
      produced += size
      if (counter) counter.produced = produced
      this.push(chunk)
    }
  })
}

function expectedHash(totalBytes: number): string {
  const hash = createHash('sha256')
  for (let offset = 0; offset < totalBytes; offset += CHUNK) {
    hash.update(Buffer.alloc(Math.min(CHUNK, totalBytes - offset), (offset / CHUNK) % 251))
  }
  return hash.digest('hex')
}

describe('Vault with a 300 MB generated stream', () => {
  let vault: Vault
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    const tmp = await makeTempDir()
    cleanup = tmp.cleanup
    vault = await openVault(path.join(tmp.dir, 'vault'))
  })
  afterAll(async () => cleanup())

  it('imports with bounded memory and the right hash', async () => {
    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }, 20)
    const started = performance.now()
    const result = await vault.importStream(generated(TOTAL))
    const seconds = (performance.now() - started) / 1000
    clearInterval(sampler)
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss)

    expect(result.size).toBe(TOTAL)
    expect(result.sha256).toBe(expectedHash(TOTAL))
    expect(result.detectedKind).toBe('other')
    const growth = rssPeak - rssBefore
    console.log(
      `[vault] imported ${TOTAL / MiB} MiB in ${seconds.toFixed(2)} s = ${(TOTAL / MiB / seconds).toFixed(0)} MiB/s, ` +
        `peak RSS growth ${(growth / MiB).toFixed(1)} MiB`
    )
    expect(growth).toBeLessThan(100 * MiB)
  }, 120_000)

  it('cuts a stream off at maxBytes without reading the rest', async () => {
    const counter = { produced: 0 }
    const err = await vault
      .importStream(generated(TOTAL, counter), { maxBytes: 8 * MiB })
      .catch((e: unknown) => e)
    expect(isVaultError(err, 'too_large')).toBe(true)
    expect((err as { limitBytes: number }).limitBytes).toBe(8 * MiB)
    // the Readable buffers a few chunks ahead, nothing more
    expect(counter.produced).toBeLessThan(16 * MiB)
    expect(await readdir(path.join(vault.root, 'tmp'))).toEqual([])
  })
})
