// A matter's timeline: its events, deadlines, documents and status changes in date order.
import type { z } from 'zod'
import type { EventInput } from '../../../shared/contract'
import type { MatterDetail, TimelineItem } from '../../../shared/model'
import { type CoreContext } from '../kernel/context'
import { touchMatter } from '../matters/touch'
import { notFound } from '../kernel/errors'
import { toDeadline, toDocument, toEvent } from '../db/mappers'
import { matterQueries } from '../matters/page-queries'
import { addEventRow, getMatter, matterExists } from '../matters/matters'

export function listTimeline(
  ctx: CoreContext,
  input: { matterId: number; order: 'asc' | 'desc' }
): TimelineItem[] {
  const { matterId } = input
  if (!matterExists(ctx.db, matterId)) throw notFound('matter', matterId)
  const items: TimelineItem[] = []
  const q = matterQueries(ctx.db)
  for (const r of q.events.all({ id: matterId })) {
    items.push({ kind: 'event', date: r.date, at: r.createdAt, event: toEvent(r) })
  }
  for (const r of q.deadlines.all({ id: matterId })) {
    items.push({ kind: 'deadline', date: r.due, at: r.createdAt, deadline: toDeadline(r) })
  }
  for (const r of q.documents.all({ id: matterId })) {
    // A document without its own date sits on the day it was imported.
    items.push({
      kind: 'document',
      date: r.documentDate ?? r.importedAt.slice(0, 10),
      at: r.importedAt,
      document: toDocument(r)
    })
  }
  const sign = input.order === 'asc' ? 1 : -1
  items.sort((a, b) => sign * (a.date.localeCompare(b.date) || a.at.localeCompare(b.at)))
  return items
}

export function addTimelineEvent(ctx: CoreContext, input: z.output<typeof EventInput>): MatterDetail {
  return ctx.db.transaction((tx) => {
    if (!matterExists(tx, input.matterId)) throw notFound('matter', input.matterId)
    addEventRow(ctx, tx, {
      matterId: input.matterId,
      type: input.type,
      date: input.date,
      title: input.title,
      details: input.details
    })
    touchMatter(ctx, tx, input.matterId)
    return getMatter(ctx, input.matterId, tx)
  })
}
