import { useEffect, useState, type FormEvent } from 'react'
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MatterCreateInput, type CallInput } from '../../../../shared/contract'
import { MATTER_KINDS, MATTER_STATUSES, type MatterKind, type MatterStatus } from '../../../../shared/model'
import { call } from '../../api'
import { change } from '../../lib/queries'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { FormSection } from '../../components/FormSection'
import pageClasses from '../../components/Page.module.css'
import { fieldErrorGetter, zodFieldErrors, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { revealFirstError } from '../../lib/revealError'
import { navigate } from '../../lib/router'

interface NewMatterDraft {
  kind: MatterKind
  title: string
  reference: string
  referenceEdited: boolean
  status: MatterStatus
  rightsHolder: string
  jurisdiction: string | null
  marketplace: string
  notes: string
}

// Warning letters have their own intake screen, so a hand-made matter starts as a complaint.
const EMPTY: NewMatterDraft = {
  kind: 'marketplace_complaint',
  title: '',
  reference: '',
  referenceEdited: false,
  status: 'open',
  rightsHolder: '',
  jurisdiction: null,
  marketplace: '',
  notes: ''
}

export function NewMatterPage() {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<NewMatterDraft>(EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [suggested, setSuggested] = useState<string | null>(null)

  const update = (patch: Partial<NewMatterDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([k]) => !(k in patch))))
  }

  useEffect(() => {
    let live = true
    void call('matters.suggestReference', { kind: draft.kind }).then((result) => {
      if (!live || !result.ok) return
      setSuggested(result.value.reference)
      setDraft((current) =>
        current.referenceEdited ? current : { ...current, reference: result.value.reference }
      )
    })
    return () => {
      live = false
    }
  }, [draft.kind])

  async function save(event: FormEvent<HTMLElement>): Promise<void> {
    event.preventDefault()
    const form = event.currentTarget
    const input: CallInput<'matters.create'> = {
      kind: draft.kind,
      title: draft.title,
      reference: draft.reference.trim() || undefined,
      status: draft.status,
      rightsHolder: draft.rightsHolder,
      jurisdiction: draft.jurisdiction,
      marketplace: draft.marketplace,
      notes: draft.notes
    }
    const parsed = MatterCreateInput.safeParse(input)
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error))
      revealFirstError(form)
      return
    }
    setSaving(true)
    const result = await change('matters.create', input)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      revealFirstError(form)
      return
    }
    notifySaved(t('newMatter.saved', { reference: result.value.matter.reference }))
    navigate({ name: 'matter', id: result.value.matter.id, tab: 'overview' })
  }

  const fieldError = fieldErrorGetter(t, errors)

  return (
    <form
      className={pageClasses.scroll}
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="new-matter-title"
    >
      <div className={pageClasses.content}>
        <Stack gap="md">
          <Title order={3} id="new-matter-title">
            {t('newMatter.title')}
          </Title>
          <FormSection title={t('newMatter.section')} description={t('newMatter.hint')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('fields.kind')}
                allowDeselect={false}
                data={MATTER_KINDS.map((k) => ({ value: k, label: t(`matterKinds.${k}`) }))}
                value={draft.kind}
                onChange={(kind) => kind && update({ kind: kind as MatterKind })}
                error={fieldError('kind')}
              />
              <TextInput
                label={t('fields.reference')}
                value={draft.reference}
                onChange={(e) => update({ reference: e.currentTarget.value, referenceEdited: true })}
                description={suggested ? t('intake.referenceSuggested', { reference: suggested }) : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                error={fieldError('reference')}
                classNames={{ input: 'mono' }}
              />
              <Select
                label={t('fields.status')}
                allowDeselect={false}
                data={MATTER_STATUSES.map((s) => ({ value: s, label: t(`matterStatuses.${s}`) }))}
                value={draft.status}
                onChange={(status) => status && update({ status: status as MatterStatus })}
                error={fieldError('status')}
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
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('fields.rightsHolder')}
                value={draft.rightsHolder}
                onChange={(e) => update({ rightsHolder: e.currentTarget.value })}
                error={fieldError('rightsHolder')}
              />
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
            </SimpleGrid>
            <Textarea
              label={t('fields.notes')}
              autosize
              minRows={4}
              maxRows={14}
              value={draft.notes}
              onChange={(e) => update({ notes: e.currentTarget.value })}
              error={fieldError('notes')}
            />
          </FormSection>
        </Stack>
      </div>
      <div className={pageClasses.actions}>
        <Group className={pageClasses.actionsInner} justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => navigate({ name: 'matters' })} disabled={saving}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
            {t('newMatter.save')}
          </Button>
        </Group>
      </div>
    </form>
  )
}
