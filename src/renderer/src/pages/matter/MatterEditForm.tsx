import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MatterUpdateInput, type CallInput } from '../../../../shared/contract'
import type { Matter } from '../../../../shared/model'
import { change } from '../../lib/queries'
import { DateField } from '../../components/DateField'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { fieldErrorGetter, zodFieldErrors, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { revealFirstError } from '../../lib/revealError'
import type { MatterTabProps } from './MatterPage'

interface EditDraft {
  reference: string
  title: string
  rightsHolder: string
  jurisdiction: string | null
  marketplace: string
  letterDate: string
  receivedDate: string
  senderReference: string
  demands: string
  notes: string
}

function toDraft(m: Matter): EditDraft {
  return {
    reference: m.reference,
    title: m.title,
    rightsHolder: m.rightsHolder,
    jurisdiction: m.jurisdiction,
    marketplace: m.marketplace ?? '',
    letterDate: m.letterDate ?? '',
    receivedDate: m.receivedDate ?? '',
    senderReference: m.senderReference ?? '',
    demands: m.demands ?? '',
    notes: m.notes ?? ''
  }
}

export function MatterEditForm({ detail, onChange, onDone }: MatterTabProps & { onDone: () => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<EditDraft>(() => toDraft(detail.matter))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const update = (patch: Partial<EditDraft>) => setDraft((d) => ({ ...d, ...patch }))

  async function save(event: FormEvent<HTMLElement>): Promise<void> {
    event.preventDefault()
    const form = event.currentTarget
    const input: CallInput<'matters.update'> = { id: detail.matter.id, ...draft }
    const parsed = MatterUpdateInput.safeParse(input)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      revealFirstError(form)
      return
    }
    setSaving(true)
    const result = await change('matters.update', input)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      revealFirstError(form)
      return
    }
    onChange(result.value)
    notifySaved(t('matter.saved'))
    onDone()
  }

  const fieldError = fieldErrorGetter(t, errors)
  const text = (name: keyof EditDraft, label: string, mono = false) => (
    <TextInput
      label={label}
      value={draft[name] ?? ''}
      onChange={(e) => update({ [name]: e.currentTarget.value })}
      error={fieldError(name)}
      classNames={mono ? { input: 'mono' } : undefined}
    />
  )

  return (
    <Paper
      withBorder
      p="md"
      maw={1040}
      component="form"
      onSubmit={(e: FormEvent<HTMLElement>) => void save(e)}
      noValidate
    >
      <Stack gap="sm">
        <Title order={5}>{t('matter.editDetails')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {text('reference', t('fields.reference'), true)}
          {text('rightsHolder', t('fields.rightsHolder'))}
          {text('senderReference', t('fields.senderReference'))}
          <JurisdictionSelect
            label={t('fields.jurisdiction')}
            value={draft.jurisdiction}
            onChange={(jurisdiction) => update({ jurisdiction })}
            error={fieldError('jurisdiction')}
          />
          <MarketplaceInput
            label={t('fields.marketplace')}
            value={draft.marketplace}
            onChange={(marketplace) => update({ marketplace })}
            error={fieldError('marketplace')}
          />
          <div />
          <DateField
            label={t('fields.letterDate')}
            value={draft.letterDate}
            onChange={(letterDate) => update({ letterDate })}
            error={fieldError('letterDate')}
          />
          <DateField
            label={t('fields.receivedDate')}
            value={draft.receivedDate}
            onChange={(receivedDate) => update({ receivedDate })}
            error={fieldError('receivedDate')}
          />
        </SimpleGrid>
        <TextInput
          label={t('fields.title')}
          aria-label={t('fields.title')}
          required
          value={draft.title}
          onChange={(e) => update({ title: e.currentTarget.value })}
          error={fieldError('title')}
        />
        <Textarea
          label={t('fields.demands')}
          autosize
          minRows={2}
          maxRows={10}
          value={draft.demands}
          onChange={(e) => update({ demands: e.currentTarget.value })}
          error={fieldError('demands')}
        />
        <Textarea
          label={t('fields.notes')}
          autosize
          minRows={3}
          maxRows={14}
          value={draft.notes}
          onChange={(e) => update({ notes: e.currentTarget.value })}
          error={fieldError('notes')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone} disabled={saving}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
