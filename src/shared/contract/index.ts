// THE API between the UI and the core. Every call has a name, a zod input schema and an
// output type. Electron IPC and the browser preview's HTTP bridge both serve exactly this.
// One file per area holds that area's calls; this one puts them together.
import type { z } from 'zod'
import type { UploadedFile } from '../model'
import { auditCalls } from './audit'
import { backupCalls } from './backup'
import { calendarCalls } from './calendar'
import { catalogueCalls } from './catalogue'
import { deadlineCalls } from './deadlines'
import { documentCalls } from './documents'
import { exposureCalls } from './exposure'
import { intakeCalls } from './intake'
import { matterCalls } from './matters'
import { opinionCalls } from './opinions'
import { reportCalls } from './reports'
import { peopleCalls } from './people'
import { lawsuitCalls } from './lawsuits'
import { rightCalls } from './rights'
import { searchCalls } from './search'
import { timelineCalls } from './timeline'
import { undoCalls } from './undo'
import { workspaceCalls } from './workspace'

export const contract = {
  ...workspaceCalls,
  ...matterCalls,
  ...intakeCalls,
  ...timelineCalls,
  ...deadlineCalls,
  ...calendarCalls,
  ...documentCalls,
  ...searchCalls,
  ...backupCalls,
  ...auditCalls,
  ...catalogueCalls,
  ...rightCalls,
  ...opinionCalls,
  ...reportCalls,
  ...exposureCalls,
  ...lawsuitCalls,
  ...peopleCalls,
  ...undoCalls
} as const

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>
export type CallOutput<N extends CallName> = Contract[N]['out']
export const CALL_NAMES = Object.keys(contract) as CallName[]

/** What every transport returns: the result, or an error the UI can translate. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }
export interface CallError {
  /** e.g. validation, not_found, duplicate_reference, newer_database, internal */
  code: string
  /** Field path (dot-joined) -> message code, for errors shown next to a field. */
  fields?: Record<string, string>
  /** Extra values for the translated message (e.g. a size limit). */
  params?: Record<string, string | number>
  /** Developer detail, never shown as the primary message. */
  detail?: string
}

export type { UploadedFile }
export { isoDate, TITLE_MAX } from './kit'
export * from './audit'
export * from './backup'
export * from './calendar'
export * from './catalogue'
export * from './deadlines'
export * from './documents'
export * from './exposure'
export * from './intake'
export * from './matters'
export * from './opinions'
export * from './reports'
export * from './people'
export * from './lawsuits'
export * from './rights'
export * from './search'
export * from './timeline'
export * from './undo'
export * from './workspace'
