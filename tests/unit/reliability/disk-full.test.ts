// A full disk (a 3 MiB tmpfs here, so the test is real): a write fails cleanly with its own
// code ('disk_full': the user is told what happened, that nothing was lost, what to do), the
// workspace keeps reading, nothing half-written is left, and writes work again once space returns.
// CI runs as root, so mounting the tmpfs must work: if it cannot, this test fails, it never skips.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importUpload } from '../../../src/main/core/documents/uploads'
import { openTestCore, tempDir } from '../helpers'

let mountPoint = ''

beforeAll(() => {
  mountPoint = tempDir('ipdesk-diskfull-')
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint])
})

afterAll(() => {
  execFileSync('umount', ['-l', mountPoint])
  fs.rmSync(mountPoint, { recursive: true, force: true })
})

/** Fills the file system with one file until the kernel says ENOSPC. */
function fillDisk(file: string): void {
  const fd = fs.openSync(file, 'w')
  const chunk = Buffer.alloc(64 * 1024, 1)
  try {
    for (;;) fs.writeSync(fd, chunk)
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC')
  } finally {
    fs.closeSync(fd)
  }
}

describe('a full disk', () => {
  it('fails writes cleanly as disk_full, keeps reading, and writes again when space returns', async () => {
    const dir = path.join(mountPoint, 'workspace')
    const core = openTestCore({ dir })
    const first = await core.dispatch('matters.create', {
      title: 'Written before the disk filled',
      kind: 'lawsuit'
    })
    expect(first.ok).toBe(true)

    const source = path.join(tempDir(), 'exhibit.bin')
    fs.writeFileSync(source, Buffer.alloc(512 * 1024, 7))
    const filler = path.join(mountPoint, 'filler')
    fillDisk(filler)

    // A document import and a database write both fail with the code the UI explains.
    await expect(importUpload(core.workspace, source, 'exhibit.bin')).rejects.toMatchObject({
      code: 'disk_full'
    })
    const big = await core.dispatch('matters.create', {
      title: 'Written while the disk is full',
      kind: 'lawsuit',
      notes: 'x'.repeat(19_000)
    })
    expect(big.ok).toBe(false)
    if (!big.ok) expect(big.error.code).toBe('disk_full')

    // Reading goes on.
    const list = await core.dispatch('matters.list', {})
    expect(list.ok && list.value.total).toBe(1)

    // Space returns: writes work, and nothing half-written was left behind.
    fs.rmSync(filler)
    const after = await core.dispatch('matters.create', {
      title: 'Written after space returned',
      kind: 'lawsuit'
    })
    expect(after.ok).toBe(true)
    const uploaded = await importUpload(core.workspace, source, 'exhibit.bin')
    expect(uploaded.size).toBe(512 * 1024)
    const titles = await core.dispatch('matters.list', { sort: 'title' })
    expect(titles.ok && titles.value.rows.map((m) => m.title)).toEqual([
      'Written after space returned',
      'Written before the disk filled'
    ])
    expect(core.workspace.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(fs.readdirSync(path.join(dir, 'vault', 'tmp'))).toEqual([])
  })
})
