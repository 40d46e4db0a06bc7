// The renderer's window.api: two invoke channels, nothing else of Electron or Node.
import { contextBridge, ipcRenderer, webUtils } from 'electron'

contextBridge.exposeInMainWorld('api', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke('ipdesk:call', name, input),
  // The path comes from the File the user dropped or picked, resolved here, not by the page.
  uploadFile: (file: File) => ipcRenderer.invoke('ipdesk:upload', webUtils.getPathForFile(file), file.name),
  // Served by the main process's ipdesk: protocol handler from the vault and exports/.
  documentUrl: (documentId: number) => `ipdesk://document/${documentId}`,
  exportUrl: (fileName: string) => `ipdesk://export/${encodeURIComponent(fileName)}`
})

// A desktop reminder was clicked: show its matter. Only in-app hash routes are accepted.
// The preload shares the page's document, so setting its location hash routes the app.
interface Location {
  hash: string
}
ipcRenderer.on('ipdesk:navigate', (_event, hash: unknown) => {
  if (typeof hash === 'string' && /^#\/matters\/\d+\/deadlines$/.test(hash))
    (globalThis as unknown as { location: Location }).location.hash = hash
})
