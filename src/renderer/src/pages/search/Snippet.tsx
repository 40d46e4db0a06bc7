import { Fragment } from 'react'
import type { SnippetPart } from '../../../../shared/contract'

/** A search snippet: hit parts in <mark>, everything as text (never HTML). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>
      )}
    </>
  )
}
