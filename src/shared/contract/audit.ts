// Contract calls for the audit trail: verify that the audit log and the chain of custody are
// unchanged (each entry is sealed by hash to the one before).
import { call, empty } from './kit'

export interface ChainCheck {
  ok: boolean
  entries: number
  brokenAt?: { id: number; reason: 'changed' | 'missing_before' | 'unsealed' | 'missing_at_end' }
}

export interface AuditVerifyReport {
  auditLog: ChainCheck
  custody: ChainCheck
}

export const auditCalls = {
  'audit.verify': call<AuditVerifyReport>()(empty)
} as const
