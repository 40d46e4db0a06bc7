// Deadlines saved before explanations were stored as codes hold English sentences. After the
// migration that brings codes, each such deadline is computed again from its stored rule, trigger
// and options: where the engine gives the same computed date, the coded explanation replaces the
// English one (so the Chinese screen can show it); where it would differ (holiday data changed
// since), the saved explanation is kept as it was, because it explains the date that was saved.
import { withEnglishText, type DeadlineResult } from '../../../shared/deadlines'
import { inTransaction, type CoreContext } from '../kernel/context'
import { recomputeResult } from './recompute'
import { deadlineRowsWithEnglishExplanations, setExplanation } from './repo'
import { matterJurisdiction } from '../matters/matters'
import { loadClosures } from './rules'

export function upgradeStoredExplanations(ctx: CoreContext): { upgraded: number; kept: number } {
  return inTransaction(ctx, (tx) => {
    const closures = loadClosures(tx)
    let upgraded = 0
    let kept = 0
    for (const row of deadlineRowsWithEnglishExplanations(tx)) {
      let result: DeadlineResult | null = null
      try {
        result = row.triggerDate
          ? recomputeResult(row, row.triggerDate, matterJurisdiction(tx, row.matterId) ?? null, closures, {
              rule: 'ruleId',
              trigger: 'triggerDate'
            })
          : null
      } catch {
        result = null
      }
      if (result && result.due === row.computedDue) {
        setExplanation(
          tx,
          row.id,
          JSON.stringify(withEnglishText(result.steps)),
          JSON.stringify(result.warningCodes)
        )
        upgraded++
      } else {
        kept++
      }
    }
    return { upgraded, kept }
  })
}
