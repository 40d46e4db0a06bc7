import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EventInput, type Proposals } from '../../../../shared/contract'
import { EVENT_TYPES, type EventType, type MatterDetail } from '../../../../shared/model'
import { change } from '../../lib/queries'
import { DateField } from '../../components/DateField'
import { proposeForNewEvent } from '../../components/deadlines/proposeForNewEvent'
import { useToday } from '../../lib/today'
import { fieldErrorGetter, zodFieldErrors, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'

// Status changes are written by the status control, never typed in by hand.
const USER_EVENT_TYPES = EVENT_TYPES.filter((type) => type !== 'status_changed')

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
  const [type, setType] = useState<EventType>('response_sent')
  const [date, setDate] = useState(useToday())
  const [title, setTitle] = useState('')
  const [details, setDetails] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault()
    // An untitled event is stored untitled; the timeline names it by type in the reader's language.
    const input = {
      matterId,
      type,
      date: date.trim(),
      title: title.trim(),
      details
    }
    const parsed = EventInput.safeParse(input)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      return
    }
    setSaving(true)
    const result = await change('timeline.addEvent', input)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      return
    }
    notifySaved(t('timeline.eventSaved'))
    onSaved(result.value, await proposeForNewEvent(matterId, type, input.date))
  }

  const fieldError = fieldErrorGetter(t, errors)
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: FormEvent) => void save(e)} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('timeline.addEvent')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('fields.eventType')}
            allowDeselect={false}
            data={USER_EVENT_TYPES.map((e) => ({ value: e, label: t(`eventTypes.${e}`) }))}
            value={type}
            onChange={(value) => value && setType(value as EventType)}
            error={fieldError('type')}
          />
          <DateField
            label={t('fields.eventDate')}
            required
            value={date}
            onChange={setDate}
            error={fieldError('date')}
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.eventTitle')}
          placeholder={t(`eventTypes.${type}`)}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <Textarea
          label={t('fields.eventDetails')}
          autosize
          minRows={2}
          value={details}
          onChange={(e) => setDetails(e.currentTarget.value)}
          error={fieldError('details')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('timeline.saveEvent')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
