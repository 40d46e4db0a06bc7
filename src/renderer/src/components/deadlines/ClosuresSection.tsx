import { useState } from 'react'
import { ActionIcon, Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ClosureChange, RecomputeCandidate } from '../../../../shared/contract'
import { JURISDICTIONS, type Jurisdiction } from '../../../../shared/model'
import { change, keys, queryClient, useCall } from '../../lib/queries'
import { DateField } from '../DateField'
import { LoadingPanel, QueryError } from '../QueryState'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { fieldErrorGetter, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { useDeadlineTitle } from '../../lib/labels'

const ALL = 'all'

/** Days a court was closed (by order, weather...): the rules treat them as non-working days. */
export function ClosuresSection() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const closures = useCall(keys.closures, 'closures.list', {})
  const [date, setDate] = useState('')
  const [jurisdiction, setJurisdiction] = useState<string>(ALL)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [affected, setAffected] = useState<RecomputeCandidate[]>([])

  function adopt(closed: ClosureChange): void {
    queryClient.setQueryData(keys.closures, closed.closures)
    // Saved deadlines never move silently: the user decides.
    setAffected(closed.affected)
  }

  async function add(): Promise<void> {
    if (!isCalendarDate(date)) return setErrors({ date: 'required' })
    setSaving(true)
    const result = await change('closures.add', {
      date: date.trim(),
      jurisdiction: jurisdiction === ALL ? null : (jurisdiction as Jurisdiction),
      reason: reason.trim()
    })
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      return notifyFailed(t, result.error)
    }
    setDate('')
    setReason('')
    setErrors({})
    notifySaved(t('closures.added'))
    adopt(result.value)
  }

  async function remove(day: string): Promise<void> {
    const result = await change('closures.remove', { date: day })
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(t('common.removed'))
    adopt(result.value)
  }

  const fieldError = fieldErrorGetter(t, errors)
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <div>
          <Text fw={600} size="sm">
            {t('closures.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('closures.hint')}
          </Text>
        </div>
        {closures.error ? (
          <QueryError query={closures} />
        ) : !closures.data ? (
          <LoadingPanel />
        ) : closures.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('closures.none')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={4} withTableBorder>
            <Table.Tbody>
              {closures.data.map((c) => (
                <Table.Tr key={c.date}>
                  <Table.Td w={220}>{formatDate(c.date, lang, 'full')}</Table.Td>
                  <Table.Td w={160}>
                    {c.jurisdiction ? t(`jurisdictions.${c.jurisdiction}`) : t('closures.allCourts')}
                  </Table.Td>
                  <Table.Td>{c.reason}</Table.Td>
                  <Table.Td w={40}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('closures.remove', { date: c.date })}
                      onClick={() => void remove(c.date)}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <DateField
            label={t('closures.date')}
            required
            value={date}
            onChange={setDate}
            error={fieldError('date')}
            w={200}
          />
          <Select
            label={t('closures.jurisdiction')}
            w={190}
            allowDeselect={false}
            data={[
              { value: ALL, label: t('closures.allCourts') },
              ...JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))
            ]}
            value={jurisdiction}
            onChange={(v) => v && setJurisdiction(v)}
          />
          <TextInput
            label={t('closures.reason')}
            style={{ flex: 1 }}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
          />
          <Button mt={25} loading={saving} onClick={() => void add()}>
            {t('closures.add')}
          </Button>
        </Group>
        {affected.length > 0 && <AffectedDeadlines affected={affected} onDone={() => setAffected([])} />}
      </Stack>
    </Paper>
  )
}

function AffectedDeadlines({ affected, onDone }: { affected: RecomputeCandidate[]; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const lang = i18n.language
  const [saving, setSaving] = useState(false)

  async function recompute(): Promise<void> {
    setSaving(true)
    const result = await change('deadlines.recompute', { ids: affected.map((a) => a.deadlineId) })
    setSaving(false)
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(t('closures.recomputed', { count: result.value.moved.length }))
    onDone()
  }

  return (
    <Alert
      color="orange"
      variant="light"
      title={t('closures.affectedTitle', { count: affected.length })}
      data-testid="closure-affected"
    >
      <Stack gap={4}>
        {affected.map((a) => (
          <Text key={a.deadlineId} size="sm">
            <span className="mono">{a.reference}</span> · {deadlineTitle(a)}: {formatDate(a.due, lang)} →{' '}
            <b>{formatDate(a.recomputedDue, lang)}</b>
            {a.overridden && (
              <Text span size="xs" c="orange.8">
                {' '}
                {t('closures.overriddenNote')}
              </Text>
            )}
          </Text>
        ))}
        <Group gap="xs" mt="xs">
          <Button size="xs" loading={saving} onClick={() => void recompute()}>
            {t('closures.recompute')}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {t('closures.leave')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  )
}
