// The renderer's only door to the core. It speaks the contract; the shell behind it
// (Electron preload or the browser preview's HTTP bridge) is chosen at the edge.
import type {
  CallInput,
  CallName,
  CallOutput,
  CallResult,
  StagedArchive,
  UploadedFile
} from '../../shared/contract'
import { TOKEN_HEADER, TOKEN_META } from '../../shared/preview-token'

export interface Bridge {
  invoke(name: string, input: unknown): Promise<CallResult<unknown>>
  uploadFile(file: File): Promise<CallResult<UploadedFile>>
  /** A workspace archive the user picked or dropped, handed to the core to import (Settings > Backups). */
  stageArchive(file: File): Promise<CallResult<StagedArchive>>
  /** Desktop only: the system's folder picker; null when the user cancels. */
  pickFolder?(): Promise<string | null>
  /** Where the viewer fetches a document's bytes (never rendered as a page). */
  documentUrl(documentId: number): string
  /** Where an evidence bundle written to the workspace's exports/ is downloaded from. */
  exportUrl(fileName: string): string
  /**
   * Desktop only: in-app routes the main process asks for (a clicked reminder, e.g.
   * '#/matters/7/deadlines'). Returns the unsubscribe. Register, then call ready().
   */
  onNavigate?(listener: (route: string) => void): () => void
  /** Desktop only: the page listens now; navigation held for this window is delivered. */
  ready?(): void
}

declare global {
  interface Window {
    api?: Bridge
  }
}

/**
 * The preview server puts its token in index.html; every call and upload sends it back in a
 * header, which a page on another origin cannot set (the cookie alone changes nothing).
 */
function tokenHeader(): Record<string, string> {
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content
  return token ? { [TOKEN_HEADER]: token } : {}
}

const httpBridge: Bridge = {
  async invoke(name, input) {
    const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...tokenHeader() },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {})
    })
    return (await response.json()) as CallResult<unknown>
  },
  async uploadFile(file) {
    const response = await fetch('/api/upload', {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent(file.name), ...tokenHeader() },
      credentials: 'same-origin',
      body: file
    })
    return (await response.json()) as CallResult<UploadedFile>
  },
  async stageArchive(file) {
    const response = await fetch('/api/stage-archive', {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent(file.name), ...tokenHeader() },
      credentials: 'same-origin',
      body: file
    })
    return (await response.json()) as CallResult<StagedArchive>
  },
  documentUrl: (documentId) => `/api/documents/${documentId}/content`,
  exportUrl: (fileName) => `/api/exports/${encodeURIComponent(fileName)}`
}

const bridge: Bridge = window.api ?? httpBridge

/** Calls the core; resolves to the result or to an error the UI translates. */
export async function call<N extends CallName>(
  name: N,
  input: CallInput<N>
): Promise<CallResult<CallOutput<N>>> {
  try {
    return (await bridge.invoke(name, input)) as CallResult<CallOutput<N>>
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', detail: String(error) } }
  }
}

/** Like call, but throws the CallError: for reads where the caller shows a generic error. */
export async function query<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await call(name, input)
  if (!result.ok) throw Object.assign(new Error(result.error.code), { callError: result.error })
  return result.value
}

export async function uploadFile(file: File): Promise<CallResult<UploadedFile>> {
  try {
    return await bridge.uploadFile(file)
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', detail: String(error) } }
  }
}

export async function stageArchive(file: File): Promise<CallResult<StagedArchive>> {
  try {
    return await bridge.stageArchive(file)
  } catch (error) {
    return { ok: false, error: { code: 'unreachable', detail: String(error) } }
  }
}

/** The system's folder picker where the shell has one (desktop); undefined in the browser preview. */
export const pickFolder: (() => Promise<string | null>) | undefined = bridge.pickFolder
  ? () => bridge.pickFolder!()
  : undefined

export const documentUrl = (documentId: number): string => bridge.documentUrl(documentId)
export const exportUrl = (fileName: string): string => bridge.exportUrl(fileName)
