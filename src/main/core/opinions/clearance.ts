// Clearance before launch: a clearance matter for a product version records what was searched
// (patents, designs, marks, works, in which countries), the search report, the FTO or clearance
// opinion and the decision. The launch checklist says what is still missing.
import type { z } from 'zod'
import type {
  ChecklistItem,
  ClearanceInput,
  ClearanceRecord,
  LaunchChecklist
} from '../../../shared/contract'
import { versionLabels } from '../catalogue/catalogue'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { fieldError, notFound } from '../kernel/errors'
import { getMatter } from '../matters/matters'
import { touchMatter } from '../matters/touch'
import {
  clearanceRowsOfVersion,
  documentOfMatter,
  getClearanceRow,
  getOpinionRow,
  upsertClearanceRow,
  type ClearanceRow
} from './repo'

const LAUNCHING = new Set(['launch', 'launch_with_licence'])

function checklistFor(tx: DbOrTx, versionId: number, row: ClearanceRow | undefined): LaunchChecklist {
  const label = versionLabels(tx, [versionId])[0]
  if (!label) throw notFound('version', versionId)
  const searched = row ? (JSON.parse(row.searchedJson) as { kind: string; countries: string[] }[]) : []
  const opinion = row?.opinionId != null ? getOpinionRow(tx, row.opinionId) : undefined
  const items: ChecklistItem[] = [
    { code: 'clearance_matter', done: Boolean(row) },
    {
      code: 'rights_searched',
      done: searched.length > 0,
      params: {
        kinds: searched.map((s) => s.kind).join(', '),
        countries: [...new Set(searched.flatMap((s) => s.countries))].join(', ')
      }
    },
    { code: 'search_report', done: row?.searchReportDocumentId != null },
    {
      code: 'clearance_opinion',
      done: Boolean(opinion && opinion.deliveredDate && opinion.conclusion === 'favourable'),
      ...(opinion
        ? { params: { conclusion: opinion.conclusion, delivered: opinion.deliveredDate ?? '' } }
        : {})
    },
    {
      code: 'decision',
      done: Boolean(row?.decision && LAUNCHING.has(row.decision) && row.decisionDate),
      ...(row?.decision ? { params: { decision: row.decision, date: row.decisionDate ?? '' } } : {})
    }
  ]
  return {
    versionId,
    productName: label.productName,
    versionName: label.versionName,
    clearanceMatterId: row?.matterId ?? null,
    items,
    ready: items.every((i) => i.done)
  }
}

function toRecord(tx: DbOrTx, row: ClearanceRow): ClearanceRecord {
  const label = versionLabels(tx, [row.versionId])[0]
  if (!label) throw notFound('version', row.versionId)
  return {
    matterId: row.matterId,
    versionId: row.versionId,
    productId: label.productId,
    searched: JSON.parse(row.searchedJson) as ClearanceRecord['searched'],
    searchReportDocumentId: row.searchReportDocumentId,
    opinionId: row.opinionId,
    decision: row.decision as ClearanceRecord['decision'],
    decisionDate: row.decisionDate,
    checklist: checklistFor(tx, row.versionId, row)
  }
}

export function getClearance(ctx: CoreContext, matterId: number): ClearanceRecord | null {
  const row = getClearanceRow(ctx.db, matterId)
  return row ? toRecord(ctx.db, row) : null
}

/** The checklist of a version: its most recent clearance matter's, or all missing when none. */
export function launchChecklist(tx: DbOrTx, versionId: number): LaunchChecklist {
  const rows = clearanceRowsOfVersion(tx, versionId)
  return checklistFor(tx, versionId, rows[rows.length - 1])
}

export function setClearance(ctx: CoreContext, input: z.output<typeof ClearanceInput>): ClearanceRecord {
  return inTransaction(ctx, (tx) => {
    const matter = getMatter(ctx, input.matterId).matter
    if (matter.kind !== 'clearance') throw fieldError('matterId', 'not_a_clearance_matter')
    if (!versionLabels(tx, [input.versionId]).length) throw fieldError('versionId', 'unknown_version')
    if (
      input.searchReportDocumentId != null &&
      !documentOfMatter(tx, input.searchReportDocumentId, input.matterId)
    )
      throw fieldError('searchReportDocumentId', 'unknown_document')
    if (input.opinionId != null && !getOpinionRow(tx, input.opinionId))
      throw fieldError('opinionId', 'unknown_opinion')
    if (input.decisionDate && input.decisionDate > ctx.today())
      throw fieldError('decisionDate', 'date_in_future')
    const before = getClearanceRow(tx, input.matterId)
    const row: ClearanceRow = {
      matterId: input.matterId,
      versionId: input.versionId,
      searchedJson: JSON.stringify(input.searched),
      searchReportDocumentId: input.searchReportDocumentId ?? null,
      opinionId: input.opinionId ?? null,
      decision: input.decision ?? null,
      decisionDate: input.decisionDate ?? null,
      updatedAt: ctx.now()
    }
    upsertClearanceRow(tx, row)
    writeAudit(ctx, tx, {
      action: before ? 'update' : 'create',
      entity: 'clearance',
      entityId: input.matterId,
      matterId: input.matterId,
      before,
      after: row
    })
    touchMatter(ctx, tx, input.matterId)
    return toRecord(tx, row)
  })
}
