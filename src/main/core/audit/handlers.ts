// Contract -> core for the audit calls (src/shared/contract/audit.ts).
import type { auditCalls } from '../../../shared/contract/audit'
import type { Handlers } from '../kernel/dispatch'
import { verifyAuditTrail } from './verify'

export const auditHandlers: Pick<Handlers, keyof typeof auditCalls> = {
  'audit.verify': (ws) => verifyAuditTrail(ws.ctx)
}
