// Which file paths a window may hand the main process to read (an upload, an archive to import):
// only those the user picked in a file dialog or dropped on it. The preload reports them from
// trusted 'change' and 'drop' events as they happen; each grant is for that window only, used
// once, and expires. Plain module (no Electron) so it is tested in Node.

export const GRANT_TTL_MS = 10 * 60_000
/** The error code of a path no dialog or drop granted (translated as errors.upload_not_granted). */
export const NOT_GRANTED = 'upload_not_granted'
/** The error code of a folder the window's folder picker did not give (errors.folder_not_granted). */
export const FOLDER_NOT_GRANTED = 'folder_not_granted'
/** A window cannot pile up grants without bound (one drop of a whole folder stays well under). */
const MAX_GRANTS_PER_WINDOW = 2_000
const MAX_PATH_LENGTH = 32_767

export class UploadGrants {
  /** webContents id -> path -> the expiry moments of its unused grants (one per pick). */
  private readonly windows = new Map<number, Map<string, number[]>>()

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = GRANT_TTL_MS
  ) {}

  /** Records the paths a trusted pick or drop in window `windowId` produced; returns how many were kept. */
  grant(windowId: number, paths: unknown): number {
    if (!Array.isArray(paths)) return 0
    const grants = this.windows.get(windowId) ?? new Map<string, number[]>()
    this.windows.set(windowId, grants)
    this.dropExpired(grants)
    let kept = 0
    const expires = this.now() + this.ttlMs
    for (const p of paths) {
      if (typeof p !== 'string' || !p || p.length > MAX_PATH_LENGTH || p.includes('\0')) continue
      if (this.count(grants) >= MAX_GRANTS_PER_WINDOW) break
      grants.set(p, [...(grants.get(p) ?? []), expires])
      kept++
    }
    return kept
  }

  /** True (and the grant is used up) when window `windowId` was granted `path` and it has not expired. */
  take(windowId: number, path: string): boolean {
    const grants = this.windows.get(windowId)
    if (!grants) return false
    this.dropExpired(grants)
    const expiries = grants.get(path)
    if (!expiries?.length) return false
    expiries.shift()
    if (expiries.length === 0) grants.delete(path)
    return true
  }

  /** True when window `windowId` was granted `path` and it has not expired; the grant stays. */
  holds(windowId: number, path: string): boolean {
    const grants = this.windows.get(windowId)
    if (!grants) return false
    this.dropExpired(grants)
    return (grants.get(path)?.length ?? 0) > 0
  }

  /** A closed window's grants go with it. */
  forget(windowId: number): void {
    this.windows.delete(windowId)
  }

  private dropExpired(grants: Map<string, number[]>): void {
    const now = this.now()
    for (const [p, expiries] of grants) {
      const live = expiries.filter((at) => at > now)
      if (live.length) grants.set(p, live)
      else grants.delete(p)
    }
  }

  private count(grants: Map<string, number[]>): number {
    let n = 0
    for (const expiries of grants.values()) n += expiries.length
    return n
  }
}
