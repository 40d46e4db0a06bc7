import { useState } from 'react'
import { ActionIcon, Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ClosureInput, type ClosureChange, type RecomputeCandidate } from '../../../../shared/contract'
import { JURISDICTIONS, type Jurisdiction } from '../../../../shared/model'
import { change, keys, queryClient, useCall } from '../../lib/queries'
import { DateField } from '../DateField'
import { LoadingPanel, QueryError } from '../QueryState'
import { formatDate } from '../../lib/dates'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { useDeadlineTitle } from '../../lib/labels'

const ALL = 'all'

type ClosureValues = { date: string; jurisdiction: Jurisdiction | null; reason: string }

/** Days a court was closed (by order, weather...): the rules treat them as non-working days. */
export function ClosuresSection() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const closures = useCall(keys.closures, 'closures.list', {})
  const form = useContractForm<ClosureValues>(ClosureInput, { date: '', jurisdiction: null, reason: '' })
  const input = form.getInputProps
  const [affected, setAffected] = useState<RecomputeCandidate[]>([])

  function adopt(closed: ClosureChange): void {
    queryClient.setQueryData(keys.closures, closed.closures)
    // Saved deadlines never move silently: the user decides.
    setAffected(closed.affected)
  }

  const add = form.onSubmit(async (values) => {
    const result = await change('closures.add', values)
    if (!result.ok) return showCallError(form, t, result.error)
    // The next closure is often for the same courts: the jurisdiction stays chosen.
    form.setValues({ date: '', reason: '' })
    notifySaved(t('closures.added'))
    adopt(result.value)
  })

  async function remove(day: string): Promise<void> {
    const result = await change('closures.remove', { date: day })
    if (!result.ok) return notifyFailed(t, result.error)
    notifySaved(t('common.removed'))
    adopt(result.value)
  }

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
        <form onSubmit={add} noValidate>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <DateField
              label={t('closures.date')}
              required
              value={form.values.date}
              onChange={(date) => form.setFieldValue('date', date)}
              error={input('date').error as string | undefined}
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
              value={form.values.jurisdiction ?? ALL}
              onChange={(v) =>
                v && form.setFieldValue('jurisdiction', v === ALL ? null : (v as Jurisdiction))
              }
              error={input('jurisdiction').error as string | undefined}
            />
            <TextInput label={t('closures.reason')} style={{ flex: 1 }} {...input('reason')} />
            <Button type="submit" mt={25} loading={form.submitting}>
              {t('closures.add')}
            </Button>
          </Group>
        </form>
        {affected.length > 0 && <AffectedDeadlines affected={affected} onDone={() => setAffected([])} />}
      </Stack>
    </Paper>
  )
}

function AffectedDeadlines({ affected, onDone }: { affected: RecomputeCandidate[]; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const lang = i18n.language
  const recomputing = useMutation({
    mutationFn: () => change('deadlines.recompute', { ids: affected.map((a) => a.deadlineId) })
  })

  async function recompute(): Promise<void> {
    const result = await recomputing.mutateAsync()
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
          <Button size="xs" loading={recomputing.isPending} onClick={() => void recompute()}>
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
