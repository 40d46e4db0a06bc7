// Code that only some screens need loads when one of them opens: pages, the pdf.js viewer and the
// calendar stay out of the script index.html loads.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { LoadingPanel } from '../components/QueryState'

/** A named export of a module loaded on first render, as a component. */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
): ComponentType<P> {
  const Lazy = lazy(async () => {
    const component: ComponentType<P> = (await load())[name]
    return { default: component }
  })
  function OnDemand(props: P) {
    return <Lazy {...props} />
  }
  OnDemand.displayName = `Lazy(${name})`
  return OnDemand
}

/** Shows a loading panel while on-demand code arrives. */
export function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingPanel />}>{children}</Suspense>
}
