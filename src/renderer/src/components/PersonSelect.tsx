// The responsible-person field of the matter and deadline forms: searchable among the people of
// Settings. Archived people are not offered, but one a record already names is still shown.
// On a deadline, leaving it empty means the matter's person answers for it, and it says who.
import { Select, Text, type SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PersonRecord } from '../../../shared/contract'
import type { ResponsibleRef } from '../../../shared/model'
import { keys, useCall } from '../lib/queries'

/** Everyone in Settings, archived too (records that name them still show their names). */
export function usePeople() {
  return useCall(keys.people, 'people.list', { includeArchived: true })
}

function personName(people: readonly PersonRecord[] | undefined, id: number | null): string | null {
  if (id === null) return null
  return people?.find((p) => p.id === id)?.name ?? null
}

/** A person's name as a record shows it: marked when they are archived. */
export function usePersonLabel(): (id: number | null) => string | null {
  const { t } = useTranslation()
  const people = usePeople()
  return (id) => {
    const person = id === null ? undefined : people.data?.find((p) => p.id === id)
    if (!person) return null
    return person.archived ? t('people.archivedName', { name: person.name }) : person.name
  }
}

type PersonSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null
  onChange: (value: number | null) => void
  /** The matter's person, whom a deadline without its own inherits (shown when empty). */
  inheritedId?: number | null
}

export function PersonSelect({ value, onChange, inheritedId, ...rest }: PersonSelectProps) {
  const { t } = useTranslation()
  const people = usePeople()
  const data = (people.data ?? [])
    .filter((p) => !p.archived || p.id === value)
    .map((p) => ({
      value: String(p.id),
      label: p.archived ? t('people.archivedName', { name: p.name }) : p.name
    }))
  const inherited = inheritedId === undefined ? null : personName(people.data, inheritedId)
  return (
    <Select
      {...rest}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : null)}
      searchable
      clearable
      placeholder={inherited ? t('people.inherited', { name: inherited }) : t('people.nobody')}
      nothingFoundMessage={t('common.noMatches')}
    />
  )
}

/** Who is responsible, on a list row: the name, marked when it is the matter's person. */
export function Responsible({ responsible }: { responsible: ResponsibleRef | null }) {
  const { t } = useTranslation()
  if (!responsible) return null
  return (
    <Text size="xs" c="dimmed" data-testid="responsible">
      {responsible.own ? responsible.name : t('people.inherited', { name: responsible.name })}
    </Text>
  )
}
