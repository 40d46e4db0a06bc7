/** Saves text as a file through a Blob link: works in Electron and in a plain browser alike. */
export function downloadText(fileName: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The click starts the download synchronously; revoke once the browser has the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
