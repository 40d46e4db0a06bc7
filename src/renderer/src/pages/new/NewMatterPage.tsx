import { useEffect, useRef, useState } from 'react'
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MatterCreateForm } from '../../../../shared/contract'
import { MATTER_KINDS, MATTER_STATUSES, type MatterKind, type MatterStatus } from '../../../../shared/model'
import { call } from '../../api'
import { change } from '../../lib/queries'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { FormSection } from '../../components/FormSection'
import { PersonSelect } from '../../components/PersonSelect'
import pageClasses from '../../components/Page.module.css'
import { contractValidator, showCallError, submitInOneRound, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { revealFirstError } from '../../lib/revealError'
import { navigate } from '../../lib/router'
import { useReferenceCheck } from '../../lib/referenceCheck'

/** The form's values: what matters.create takes, as the fields hold it ('' for empty). */
type NewMatterValues = {
  kind: MatterKind
  title: string
  /** Blank: the core numbers the matter. */
  reference: string
  status: MatterStatus
  rightsHolder: string
  jurisdiction: string | null
  marketplace: string
  responsiblePersonId: number | null
  notes: string
}

// Warning letters have their own intake screen, so a hand-made matter starts as a complaint.
const EMPTY: NewMatterValues = {
  kind: 'marketplace_complaint',
  title: '',
  reference: '',
  status: 'open',
  rightsHolder: '',
  jurisdiction: null,
  marketplace: '',
  responsiblePersonId: null,
  notes: ''
}

const validateMatter = contractValidator<NewMatterValues>(MatterCreateForm)

export function NewMatterPage() {
  const { t } = useTranslation()
  const form = useContractForm<NewMatterValues>(MatterCreateForm, EMPTY)
  const input = form.getInputProps
  const error = (path: keyof NewMatterValues) => input(path).error as string | undefined
  const [suggested, setSuggested] = useState<string | null>(null)
  const referenceCheck = useReferenceCheck()
  // The reference follows the kind until the user types their own.
  const referenceEdited = useRef(false)

  const { kind } = form.values
  useEffect(() => {
    let live = true
    void call('matters.suggestReference', { kind }).then((result) => {
      if (!live || !result.ok) return
      setSuggested(result.value.reference)
      if (!referenceEdited.current) form.setFieldValue('reference', result.value.reference)
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form's setter is new on every render
  }, [kind])

  // The form's own check and the core's (a reference another matter holds) in one round.
  const save = submitInOneRound(
    form,
    { validate: validateMatter, core: (values) => referenceCheck.check(values.reference) },
    async (values, element) => {
      const result = await change('matters.create', {
        ...values,
        reference: values.reference.trim() || undefined
      })
      if (!result.ok) {
        referenceCheck.refused(result.error)
        showCallError(form, t, result.error)
        revealFirstError(element)
        return
      }
      notifySaved(t('newMatter.saved', { reference: result.value.matter.reference }))
      navigate({ name: 'matter', id: result.value.matter.id, tab: 'overview' })
    }
  )

  return (
    <form
      className={pageClasses.scroll}
      onSubmit={(event) => void save(event)}
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
                {...input('kind')}
              />
              <TextInput
                label={t('fields.reference')}
                {...input('reference')}
                onChange={(e) => {
                  referenceEdited.current = true
                  form.setFieldValue('reference', e.currentTarget.value)
                }}
                error={referenceCheck.message(t, form.errors.reference as string | undefined)}
                description={suggested ? t('intake.referenceSuggested', { reference: suggested }) : undefined}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                classNames={{ input: 'mono' }}
              />
              <Select
                label={t('fields.status')}
                allowDeselect={false}
                data={MATTER_STATUSES.map((s) => ({ value: s, label: t(`matterStatuses.${s}`) }))}
                {...input('status')}
              />
            </SimpleGrid>
            <TextInput
              label={t('fields.title')}
              aria-label={t('fields.title')}
              required
              {...input('title')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('fields.rightsHolder')} {...input('rightsHolder')} />
              <JurisdictionSelect
                label={t('fields.jurisdiction')}
                value={form.values.jurisdiction}
                onChange={(jurisdiction) => form.setFieldValue('jurisdiction', jurisdiction)}
                error={error('jurisdiction')}
              />
              <MarketplaceInput
                label={t('fields.marketplace')}
                value={form.values.marketplace}
                onChange={(marketplace) => form.setFieldValue('marketplace', marketplace)}
                error={error('marketplace')}
              />
              <PersonSelect
                label={t('people.field')}
                value={form.values.responsiblePersonId}
                onChange={(id) => form.setFieldValue('responsiblePersonId', id)}
                error={error('responsiblePersonId')}
              />
            </SimpleGrid>
            <Textarea label={t('fields.notes')} autosize minRows={4} maxRows={14} {...input('notes')} />
          </FormSection>
        </Stack>
      </div>
      <div className={pageClasses.actions}>
        <Group className={pageClasses.actionsInner} justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => navigate({ name: 'matters' })} disabled={form.submitting}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={16} />}>
            {t('newMatter.save')}
          </Button>
        </Group>
      </div>
    </form>
  )
}
