// Shared steps for the deadline specs: unwrap results, find the sample lawsuit, count rows.
import type { EventType } from '../../../src/shared/model'
import type { CallInput, CallResult, DeadlineRecord } from '../../../src/shared/contract'
import { ok, openTestCore } from '../helpers'

export type TestCore = ReturnType<typeof openTestCore>

export { ok }

export function rows<T = Record<string, unknown>>(core: TestCore, sql: string, ...params: unknown[]): T[] {
  return core.workspace.ctx.sqlite.prepare(sql).all(...params) as T[]
}

export function count(core: TestCore, table: string): number {
  return rows<{ n: number }>(core, `select count(*) n from ${table}`)[0]!.n
}

/** The sample workspace, opened, and its Schedule A lawsuit (the only matter of kind lawsuit). */
export async function sampleLawsuit(): Promise<{ core: TestCore; matterId: number; reference: string }> {
  const core = openTestCore()
  ok(await core.dispatch('workspace.loadSample', {}))
  const page = ok(await core.dispatch('matters.list', { kinds: ['lawsuit'] }))
  const lawsuit = page.rows[0]!
  return { core, matterId: lawsuit.id, reference: lawsuit.reference }
}

/** A new matter of a kind and jurisdiction, with a right of the given type. */
export async function matterOf(
  core: TestCore,
  kind:
    | 'lawsuit'
    | 'itc_investigation'
    | 'ptab_proceeding'
    | 'marketplace_complaint'
    | 'warning_letter'
    | 'clearance',
  jurisdiction: string,
  rightType: 'utility_patent' | 'design_patent' | 'trademark' | 'copyright' = 'utility_patent'
): Promise<number> {
  const detail = ok(
    await core.dispatch('matters.create', {
      title: `A ${kind} in ${jurisdiction}`,
      kind,
      jurisdiction,
      ipRights: [{ type: rightType, number: `${jurisdiction}-123`, jurisdiction }]
    })
  )
  return detail.matter.id
}

/** Logs an event and returns its id. */
export async function logEvent(
  core: TestCore,
  matterId: number,
  type: Exclude<EventType, 'status_changed'>,
  date: string,
  title: string = type
): Promise<number> {
  ok(await core.dispatch('timeline.addEvent', { matterId, type, date, title }))
  const timeline = ok(await core.dispatch('timeline.list', { matterId, order: 'asc' }))
  const events = timeline.flatMap((i) =>
    i.kind === 'event' && i.event.type === type && i.date === date ? [i.event] : []
  )
  return events.at(-1)!.id
}

/**
 * Accepts proposals (possibly edited) as the UI sends them. Typed as the call's input: passed as a
 * plain DeadlineProposal[], Dispatch's untyped fallback overload wins and the result is unknown.
 */
export async function accept(
  core: TestCore,
  deadlines: CallInput<'deadlines.addMany'>['deadlines']
): Promise<CallResult<DeadlineRecord[]>> {
  return core.dispatch('deadlines.addMany', { deadlines })
}
