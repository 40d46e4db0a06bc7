import { Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CASE_FIELDS, MatterUpdateInput } from '../../../../shared/contract'
import type { Matter } from '../../../../shared/model'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { PersonSelect } from '../../components/PersonSelect'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { revealFirstError } from '../../lib/revealError'
import type { MatterTabProps } from './MatterPage'

/** The form's values: what matters.update takes, as the fields hold it ('' for empty). */
type EditValues = {
  id: number
  reference: string
  title: string
  rightsHolder: string
  jurisdiction: string | null
  marketplace: string
  responsiblePersonId: number | null
  letterDate: string
  receivedDate: string
  senderReference: string
  demands: string
  notes: string
} & CaseValues

/** A lawsuit's case fields as the form holds them ('' for empty). */
type CaseValues = Record<(typeof CASE_FIELDS)[number], string>

function caseValues(m: Matter): CaseValues {
  return Object.fromEntries(CASE_FIELDS.map((key) => [key, m[key] ?? ''])) as CaseValues
}

function toValues(m: Matter): EditValues {
  return {
    id: m.id,
    reference: m.reference,
    title: m.title,
    rightsHolder: m.rightsHolder,
    jurisdiction: m.jurisdiction,
    marketplace: m.marketplace ?? '',
    responsiblePersonId: m.responsiblePersonId,
    letterDate: m.letterDate ?? '',
    receivedDate: m.receivedDate ?? '',
    senderReference: m.senderReference ?? '',
    demands: m.demands ?? '',
    notes: m.notes ?? '',
    ...caseValues(m)
  }
}

export function MatterEditForm({ detail, onChange, onDone }: MatterTabProps & { onDone: () => void }) {
  const { t } = useTranslation()
  const form = useContractForm<EditValues>(MatterUpdateInput, toValues(detail.matter))
  const input = form.getInputProps
  const error = (path: keyof EditValues) => input(path).error as string | undefined

  const submit = form.onSubmit(
    async (values, event) => {
      const element = event?.currentTarget ?? null
      const result = await change('matters.update', values)
      if (!result.ok) {
        showCallError(form, t, result.error)
        revealFirstError(element)
        return
      }
      onChange(result.value)
      notifySaved(t('matter.saved'))
      onDone()
    },
    (_errors, _values, event) => revealFirstError(event?.currentTarget ?? null)
  )

  return (
    <Paper withBorder p="md" maw={1040} component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('matter.editDetails')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('fields.reference')} classNames={{ input: 'mono' }} {...input('reference')} />
          <TextInput label={t('fields.rightsHolder')} {...input('rightsHolder')} />
          <TextInput label={t('fields.senderReference')} {...input('senderReference')} />
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
            data-testid="matter-person"
          />
          <DateField
            label={t('fields.letterDate')}
            value={form.values.letterDate}
            onChange={(letterDate) => form.setFieldValue('letterDate', letterDate)}
            error={error('letterDate')}
          />
          <DateField
            label={t('fields.receivedDate')}
            value={form.values.receivedDate}
            onChange={(receivedDate) => form.setFieldValue('receivedDate', receivedDate)}
            error={error('receivedDate')}
          />
        </SimpleGrid>
        {detail.matter.kind === 'lawsuit' && (
          <>
            <Title order={6}>{t('lawsuit.caseDetails')}</Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput label={t('lawsuit.fields.court')} {...input('court')} />
              <TextInput label={t('lawsuit.fields.division')} {...input('division')} />
              <TextInput
                label={t('lawsuit.fields.caseNumber')}
                classNames={{ input: 'mono' }}
                {...input('caseNumber')}
              />
              <TextInput label={t('lawsuit.fields.judge')} {...input('judge')} />
              <TextInput label={t('lawsuit.fields.magistrateJudge')} {...input('magistrateJudge')} />
              <DateField
                label={t('lawsuit.fields.filingDate')}
                value={form.values.filingDate}
                onChange={(filingDate) => form.setFieldValue('filingDate', filingDate)}
                error={error('filingDate')}
              />
            </SimpleGrid>
          </>
        )}
        <TextInput label={t('fields.title')} aria-label={t('fields.title')} required {...input('title')} />
        <Textarea label={t('fields.demands')} autosize minRows={2} maxRows={10} {...input('demands')} />
        <Textarea label={t('fields.notes')} autosize minRows={3} maxRows={14} {...input('notes')} />
        <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
      </Stack>
    </Paper>
  )
}
