import { Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EventInput, type Proposals } from '../../../../shared/contract'
import { EVENT_TYPES, type EventType, type MatterDetail } from '../../../../shared/model'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { proposeForNewEvent } from '../../components/deadlines/proposeForNewEvent'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { useToday } from '../../lib/today'

// Status changes are written by the status control, never typed in by hand.
const USER_EVENT_TYPES = EVENT_TYPES.filter((type) => type !== 'status_changed')

type EventValues = { matterId: number; type: EventType; date: string; title: string; details: string }

export function AddEventForm({
  matterId,
  onCancel,
  onSaved
}: {
  matterId: number
  onCancel: () => void
  /** proposals: the deadlines the templates derive from this event, for review (or null). */
  onSaved: (detail: MatterDetail, proposals: Proposals | null) => void
}) {
  const { t } = useTranslation()
  const today = useToday()
  const form = useContractForm<EventValues>(EventInput, {
    matterId,
    type: 'response_sent',
    date: today,
    title: '',
    details: ''
  })
  const input = form.getInputProps

  const submit = form.onSubmit(async (values) => {
    // An untitled event is stored untitled; the timeline names it by type in the reader's language.
    const event = { ...values, date: values.date.trim(), title: values.title.trim() }
    const result = await change('timeline.addEvent', event)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('timeline.eventSaved'))
    onSaved(result.value, await proposeForNewEvent(matterId, event.type, event.date))
  })

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('timeline.addEvent')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('fields.eventType')}
            allowDeselect={false}
            data={USER_EVENT_TYPES.map((e) => ({ value: e, label: t(`eventTypes.${e}`) }))}
            {...input('type')}
          />
          <DateField
            label={t('fields.eventDate')}
            required
            value={form.values.date}
            onChange={(date) => form.setFieldValue('date', date)}
            error={input('date').error as string | undefined}
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.eventTitle')}
          placeholder={t(`eventTypes.${form.values.type}`)}
          {...input('title')}
        />
        <Textarea label={t('fields.eventDetails')} autosize minRows={2} {...input('details')} />
        <FormButtons form={form} onCancel={onCancel} label={t('timeline.saveEvent')} />
      </Stack>
    </Paper>
  )
}
