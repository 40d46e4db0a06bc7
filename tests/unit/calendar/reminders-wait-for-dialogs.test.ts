// The start-up reminders never open over a dialog the user opened (issue 13): counsel who has
// started an opinion's form before the reminders are read finishes it, and the overdue list
// comes up when the form closes. The rule, with the window's dialogs played by hand.
import { describe, expect, it } from 'vitest'
import { whenNoDialogOpen, type DialogWatch } from '../../../src/renderer/src/lib/dialogsOpen'

function dialogs(
  open: number
): DialogWatch & { open: () => void; close: () => void; listeners: () => number } {
  let count = open
  const listeners = new Set<() => void>()
  const changed = (): void => {
    for (const l of [...listeners]) l()
  }
  return {
    anyOpen: () => count > 0,
    onChange: (l) => {
      listeners.add(l)
      return () => void listeners.delete(l)
    },
    open: () => {
      count++
      changed()
    },
    close: () => {
      count--
      changed()
    },
    listeners: () => listeners.size
  }
}

describe('the start-up reminders wait for the dialogs the user opened', () => {
  it('open at once when no dialog is open, and watch nothing', () => {
    const watch = dialogs(0)
    let opened = 0
    whenNoDialogOpen(watch, () => opened++)
    expect(opened).toBe(1)
    expect(watch.listeners()).toBe(0)
  })

  it('open only when the last of the user’s dialogs has closed, and only once', () => {
    // "Add opinion" is open, and from it the user opens a confirmation on top.
    const watch = dialogs(1)
    let opened = 0
    whenNoDialogOpen(watch, () => opened++)
    expect(opened).toBe(0)
    watch.open()
    watch.close()
    expect(opened).toBe(0)
    watch.close()
    expect(opened).toBe(1)
    // Later dialogs change nothing: the reminders came up once.
    watch.open()
    watch.close()
    expect(opened).toBe(1)
    expect(watch.listeners()).toBe(0)
  })

  it('do not open after the app left the screen that waited for them', () => {
    const watch = dialogs(1)
    let opened = 0
    const cancel = whenNoDialogOpen(watch, () => opened++)
    cancel()
    watch.close()
    expect(opened).toBe(0)
    expect(watch.listeners()).toBe(0)
  })
})
