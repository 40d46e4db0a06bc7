// The scroll box a virtual window (virtualWindow.ts) is laid over: where it is scrolled, how high.
import { useEffect, useState, type RefObject } from 'react'

/** The scroll box's scrollTop and height, updated at most once a frame. */
export function useScrollView(
  ref: RefObject<HTMLElement | null>,
  active: boolean
): { top: number; height: number } {
  const [view, setView] = useState({ top: 0, height: 0 })
  useEffect(() => {
    const element = ref.current
    if (!element || !active) return
    let frame = 0
    const read = (): void => {
      frame = 0
      setView((old) =>
        old.top === element.scrollTop && old.height === element.clientHeight
          ? old
          : { top: element.scrollTop, height: element.clientHeight }
      )
    }
    const schedule = (): void => {
      if (!frame) frame = requestAnimationFrame(read)
    }
    read()
    element.addEventListener('scroll', schedule, { passive: true })
    const resize = new ResizeObserver(schedule)
    resize.observe(element)
    return () => {
      if (frame) cancelAnimationFrame(frame)
      element.removeEventListener('scroll', schedule)
      resize.disconnect()
    }
  }, [ref, active])
  return view
}
