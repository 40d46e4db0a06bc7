// A dialog that opens by itself (the start-up reminders) never opens over one the user opened:
// two modals stacked leave the one below unreachable, and the user's half-typed form behind a
// notice they did not ask for. It waits until no modal dialog is open, then opens.

/** Whether a modal dialog is open in the window, and who wants to hear when that changes. */
export interface DialogWatch {
  anyOpen: () => boolean
  onChange: (listener: () => void) => () => void
}

/** Calls `done` once no modal dialog is open: at once if none is. Returns the cancel. */
export function whenNoDialogOpen(watch: DialogWatch, done: () => void): () => void {
  if (!watch.anyOpen()) {
    done()
    return () => undefined
  }
  let finished = false
  const stop = watch.onChange(() => {
    if (finished || watch.anyOpen()) return
    finished = true
    stop()
    done()
  })
  return () => {
    finished = true
    stop()
  }
}
