import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput } from '@mantine/core'
import { IconAlertTriangle, IconArrowRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EventUpdateInput, type EventUpdateResult } from '../../../../shared/contract'
import type { MatterDetail, TimelineEvent } from '../../../../shared/model'
import { change } from '../../lib/queries'
import { DateField } from '../DateField'
import { formatDate } from '../../lib/dates'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { FormButtons } from '../FormButtons'
import { useDeadlineTitle } from '../../lib/labels'

/** Edits a timeline event; when its date moves dependent deadlines, says which and how. */
export function EditEventDialog({
  event,
  onClose,
  onSaved
}: {
  event: TimelineEvent | null
  onClose: () => void
  onSaved: (detail: MatterDetail) => void
}) {
  const { t } = useTranslation()
  const [result, setResult] = useState<EventUpdateResult | null>(null)
  const close = (): void => {
    setResult(null)
    onClose()
  }
  return (
    <Modal
      opened={event !== null}
      onClose={close}
      size="lg"
      title={result ? t('eventEdit.movedTitle') : t('eventEdit.title')}
    >
      {event && !result && (
        <EventForm
          event={event}
          onClose={close}
          onSaved={(r) => {
            onSaved(r.detail)
            // Nothing depends on it: no need to keep the dialog open.
            if (r.moved.length === 0 && r.notMoved.length === 0) close()
            else setResult(r)
          }}
        />
      )}
      {result && <MovedList result={result} onClose={close} />}
    </Modal>
  )
}

/** The edit's values; an empty title is left out, so an untitled event stays untitled. */
type EventEditValues = { id: number; date: string; title?: string; details: string }

function EventForm({
  event,
  onClose,
  onSaved
}: {
  event: TimelineEvent
  onClose: () => void
  onSaved: (result: EventUpdateResult) => void
}) {
  const { t } = useTranslation()
  const form = useContractForm<EventEditValues>(EventUpdateInput, {
    id: event.id,
    date: event.date,
    ...(event.title ? { title: event.title } : {}),
    details: event.details ?? ''
  })
  const input = form.getInputProps

  const submit = form.onSubmit(async (values) => {
    const result = await change('timeline.updateEvent', values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('eventEdit.saved'))
    onSaved(result.value)
  })

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <DateField
          label={t('fields.eventDate')}
          required
          value={form.values.date}
          onChange={(date) => form.setFieldValue('date', date)}
          error={input('date').error as string | undefined}
        />
        <TextInput
          label={t('fields.eventTitle')}
          placeholder={t(`eventTypes.${event.type}`)}
          {...input('title')}
          value={form.values.title ?? ''}
          onChange={(e) =>
            form.setFieldValue('title', e.currentTarget.value.trim() ? e.currentTarget.value : undefined)
          }
        />
        <Textarea label={t('fields.eventDetails')} autosize minRows={2} {...input('details')} />
        <Text size="xs" c="dimmed">
          {t('eventEdit.hint')}
        </Text>
        <FormButtons form={form} onCancel={onClose} label={t('actions.save')} />
      </Stack>
    </form>
  )
}

function MovedList({ result, onClose }: { result: EventUpdateResult; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const deadlineTitle = useDeadlineTitle()
  const lang = i18n.language
  const name = (d: { title: string; ruleId: string | null }): string => deadlineTitle(d)
  return (
    <Stack gap="sm" data-testid="moved-deadlines">
      {result.moved.length === 0 ? (
        <Text size="sm">{t('eventEdit.nothingMoved')}</Text>
      ) : (
        <Table withTableBorder fz="sm" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('eventEdit.deadline')}</Table.Th>
              <Table.Th w={260}>{t('eventEdit.fromTo')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.moved.map((m) => (
              <Table.Tr key={m.deadlineId}>
                <Table.Td>{name(m)}</Table.Td>
                <Table.Td>
                  {m.overridden ? (
                    <Alert color="orange" variant="light" p={6} icon={<IconAlertTriangle size={16} />}>
                      <Text size="xs">
                        {t('eventEdit.overriddenKept', {
                          due: formatDate(m.to, lang),
                          from: formatDate(m.computedFrom ?? m.from, lang),
                          to: formatDate(m.computedTo, lang)
                        })}
                      </Text>
                    </Alert>
                  ) : (
                    <Group gap={6} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" td="line-through" c="dimmed">
                        {formatDate(m.from, lang)}
                      </Text>
                      <IconArrowRight size={14} />
                      <Text size="sm" fw={700}>
                        {formatDate(m.to, lang)}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {result.notMoved.length > 0 && (
        <Stack gap={2}>
          <Text size="xs" fw={600} c="dimmed">
            {t('eventEdit.notMoved')}
          </Text>
          {result.notMoved.map((n) => (
            <Text key={n.deadlineId} size="xs" c="dimmed">
              {name(n)} · {formatDate(n.due, lang)} — {t(`eventEdit.reason.${n.reason}`)}
            </Text>
          ))}
        </Stack>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('eventEdit.ok')}</Button>
      </Group>
    </Stack>
  )
}
