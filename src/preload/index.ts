// The renderer's window.api: the contract's invoke channel, the file channels, the folder picker
// and the navigation handshake, nothing else of Electron or Node.
import { contextBridge, ipcRenderer, webUtils } from 'electron'

// Channel names as in src/main/desktop-reminders.ts (NAVIGATE_CHANNEL, READY_CHANNEL).
const NAVIGATE = 'ipdesk:navigate'
const READY = 'ipdesk:ready'
// As GRANT_CHANNEL in src/main/ipc.ts.
const GRANT = 'ipdesk:grant-files'
/** Only in-app hash routes are accepted from the main process. */
const ROUTE = /^#\/matters\/\d+\/deadlines$/

type NavigateListener = (route: string) => void
const listeners = new Set<NavigateListener>()
let readySent = false

function ready(): void {
  readySent = true
  ipcRenderer.send(READY)
}

interface Page {
  location: { hash: string }
  addEventListener(type: 'load', listener: () => void): void
}
const page = globalThis as unknown as Page

// A desktop reminder was clicked: show its matter. The page's listeners route it; while none is
// registered, the preload (which shares the page's document) sets the location hash itself.
ipcRenderer.on(NAVIGATE, (_event, route: unknown) => {
  if (typeof route !== 'string' || !ROUTE.test(route)) return
  if (listeners.size === 0) page.location.hash = route
  for (const listener of listeners) listener(route)
})

// The main process holds navigation until the page says ready. A page that never calls ready()
// (one that does not know the handshake) is declared ready once it has loaded: the hash fallback
// above routes it then.
page.addEventListener('load', () => {
  if (!readySent && listeners.size === 0) ready()
})

// The main process reads only files the user picked in a file dialog or dropped (upload-grants.ts).
// Only the browser makes trusted events: a page's own dispatchEvent or a forged File grants nothing.
// Capture on the document runs before the page's handlers, so the grant precedes the upload.
interface PickOrDrop {
  isTrusted: boolean
  target: { tagName?: string; type?: string; files?: ArrayLike<File> | null } | null
  dataTransfer?: { files?: ArrayLike<File> } | null
}
interface PageDocument {
  addEventListener(type: 'change' | 'drop', listener: (event: PickOrDrop) => void, capture: boolean): void
}
const pageDocument = (globalThis as unknown as { document: PageDocument }).document

function grantFiles(files: ArrayLike<File> | null | undefined): void {
  const paths: string[] = []
  for (let i = 0; i < (files?.length ?? 0); i++) {
    const resolved = webUtils.getPathForFile(files![i]!)
    if (resolved) paths.push(resolved)
  }
  if (paths.length > 0) ipcRenderer.send(GRANT, paths)
}

pageDocument.addEventListener(
  'change',
  (event) => {
    const input = event.target
    if (event.isTrusted && input?.tagName === 'INPUT' && input.type === 'file') grantFiles(input.files)
  },
  true
)
pageDocument.addEventListener(
  'drop',
  (event) => {
    if (event.isTrusted) grantFiles(event.dataTransfer?.files)
  },
  true
)

contextBridge.exposeInMainWorld('api', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke('ipdesk:call', name, input),
  // The path comes from the File the user dropped or picked, resolved here, not by the page; the
  // main process also refuses any path the pick or drop above did not grant.
  uploadFile: (file: File) => ipcRenderer.invoke('ipdesk:upload', webUtils.getPathForFile(file), file.name),
  // A workspace archive to import (Settings > Backups), resolved the same way.
  stageArchive: (file: File) =>
    ipcRenderer.invoke('ipdesk:stage-archive', webUtils.getPathForFile(file), file.name),
  // The system's folder picker, shown by the main process; resolves to the folder or null.
  pickFolder: () => ipcRenderer.invoke('ipdesk:pick-folder'),
  // Served by the main process's ipdesk: protocol handler from the vault and exports/.
  documentUrl: (documentId: number) => `ipdesk://document/${documentId}`,
  exportUrl: (fileName: string) => `ipdesk://export/${encodeURIComponent(fileName)}`,
  // Routes the main process asks for (a clicked desktop reminder); returns the unsubscribe.
  onNavigate: (listener: NavigateListener) => {
    if (typeof listener !== 'function') return () => {}
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  // Call once the onNavigate listener is in place: what waited for this window is sent now.
  ready
})
