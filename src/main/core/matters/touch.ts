// Any change to a matter's parts, deadlines, events or documents marks the matter as worked on.
import type { CoreContext, DbOrTx } from '../kernel/context'
import { refreshMatterActivity } from './repo'

/** Marks the matter as just worked on and refreshes its denormalised next deadline. */
export function touchMatter(ctx: CoreContext, tx: DbOrTx, matterId: number): void {
  refreshMatterActivity(tx, matterId, ctx.now())
}
