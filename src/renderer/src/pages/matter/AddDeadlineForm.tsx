import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DeadlineInput } from '../../../../shared/contract'
import { call } from '../../api'
import { DateField } from '../../components/DateField'
import { fieldErrorGetter, zodFieldErrors, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'

/** A deadline the user sets by hand (no rule): a date agreed by e-mail, an internal target. */
export function AddDeadlineForm({
  matterId,
  onCancel,
  onSaved
}: {
  matterId: number
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [due, setDue] = useState('')
  const [assignee, setAssignee] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault()
    const input = { matterId, title, due: due.trim(), assignee }
    const parsed = DeadlineInput.safeParse(input)
    const clientErrors: FieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error)
    if (!due.trim()) clientErrors.due = 'required'
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors)
      return
    }
    setSaving(true)
    const result = await call('deadlines.add', input)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      return
    }
    notifySaved(t('deadlines.saved'))
    onSaved()
  }

  const fieldError = fieldErrorGetter(t, errors)
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: FormEvent) => void save(e)} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('deadlines.add')}</Title>
        <TextInput
          label={t('fields.deadlineTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={t('fields.dueDate')}
            required
            value={due}
            onChange={setDue}
            error={fieldError('due')}
          />
          <TextInput
            label={t('fields.assignee')}
            value={assignee}
            onChange={(e) => setAssignee(e.currentTarget.value)}
            error={fieldError('assignee')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('deadlines.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
