// One matter's report for management or outside counsel, in the language the user picks:
// overview, parties, rights, accused versions and listings, timeline, deadlines with the
// engine's explanation, opinions, design-arounds, exposure with its gaps, and the documents with
// their SHA-256 hashes. Privileged content (privileged opinions and documents, and the exposure
// analysis, which the engine marks work product) only when the user includes it.
import type { z } from 'zod'
import type {
  DefendantPage,
  DocumentRecord,
  FrozenTotal,
  MatterReportInput,
  OpinionRecord,
  ReportFile
} from '../../../shared/contract'
import { getRule, isDeadlineRuleId } from '../../../shared/deadlines'
import type { Deadline, MatterDetail, TimelineEvent } from '../../../shared/model'
import { listDocuments } from '../documents/documents'
import { listDefendants } from '../lawsuits/defendants'
import { matterExposure } from '../exposure/exposure'
import { getMatter } from '../matters/matters'
import { designAroundsOfVersions } from '../opinions/design-arounds'
import { listOpinions } from '../opinions/opinions'
import { listTimeline } from '../timeline/timeline'
import type { Workspace } from '../workspace/workspace'
import { writeReport } from './files'
import {
  htmlFacts,
  htmlList,
  htmlParagraph,
  htmlSection,
  htmlTable,
  raw,
  reportHtml,
  escapeHtml,
  type Html
} from './html'
import { reportText, type ReportText } from './i18n'
import { pageBytes } from './pdf'

type Input = z.output<typeof MatterReportInput>

/** What the report is made of, read through each area's services. */
export interface MatterReportData {
  detail: MatterDetail
  events: TimelineEvent[]
  opinions: OpinionRecord[]
  documents: DocumentRecord[]
  designArounds: ReturnType<typeof designAroundsOfVersions>
  exposure: ReturnType<typeof matterExposure> | null
  /** A lawsuit's Schedule A defendants, every page of them; null for other kinds. */
  defendants: DefendantPage | null
  skippedPrivileged: number
}

const DEFENDANT_PAGE = 1000

function allDefendants(ws: Workspace, matterId: number): DefendantPage {
  const first = listDefendants(ws.ctx, { matterId, oursOnly: false, offset: 0, limit: DEFENDANT_PAGE })
  const rows = [...first.rows]
  while (rows.length < first.total) {
    const next = listDefendants(ws.ctx, {
      matterId,
      oursOnly: false,
      offset: rows.length,
      limit: DEFENDANT_PAGE
    })
    if (!next.rows.length) break
    rows.push(...next.rows)
  }
  return { ...first, rows }
}

export function matterReportData(ws: Workspace, input: Input): MatterReportData {
  const { ctx } = ws
  const detail = getMatter(ctx, input.matterId)
  const events: TimelineEvent[] = []
  for (const item of listTimeline(ctx, { matterId: input.matterId, order: 'asc' }))
    if (item.kind === 'event') events.push(item.event)
  const allOpinions = listOpinions(ctx.db, { matterId: input.matterId }).filter(
    (o) => o.matterId === input.matterId
  )
  const allDocuments = listDocuments(ctx, {
    matterId: input.matterId,
    kinds: [],
    from: undefined,
    to: undefined
  })
  const opinions = allOpinions.filter((o) => input.includePrivileged || !o.privileged)
  const documents = allDocuments.filter((d) => input.includePrivileged || !d.privileged)
  const versionIds = [...new Set(detail.products.map((p) => p.versionId))]
  return {
    detail,
    events,
    opinions,
    documents,
    designArounds: designAroundsOfVersions(ctx.db, versionIds),
    exposure: input.includePrivileged ? matterExposure(ctx, input.matterId) : null,
    defendants: detail.matter.kind === 'lawsuit' ? allDefendants(ws, input.matterId) : null,
    skippedPrivileged:
      allOpinions.length -
      opinions.length +
      (allDocuments.length - documents.length) +
      (input.includePrivileged || versionIds.length === 0 ? 0 : 1)
  }
}

const none = (text: ReportText): Html => htmlParagraph(text.t('reports.doc.none'), 'muted')

function overview(d: MatterReportData, text: ReportText): Html {
  const m = d.detail.matter
  const f = (key: string) => text.t(`fields.${key}`)
  return htmlSection(
    text.t('reports.doc.sections.overview'),
    htmlFacts([
      [f('reference'), m.reference],
      [f('title'), m.title],
      [f('kind'), text.label('matterKinds', m.kind)],
      [f('status'), text.label('matterStatuses', m.status)],
      [f('rightsHolder'), m.rightsHolder],
      [f('jurisdiction'), m.jurisdiction],
      [f('marketplace'), m.marketplace],
      [f('letterDate'), m.letterDate],
      [f('receivedDate'), m.receivedDate],
      [f('senderReference'), m.senderReference],
      [text.t('reports.doc.cols.nextDeadline'), m.nextDeadline],
      [f('demands'), m.demands],
      [f('notes'), m.notes]
    ])
  )
}

