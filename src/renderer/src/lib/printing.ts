// Whether the page is being printed. Lists that render only the rows in view (the register)
// render every loaded row while printing, so the paper holds what the screen showed and more.
import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches)
  useEffect(() => {
    const media = window.matchMedia('print')
    // beforeprint lays the page out for paper right after its listeners return: render now.
    const set = (value: boolean) => () => flushSync(() => setPrinting(value))
    const onBefore = set(true)
    const onAfter = set(false)
    const onChange = (event: MediaQueryListEvent) => flushSync(() => setPrinting(event.matches))
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
    media.addEventListener('change', onChange)
    return () => {
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
      media.removeEventListener('change', onChange)
    }
  }, [])
  return printing
}
