// The page's modal dialogs as the DOM shows them, for the rule in dialogsOpen.ts.
import type { DialogWatch } from './dialogsOpen'

// Mantine's Modal and Drawer (and so every dialog of ours) mark their content aria-modal.
const MODAL = '[aria-modal="true"]'

/** The page's modal dialogs, watched through the DOM. */
export const pageDialogs: DialogWatch = {
  anyOpen: () => document.querySelector(MODAL) !== null,
  onChange: (listener) => {
    const observer = new MutationObserver(listener)
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-modal']
    })
    return () => observer.disconnect()
  }
}
