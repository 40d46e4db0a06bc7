// The check only the core can make before a save: does another matter hold this reference? The
// forms ask it in the same round as the contract's own check, and name the holder with a link.
import { useState, type ReactNode } from 'react'
import { Anchor } from '@mantine/core'
import type { TFunction } from 'i18next'
import { referenceField, type CallError, type ReferenceHolder } from '../../../shared/contract'
import { call } from '../api'
import { errorText, type FieldErrors } from './errors'
import { routeHref } from './router'

/** The holder a refused save names (assertReferenceFree's params), if it names one. */
function holderOf(error: CallError): ReferenceHolder | null {
  const p = error.params ?? {}
  if (error.fields?.reference !== 'duplicate_reference' || typeof p.holderId !== 'number') return null
  return { id: p.holderId, reference: String(p.holderReference), title: String(p.holderTitle) }
}

export function useReferenceCheck() {
  const [holder, setHolder] = useState<ReferenceHolder | null>(null)

  /** The reference field's error when another matter holds it; a blank or malformed one is the form's. */
  async function check(reference: string, exceptId?: number): Promise<FieldErrors> {
    const parsed = referenceField.safeParse(reference)
    const typed = parsed.success ? parsed.data : undefined
    const result = typed ? await call('matters.checkReference', { reference: typed, exceptId }) : null
    // The core unreachable: the save itself refuses a duplicate and says so.
    const found = result?.ok ? result.value : null
    setHolder(found)
    return found ? { reference: 'duplicate_reference' } : {}
  }

  /** A save the core refused as a duplicate names the holder too. */
  function refused(error: CallError): void {
    const named = holderOf(error)
    if (named) setHolder(named)
  }

  /** The reference field's message: a duplicate names its holder and links to it. */
  function message(t: TFunction, code: string | undefined): ReactNode {
    if (!code) return undefined
    if (code !== 'duplicate_reference' || !holder) return errorText(t, code)
    return (
      <>
        {t('errors.duplicate_reference_held', { reference: holder.reference, title: holder.title })}{' '}
        <Anchor
          inherit
          underline="always"
          href={routeHref({ name: 'matter', id: holder.id, tab: 'overview' })}
        >
          {t('errors.open_holder')}
        </Anchor>
      </>
    )
  }

  return { check, refused, message }
}
