import { Component, type ReactNode } from 'react'
import { ErrorPanel } from './QueryState'

interface State {
  error: Error | null
}

/** A crash in one page shows an error panel there instead of a white window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null })
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <ErrorPanel
          error={{ code: 'internal', detail: this.state.error.message }}
          onRetry={() => this.setState({ error: null })}
        />
      )
    }
    return this.props.children
  }
}
