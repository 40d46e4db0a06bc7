import type { ReactNode } from 'react'
import { Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { RegisterSortColumn } from '../../../../shared/contract'
import type { MatterSummary } from '../../../../shared/model'
import { DueDate, StatusBadge } from '../../components/badges'
import { formatMoment, formatMomentFull } from '../../lib/dates'
import { useCoreNow } from '../../lib/today'

export interface RegisterColumn {
  id: RegisterSortColumn
  cell: (matter: MatterSummary, t: TFunction, lang: string) => ReactNode
}

function plain(value: string | null, t: TFunction): ReactNode {
  if (!value) {
    return (
      <Text span size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    )
  }
  return <span title={value}>{value}</span>
}

/** One entry per register column, in display order; the header label is registerColumns.<id>. */
export const REGISTER_COLUMNS: RegisterColumn[] = [
  { id: 'reference', cell: (m) => <span className="mono">{m.reference}</span> },
  // Cut to the column with an ellipsis; the whole title is a hover away (a native title attribute).
  { id: 'title', cell: (m) => <span title={m.title}>{m.title}</span> },
  { id: 'kind', cell: (m, t) => plain(t(`matterKinds.${m.kind}`), t) },
  { id: 'status', cell: (m) => <StatusBadge status={m.status} /> },
  { id: 'rightsHolder', cell: (m, t) => plain(m.rightsHolder, t) },
  {
    // Codes keep the column narrow; the full name is a hover away (a native title: cheap in 10k rows).
    id: 'jurisdiction',
    cell: (m, t) =>
      m.jurisdiction ? (
        <span title={t(`jurisdictions.${m.jurisdiction}`, { defaultValue: m.jurisdiction })}>
          {m.jurisdiction}
        </span>
      ) : (
        plain(null, t)
      )
  },
  { id: 'marketplace', cell: (m, t) => plain(m.marketplace, t) },
  { id: 'nextDeadline', cell: (m) => <DueDate due={m.nextDeadline} /> },
  {
    id: 'lastActivityAt',
    cell: (m, _t, lang) => <LastActivity at={m.lastActivityAt} lang={lang} />
  }
]

/** Relative to the core's clock, so "2 hours ago" agrees with the dates the core keeps. */
function LastActivity({ at, lang }: { at: string; lang: string }) {
  const now = useCoreNow()
  return <span title={formatMomentFull(at, lang)}>{formatMoment(at, lang, now())}</span>
}
