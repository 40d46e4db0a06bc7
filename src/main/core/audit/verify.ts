// Verifies the hash chains of the audit log and the chain of custody.
import type { AuditVerifyReport } from '../../../shared/contract/audit'
import type { CoreContext } from '../kernel/context'
import { verifyChain } from '../kernel/hash-chain'
import { readAuditChain } from '../kernel/repo'
import { readCustodyChain } from '../documents/custody'

export function verifyAuditTrail(ctx: CoreContext): AuditVerifyReport {
  const audit = readAuditChain(ctx.db)
  const custody = readCustodyChain(ctx)
  return {
    auditLog: verifyChain(audit.entries, audit.highestId),
    custody: verifyChain(custody.entries, custody.highestId)
  }
}
