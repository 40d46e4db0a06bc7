// Code that only some screens need loads when one of them opens: pages, the pdf.js viewer and the
// calendar stay out of the script index.html loads.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { LoadingPanel } from '../components/QueryState'

/** A page loaded on demand; preload() starts fetching its code before it is first rendered. */
export type OnDemand<P extends object> = ComponentType<P> & { preload: () => void }

/** A named export of a module loaded on first render, as a component. */
export function lazyNamed<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
): OnDemand<P> {
  // One request for the module whoever asks first, the router or preload(); a failure is not
  // kept, so the error boundary's retry asks again.
  let loading: Promise<Record<K, ComponentType<P>>> | null = null
  const loadOnce = (): Promise<Record<K, ComponentType<P>>> =>
    (loading ??= load().catch((error: unknown) => {
      loading = null
      throw error
    }))
  const Lazy = lazy(async () => {
    const component: ComponentType<P> = (await loadOnce())[name]
    return { default: component }
  })
  function OnDemand(props: P) {
    return <Lazy {...props} />
  }
  OnDemand.displayName = `Lazy(${name})`
  OnDemand.preload = (): void => void loadOnce().catch(() => undefined)
  return OnDemand
}

/** Shows a loading panel while on-demand code arrives. */
export function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingPanel />}>{children}</Suspense>
}
