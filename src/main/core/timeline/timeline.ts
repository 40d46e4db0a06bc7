// A matter's timeline: its events, deadlines, documents and status changes in date order.
import type { z } from 'zod'
import type { EventInput } from '../../../shared/contract'
import type { MatterDetail, TimelineItem } from '../../../shared/model'
import { localDateOf } from '../kernel/clock'
import { inTransaction, type CoreContext } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { notFound } from '../kernel/errors'
import { toEvent } from '../db/mappers'
import { getMatter, matterDeadlinesAndDocuments, matterExists } from '../matters/matters'
import { addEventRow } from './events'
import { eventRowsOfMatter } from './repo'

export function listTimeline(
  ctx: CoreContext,
  input: { matterId: number; order: 'asc' | 'desc' }
): TimelineItem[] {
  const { matterId } = input
  if (!matterExists(ctx.db, matterId)) throw notFound('matter', matterId)
  const items: TimelineItem[] = []
  for (const r of eventRowsOfMatter(ctx.db, matterId)) {
    items.push({ kind: 'event', date: r.date, at: r.createdAt, event: toEvent(r) })
  }
  const { deadlines, documents } = matterDeadlinesAndDocuments(ctx, matterId)
  for (const deadline of deadlines) {
    items.push({ kind: 'deadline', date: deadline.due, at: deadline.createdAt, deadline })
  }
  for (const document of documents) {
    // A document without its own date sits on the day it was imported: the user's calendar day,
    // not the UTC date of the moment (an import at 01:00 in Shanghai is not yesterday's).
    items.push({
      kind: 'document',
      date: document.documentDate ?? localDateOf(new Date(document.importedAt)),
      at: document.importedAt,
      document
    })
  }
  const sign = input.order === 'asc' ? 1 : -1
  items.sort((a, b) => sign * (a.date.localeCompare(b.date) || a.at.localeCompare(b.at)))
  return items
}

export function addTimelineEvent(ctx: CoreContext, input: z.output<typeof EventInput>): MatterDetail {
  return inTransaction(ctx, (tx) => {
    if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
    addEventRow(ctx, tx, {
      matterId: input.matterId,
      type: input.type,
      date: input.date,
      title: input.title,
      details: input.details
    })
    touchMatter(ctx, tx, input.matterId)
    return getMatter(ctx, input.matterId)
  })
}
