// Home's and the calendar's "Responsible" filter: people (and "nobody assigned") kept in the
// URL as ?person=3&person=none, so Back, Forward and bookmarks keep the view.
import { MultiSelect, type MultiSelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { usePeople } from './PersonSelect'

const PARAM = 'person'
const NOBODY = 'none'

export interface ResponsibleFilterValue {
  personIds: number[]
  unassigned: boolean
}

/** The person filter of the current URL, and a setter that is a step Back can undo. */
export function usePersonFilter(): {
  selected: string[]
  filter: ResponsibleFilterValue
  setSelected: (next: string[]) => void
} {
  const [params, setParams] = useSearchParams()
  const selected = params.getAll(PARAM).filter((v) => v === NOBODY || /^[1-9]\d*$/.test(v))
  const filter = {
    personIds: selected.filter((v) => v !== NOBODY).map(Number),
    unassigned: selected.includes(NOBODY)
  }
  function setSelected(next: string[]): void {
    setParams((current) => {
      const out = new URLSearchParams(current)
      out.delete(PARAM)
      for (const v of next) out.append(PARAM, v)
      return out
    })
  }
  return { selected, filter, setSelected }
}

type PersonFilterProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange'>

export function PersonFilter(props: PersonFilterProps) {
  const { t } = useTranslation()
  const people = usePeople()
  const { selected, setSelected } = usePersonFilter()
  // Archived people are offered here too: their past and remaining deadlines are still theirs.
  const data = [
    ...(people.data ?? []).map((p) => ({
      value: String(p.id),
      label: p.archived ? t('people.archivedName', { name: p.name }) : p.name
    })),
    { value: NOBODY, label: t('people.unassigned') }
  ]
  return (
    <MultiSelect
      label={t('people.filter')}
      placeholder={selected.length ? undefined : t('people.filterHint')}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatches')}
      data-testid="person-filter"
      {...props}
      data={data}
      value={selected}
      onChange={setSelected}
    />
  )
}
