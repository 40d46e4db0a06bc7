// The desktop window's uploads read only files the user picked in a dialog or dropped on that
// window: the preload reports them from trusted events, the main process keeps them per window,
// each usable once and only for a while. A page that names any other path (a compromised
// renderer asking for ~/.ssh/id_rsa) is refused, and nothing is read.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CALL_CHANNEL,
  GRANT_CHANNEL,
  PICK_FOLDER_CHANNEL,
  registerIpc,
  STAGE_ARCHIVE_CHANNEL,
  UPLOAD_CHANNEL
} from '../../../src/main/ipc'
import { FOLDER_NOT_GRANTED, GRANT_TTL_MS, NOT_GRANTED, UploadGrants } from '../../../src/main/upload-grants'
import { fixture, ok, openTestCore, tempDir } from '../helpers'

const appUrl = 'app://ipdesk/index.html'
const letter = fixture('warning-letter-patent-en.pdf')

describe('upload grants', () => {
  it('a path the user picked is accepted once; a path nobody picked never', () => {
    const grants = new UploadGrants(() => 0)
    expect(grants.take(1, letter)).toBe(false)
    expect(grants.grant(1, [letter])).toBe(1)
    expect(grants.take(1, '/home/counsel/.ssh/id_rsa')).toBe(false)
    expect(grants.take(1, letter)).toBe(true)
    expect(grants.take(1, letter)).toBe(false)
  })

  it('picking the same file twice allows two uploads of it', () => {
    const grants = new UploadGrants(() => 0)
    grants.grant(1, [letter])
    grants.grant(1, [letter])
    expect([grants.take(1, letter), grants.take(1, letter), grants.take(1, letter)]).toEqual([
      true,
      true,
      false
    ])
  })

  it('a file picked in one window is not another window’s, and a closed window’s grants are gone', () => {
    const grants = new UploadGrants(() => 0)
    grants.grant(1, [letter])
    expect(grants.take(2, letter)).toBe(false)
    grants.forget(1)
    expect(grants.take(1, letter)).toBe(false)
  })

  it('a grant expires: a file picked ten minutes ago must be picked again', () => {
    let now = 1_000
    const grants = new UploadGrants(() => now)
    grants.grant(1, [letter])
    now += GRANT_TTL_MS + 1
    expect(grants.take(1, letter)).toBe(false)
  })

  it('keeps only path strings from what the preload sent', () => {
    const grants = new UploadGrants(() => 0)
    expect(grants.grant(1, 'not a list')).toBe(0)
    expect(grants.grant(1, [42, '', 'a\0b', { path: letter }, letter])).toBe(1)
  })
})

type Handler = (event: unknown, ...args: unknown[]) => unknown

/** A fake ipcMain that keeps each channel's handler, and an IPC event from window `windowId`. */
function fakeIpc() {
  const handlers = new Map<string, Handler>()
  const ipcMain = {
    handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
    on: (channel: string, fn: Handler) => handlers.set(channel, fn)
  }
  const event = (windowId: number, url = `${appUrl}#/`) => ({
    sender: { id: windowId },
    senderFrame: { url, parent: null }
  })
  return { handlers, ipcMain: ipcMain as never, event }
}

/** The IPC handlers of the desktop shell, with a fake ipcMain, over a real workspace. */
function desktop(now: { ms: number }) {
  const core = openTestCore()
  const { handlers, ipcMain, event } = fakeIpc()
  const grants = new UploadGrants(() => now.ms)
  registerIpc(ipcMain, core.workspace, core.dispatch, appUrl, undefined, { grants })
  return {
    core,
    grant: (windowId: number, paths: unknown, url?: string) =>
      handlers.get(GRANT_CHANNEL)!(event(windowId, url), paths),
    upload: (windowId: number, file: string, channel = UPLOAD_CHANNEL) =>
      handlers.get(channel)!(event(windowId), file, path.basename(file)) as Promise<{
        ok: boolean
        value?: { sha256: string }
        error?: { code: string }
      }>
  }
}

