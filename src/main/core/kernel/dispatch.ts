// Contract -> core. Both shells (Electron IPC, the browser preview) call through here, so
// every input is parsed by its zod schema and every error leaves as a translatable code.
import { z } from 'zod'
import {
  contract,
  type CallError,
  type CallInput,
  type CallName,
  type CallOutput,
  type CallResult
} from '../../../shared/contract'
import { AppError } from './errors'
import type { Workspace } from './workspace-context'

type Handler<N extends CallName> = (
  ws: Workspace,
  input: z.output<(typeof contract)[N]['input']>
) => CallOutput<N> | Promise<CallOutput<N>>

export type Handlers = { [N in CallName]: Handler<N> }

const CODE = /^[a-z][a-z0-9_]*$/

/** Zod issues -> { 'ipRights.0.number': 'required' }; messages are our codes or 'invalid'. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    if (fields[key]) continue
    fields[key] = CODE.test(issue.message) ? issue.message : 'invalid'
  }
  return fields
}

/** A write that failed because the disk (or SQLite's file) is full, anywhere in the cause chain. */
export function isDiskFull(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 8; depth++) {
    const code = typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === 'disk_full') return true
    e = e instanceof Error ? e.cause : undefined
  }
  return false
}

export function toCallError(error: unknown): CallError {
  // Its own code, so the user is told what happened, that nothing was lost, and what to do.
  if (isDiskFull(error)) return { code: 'disk_full' }
  if (error instanceof AppError) return error.toCallError()
  if (error instanceof z.ZodError) return { code: 'validation', fields: fieldErrors(error) }
  const detail = error instanceof Error ? error.message : String(error)
  return { code: 'internal', detail }
}

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** Typed for callers that know the call; the shells pass through whatever arrived. */
export interface Dispatch {
  <N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>
  (name: string, input: unknown): Promise<CallResult<unknown>>
}

export function createDispatcher(ws: Workspace, handlers: Handlers): Dispatch {
  return async function dispatch(name: string, rawInput: unknown): Promise<CallResult<unknown>> {
    if (!isCallName(name)) return { ok: false, error: { code: 'unknown_call', detail: name } }
    const parsed = contract[name].input.safeParse(rawInput ?? {})
    if (!parsed.success) {
      return { ok: false, error: { code: 'validation', fields: fieldErrors(parsed.error) } }
    }
    try {
      const handler = handlers[name] as Handler<CallName>
      const value = await handler(ws, parsed.data as never)
      return { ok: true, value }
    } catch (error) {
      const callError = toCallError(error)
      if (callError.code === 'internal') ws.log.error(`call ${name} failed`, error)
      return { ok: false, error: callError }
    }
  }
}