function caseFields(d: MatterReportData, text: ReportText): Html | null {
  const m = d.detail.matter
  const c = (key: string) => text.t(`reports.doc.case.${key}`)
  const pairs: [string, string | null][] = [
    [c('court'), m.court],
    [c('division'), m.division],
    [c('caseNumber'), m.caseNumber],
    [c('judge'), m.judge],
    [c('magistrateJudge'), m.magistrateJudge],
    [c('filingDate'), m.filingDate]
  ]
  if (m.kind !== 'lawsuit' && pairs.every(([, v]) => !v)) return null
  return htmlSection(text.t('reports.doc.sections.caseFields'), htmlFacts(pairs))
}

/** 1234567 cents USD -> "USD 12,345.67" (exact: the cents are integers). */
export function money(cents: number, currency: string): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${currency} ${sign}${whole}.${String(abs % 100).padStart(2, '0')}`
}

const totals = (list: FrozenTotal[]): string => list.map((f) => money(f.cents, f.currency)).join(', ') || '—'

function defendants(d: MatterReportData, text: ReportText): Html | null {
  const page = d.defendants
  if (!page) return null
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = page.rows.map((x) => [
    x.doe,
    x.ours ? raw(`<strong>${escapeHtml(x.store)}</strong>`) : x.store,
    x.sellerId,
    x.platform,
    x.ours ? text.t('reports.doc.yes') : '',
    text.t(`reports.doc.defendantStatus.${x.status}`, { defaultValue: x.status }),
    x.frozenAmountCents !== null && x.frozenCurrency ? money(x.frozenAmountCents, x.frozenCurrency) : '',
    x.servedOn
  ])
  return htmlSection(
    text.t('reports.doc.sections.defendants'),
    text.t('reports.doc.defendantCount', { all: page.all, ours: page.ours }),
    text.t('reports.doc.frozenTotal', { totals: totals(page.frozen), ours: totals(page.frozenOurs) }),
    rows.length
      ? htmlTable(
          [
            { header: col('doe'), kind: 'number', width: '6%' },
            { header: col('store'), width: '21%' },
            { header: col('sellerId'), kind: 'id', width: '16%' },
            { header: col('platform'), width: '13%' },
            { header: col('ours'), width: '7%' },
            { header: col('status'), width: '11%' },
            { header: col('frozen'), kind: 'number', width: '15%' },
            { header: col('servedOn'), kind: 'code', width: '11%' }
          ],
          rows
        )
      : none(text)
  )
}

function parties(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = d.detail.parties.map((p) => [
    text.label('partyRoles', p.role),
    p.name,
    p.organisation,
    [p.email, p.phone, p.address].filter(Boolean).join(' · ')
  ])
  return htmlSection(
    text.t('reports.doc.sections.parties'),
    rows.length
      ? htmlTable(
          [
            { header: col('role'), width: '18%' },
            { header: col('name'), width: '24%' },
            { header: col('organisation'), width: '24%' },
            { header: col('contact'), width: '34%' }
          ],
          rows
        )
      : none(text)
  )
}

function rights(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = d.detail.ipRights.map((r) => [
    text.label('ipRightTypes', r.type),
    r.number,
    r.jurisdiction,
    r.title,
    r.assertedClaims.join(', ')
  ])
  return htmlSection(
    text.t('reports.doc.sections.rights'),
    rows.length
      ? htmlTable(
          [
            { header: col('type'), width: '16%' },
            { header: col('number'), kind: 'code', width: '18%' },
            { header: col('jurisdiction'), width: '12%' },
            { header: col('title'), width: '34%' },
            { header: col('claims'), width: '20%' }
          ],
          rows
        )
      : none(text)
  )
}

function products(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = d.detail.products.map((p) => [
    p.name,
    p.versionName,
    p.sku,
    p.marketplace,
    p.marketplaceItemId,
    p.listingUrl
  ])
  return htmlSection(
    text.t('reports.doc.sections.products'),
    rows.length
      ? htmlTable(
          [
            { header: col('product'), width: '26%' },
            { header: col('version'), width: '10%' },
            { header: col('sku'), width: '12%' },
            { header: col('marketplace'), width: '14%' },
            { header: col('item'), kind: 'id', width: '14%' },
            { header: col('listingUrl'), kind: 'id', width: '24%' }
          ],
          rows
        )
      : none(text)
  )
}

function timeline(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = d.events.map((e) => [
    e.date,
    text.label('eventTypes', e.type),
    e.title,
    e.type === 'status_changed' && e.toStatus
      ? `${text.label('matterStatuses', e.fromStatus)} → ${text.label('matterStatuses', e.toStatus)}${e.details ? ` · ${e.details}` : ''}`
      : e.details
  ])
  return htmlSection(
    text.t('reports.doc.sections.timeline'),
    rows.length
      ? htmlTable(
          [
            { header: col('date'), kind: 'code', width: '13%' },
            { header: col('event'), width: '20%' },
            { header: col('title'), width: '30%' },
            { header: col('details'), width: '37%' }
          ],
          rows
        )
      : none(text)
  )
}

function explanation(deadline: Deadline, text: ReportText): Html {
  const steps = deadline.steps.map(
    (s) =>
      `<li>${escapeHtml(text.computed(s))}${s.citation ? ` <span class="citation">(${escapeHtml(s.citation)})</span>` : ''}</li>`
  )
  const warnings = deadline.warnings.map((w) => `<p class="warning">${escapeHtml(text.computed(w))}</p>`)
  const override =
    deadline.overrideReason && deadline.computedDue
      ? `<p>${escapeHtml(text.t('reports.doc.override', { computed: deadline.computedDue, reason: deadline.overrideReason }))}</p>`
      : ''
  return raw(
    `${steps.length ? `<ol class="steps">${steps.join('')}</ol>` : ''}${warnings.join('')}${override}`
  )
}

function deadlines(d: MatterReportData, text: ReportText, today: string): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const sorted = [...d.detail.deadlines].sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id)
  const rows = sorted.map((dl) => {
    const overdue = dl.status === 'open' && dl.due < today
    return [
      overdue ? raw(`<span class="overdue">${escapeHtml(dl.due)}</span>`) : dl.due,
      overdue
        ? `${text.label('deadlineStatuses', dl.status)} · ${text.t('reports.doc.overdue')}`
        : text.label('deadlineStatuses', dl.status),
      raw(
        `<strong>${escapeHtml(dl.title || (dl.ruleId && isDeadlineRuleId(dl.ruleId) ? getRule(dl.ruleId).name[text.lang] : ''))}</strong>${dl.title && dl.ruleId && isDeadlineRuleId(dl.ruleId) ? `<br><span class="citation">${escapeHtml(getRule(dl.ruleId).name[text.lang])}</span>` : ''}`
      ),
      explanation(dl, text)
    ]
  })
  return htmlSection(
    text.t('reports.doc.sections.deadlines'),
    rows.length
      ? htmlTable(
          [
            { header: col('due'), kind: 'code', width: '13%' },
            { header: col('status'), width: '12%' },
            { header: col('deadline'), width: '25%' },
            { header: col('explanation'), width: '50%' }
          ],
          rows
        )
      : none(text)
  )
}

function opinions(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = d.opinions.map((o) => [
    text.t(`opinions.types.${o.type}`),
    [text.t(`opinions.counselKinds.${o.counsel}`), o.firm, o.attorney].filter(Boolean).join(' · '),
    o.deliveredDate,
    text.t(`opinions.conclusions.${o.conclusion}`),
    [
      ...o.covers.map((c) => (c.claims.length ? `${c.number} (${c.claims.join(', ')})` : c.number)),
      ...o.versions.map((v) =>
        text.t('reports.doc.version', { product: v.productName, version: v.versionName })
      )
    ].join('; '),
    o.privileged ? text.t('reports.doc.yes') : text.t('reports.doc.no')
  ])
  return htmlSection(
    text.t('reports.doc.sections.opinions'),
    rows.length
      ? htmlTable(
          [
            { header: col('type'), width: '18%' },
            { header: col('counsel'), width: '20%' },
            { header: col('delivered'), kind: 'code', width: '12%' },
            { header: col('conclusion'), width: '12%' },
            { header: col('covers'), width: '28%' },
            { header: col('privileged'), width: '10%' }
          ],
          rows
        )
      : none(text)
  )
}

function designArounds(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const v = (x: { productName: string; versionName: string }) =>
    text.t('reports.doc.version', { product: x.productName, version: x.versionName })
  const rows = d.designArounds.map((a) => [
    v(a.fromVersion),
    v(a.toVersion),
    a.changes,
    a.avoids.map((c) => (c.claims.length ? `${c.number} (${c.claims.join(', ')})` : c.number)).join('; '),
    a.newVersionLiveDate
  ])
  return htmlSection(
    text.t('reports.doc.sections.designArounds'),
    rows.length
      ? htmlTable(
          [
            { header: col('from'), width: '18%' },
            { header: col('toVersion'), width: '18%' },
            { header: col('changes'), width: '32%' },
            { header: col('avoids'), width: '18%' },
            { header: col('liveDate'), kind: 'code', width: '14%' }
          ],
          rows
        )
      : none(text)
  )
}

function exposure(d: MatterReportData, text: ReportText): Html | null {
  if (!d.exposure) return null
  const title = text.t('reports.doc.sections.exposure')
  if (!d.exposure.ok) return htmlSection(title, text.t('reports.doc.exposureRefused'))
  const r = d.exposure.result
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const parts: Html[] = [
    htmlParagraph(text.t('exposure.privileged'), 'warning'),
    htmlList(r.lines.map((l) => text.exposure(l)))
  ]
  for (const v of r.versions) {
    parts.push(
      raw(
        `<h3>${escapeHtml(text.t('reports.doc.version', { product: v.productName, version: v.versionName }))}</h3>`
      )
    )
    if (v.gaps.length)
      parts.push(
        raw(
          `<p><strong>${escapeHtml(text.t('exposure.gaps'))}</strong></p><ul>${v.gaps.map((g) => `<li class="gap">${escapeHtml(text.exposure(g))}</li>`).join('')}</ul>`
        )
      )
    if (v.listings.length)
      parts.push(
        htmlTable(
          [
            { header: col('marketplace'), width: '25%' },
            { header: col('item'), kind: 'id', width: '25%' },
            { header: col('status'), width: '25%' },
            { header: col('daysLive'), kind: 'number', width: '25%' }
          ],
          v.listings.map((l) => [
            l.marketplace,
            l.itemId,
            text.t(`exposure.listingStatus.${l.status}`),
            l.daysLiveAfterNotice
          ])
        )
      )
    const rest = v.lines.filter((l) => l.severity !== 'gap').map((l) => text.exposure(l))
    if (rest.length) parts.push(htmlList(rest))
  }
  return htmlSection(title, ...parts)
}

function documentsSection(d: MatterReportData, text: ReportText): Html {
  const col = (k: string) => text.t(`reports.doc.cols.${k}`)
  const rows = d.documents.map((doc) => [
    doc.originalName,
    text.label('documentKinds', doc.kind),
    doc.documentDate ?? doc.importedAt.slice(0, 10),
    doc.size,
    doc.sha256
  ])
  return htmlSection(
    text.t('reports.doc.sections.documents'),
    rows.length
      ? htmlTable(
          [
            { header: col('document'), width: '30%' },
            { header: col('kind'), width: '14%' },
            { header: col('date'), kind: 'code', width: '12%' },
            { header: col('size'), kind: 'number', width: '11%' },
            { header: col('sha256'), kind: 'hash', width: '33%' }
          ],
          rows
        )
      : none(text)
  )
}

export function matterReportHtml(ws: Workspace, d: MatterReportData, input: Input, asOf: string): string {
  const text = reportText(input.lang)
  const today = ws.ctx.today()
  const sections = [
    overview(d, text),
    caseFields(d, text),
    parties(d, text),
    rights(d, text),
    products(d, text),
    timeline(d, text),
    deadlines(d, text, today),
    opinions(d, text),
    designArounds(d, text),
    exposure(d, text),
    defendants(d, text),
    documentsSection(d, text)
  ].filter((s): s is Html => s !== null)
  return reportHtml({
    lang: input.lang,
    title: text.t('reports.doc.matterTitle', { reference: d.detail.matter.reference }),
    text,
    asOf,
    actor: ws.ctx.actor,
    privileged: input.includePrivileged,
    subtitle: [
      d.detail.matter.title,
      ...(input.includePrivileged
        ? []
        : [text.t('reports.doc.privilegedLeftOut', { count: d.skippedPrivileged })])
    ],
    body: sections
  })
}

export async function matterReport(ws: Workspace, input: Input): Promise<ReportFile> {
  const asOf = ws.ctx.now()
  const data = matterReportData(ws, input)
  const html = matterReportHtml(ws, data, input, asOf)
  const text = reportText(input.lang)
  return writeReport(ws, {
    base: `${data.detail.matter.reference} ${text.t('reports.matter.title')}`,
    extension: input.format,
    bytes: await pageBytes(ws, html, input.format),
    asOf,
    rows: data.documents.length,
    skippedPrivileged: data.skippedPrivileged,
    audit: {
      action: 'export_matter_report',
      matterId: data.detail.matter.id,
      details: {
        lang: input.lang,
        includePrivileged: input.includePrivileged,
        skippedPrivileged: data.skippedPrivileged,
        documentIds: data.documents.map((doc) => doc.id),
        opinionIds: data.opinions.map((o) => o.id)
      }
    }
  })
}