describe('the desktop upload channel', () => {
  it('refuses a path the page made up, and reads nothing', async () => {
    const secret = path.join(tempDir(), 'id_rsa')
    fs.writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----')
    const { core, upload } = desktop({ ms: 0 })
    expect(await upload(1, secret)).toEqual({ ok: false, error: { code: NOT_GRANTED } })
    expect(ok(await core.dispatch('vault.verify', {}))).toMatchObject({ ok: 0 })
    core.workspace.close()
  })

  it('stores a file the user picked, once; a second upload of it needs a second pick', async () => {
    const { core, grant, upload } = desktop({ ms: 0 })
    grant(1, [letter])
    const first = await upload(1, letter)
    expect(first).toMatchObject({ ok: true, value: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } })
    expect(await upload(1, letter)).toEqual({ ok: false, error: { code: NOT_GRANTED } })
    core.workspace.close()
  })

  it('refuses a file picked in another window, a grant from a foreign page, and an expired grant', async () => {
    const now = { ms: 0 }
    const { core, grant, upload } = desktop(now)
    grant(1, [letter])
    expect(await upload(2, letter)).toEqual({ ok: false, error: { code: NOT_GRANTED } })
    grant(3, [letter], 'https://evil.example/')
    expect(await upload(3, letter)).toEqual({ ok: false, error: { code: NOT_GRANTED } })
    now.ms += GRANT_TTL_MS + 1
    expect(await upload(1, letter)).toEqual({ ok: false, error: { code: NOT_GRANTED } })
    core.workspace.close()
  })

  it('guards the workspace-archive channel the same way', async () => {
    const { core, grant, upload } = desktop({ ms: 0 })
    expect(await upload(1, letter, STAGE_ARCHIVE_CHANNEL)).toEqual({
      ok: false,
      error: { code: NOT_GRANTED }
    })
    grant(1, [letter])
    expect(await upload(1, letter, STAGE_ARCHIVE_CHANNEL)).toMatchObject({ ok: true })
    core.workspace.close()
  })
})

describe('the folders Settings names for an import or a second backup location', () => {
  function settings() {
    const core = openTestCore()
    const { handlers, ipcMain, event } = fakeIpc()
    const chosen = tempDir()
    registerIpc(ipcMain, core.workspace, core.dispatch, appUrl, undefined, {
      pickFolder: () => Promise.resolve(chosen)
    })
    return {
      core,
      chosen,
      pick: (windowId: number) =>
        handlers.get(PICK_FOLDER_CHANNEL)!(event(windowId)) as Promise<string | null>,
      call: (windowId: number, name: string, input: unknown) =>
        handlers.get(CALL_CHANNEL)!(event(windowId), name, input) as Promise<{
          ok: boolean
          value?: unknown
          error?: { code: string }
        }>
    }
  }

  it('takes only a folder this window’s picker gave; a typed one is refused and nothing is set', async () => {
    const { core, chosen, pick, call } = settings()
    const typed = tempDir()
    expect(await call(1, 'backups.setSecondLocation', { folder: typed })).toEqual({
      ok: false,
      error: { code: FOLDER_NOT_GRANTED }
    })
    expect(ok(await core.dispatch('backups.secondLocation', {}))).toBeNull()
    expect(await pick(1)).toBe(chosen)
    // another window did not pick it
    expect(await call(2, 'backups.setSecondLocation', { folder: chosen })).toMatchObject({
      error: { code: FOLDER_NOT_GRANTED }
    })
    expect(await call(1, 'backups.setSecondLocation', { folder: chosen })).toMatchObject({ ok: true })
    expect(ok(await core.dispatch('backups.secondLocation', {}))).toMatchObject({ folder: chosen })
    // turning the second location off names no folder
    expect(await call(1, 'backups.setSecondLocation', { folder: null })).toMatchObject({ ok: true })
    core.workspace.close()
  })

  it('refuses to import an archive into a folder nobody picked, before anything is written', async () => {
    const { core, call } = settings()
    const target = path.join(tempDir(), 'planted')
    const answer = await call(1, 'backups.importArchive', {
      archive: '00000000-0000-4000-8000-000000000000',
      folder: target
    })
    expect(answer).toEqual({ ok: false, error: { code: FOLDER_NOT_GRANTED } })
    expect(fs.existsSync(target)).toBe(false)
    core.workspace.close()
  })
})
