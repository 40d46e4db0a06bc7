// Database rows -> contract records. One place, so db and UI speak the same names.
import type {
  ComputedText,
  Deadline,
  DeadlineStatus,
  DocumentKind,
  EventType,
  Matter,
  MatterDocument,
  MatterKind,
  MatterStatus,
  Party,
  PartyRole,
  TimelineEvent
} from '../../../shared/model'
import { effectiveResponsible } from '../../../shared/contract/people'
import type { deadlines, documents, matters, parties, timelineEvents } from './schema'

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect']

export function toMatter(r: Row<typeof matters>): Matter {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    kind: r.kind as MatterKind,
    status: r.status as MatterStatus,
    rightsHolder: r.rightsHolder,
    jurisdiction: r.jurisdiction,
    marketplace: r.marketplace,
    responsiblePersonId: r.responsiblePersonId,
    nextDeadline: r.nextDeadline,
    lastActivityAt: r.lastActivityAt,
    letterDate: r.letterDate,
    receivedDate: r.receivedDate,
    senderReference: r.senderReference,
    demands: r.demands,
    notes: r.notes,
    court: r.court,
    division: r.division,
    caseNumber: r.caseNumber,
    judge: r.judge,
    magistrateJudge: r.magistrateJudge,
    filingDate: r.filingDate,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt
  }
}

export const toParty = (r: Row<typeof parties>): Party => ({ ...r, role: r.role as PartyRole })

export const toEvent = (r: Row<typeof timelineEvents>): TimelineEvent => ({
  ...r,
  type: r.type as EventType,
  fromStatus: r.fromStatus as MatterStatus | null,
  toStatus: r.toStatus as MatterStatus | null
})

/** Names of the people a deadline row points at: its own, and its matter's. */
export interface DeadlinePeople {
  own: { id: number; name: string } | null
  matters: { id: number; name: string } | null
}

export function toDeadline(r: Row<typeof deadlines>, people: DeadlinePeople): Deadline {
  return {
    id: r.id,
    matterId: r.matterId,
    title: r.title,
    due: r.due,
    status: r.status as DeadlineStatus,
    ruleId: r.ruleId,
    triggerDate: r.triggerDate,
    triggerEventId: r.triggerEventId,
    options: JSON.parse(r.optionsJson) as Record<string, unknown>,
    steps: JSON.parse(r.stepsJson) as Deadline['steps'],
    // Rows written before codes existed hold English strings.
    warnings: (JSON.parse(r.warningsJson) as (string | ComputedText)[]).map((w) =>
      typeof w === 'string' ? { text: w } : w
    ),
    computedDue: r.computedDue,
    overrideReason: r.overrideReason,
    doneOn: r.doneOn,
    responsiblePersonId: r.responsiblePersonId,
    responsible: effectiveResponsible(people.own, people.matters),
    createdAt: r.createdAt
  }
}

export const toDocument = (r: Row<typeof documents>): MatterDocument => ({
  id: r.id,
  matterId: r.matterId,
  sha256: r.sha256,
  originalName: r.originalName,
  size: r.size,
  mime: r.mime,
  kind: r.kind as DocumentKind,
  documentDate: r.documentDate,
  privileged: r.privileged,
  importedAt: r.importedAt
})
