// Every field of a registry right. A patent shows its marking (35 USC 287(a)); a copyright its
// registration and effective dates (17 USC 412). Date order is the contract's rule.
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  MARKING_STATUSES,
  RIGHT_STATUSES,
  RightUpdateInput,
  type MarkingStatus,
  type RegistryRight,
  type RightStatus
} from '../../../../shared/contract'
import { IP_RIGHT_TYPES, type IpRightType } from '../../../../shared/model'
import { DateField } from '../../components/DateField'
import { JurisdictionSelect } from '../../components/fields'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'

const PATENT_TYPES: readonly IpRightType[] = ['utility_patent', 'design_patent', 'utility_model']

type RightValues = {
  id: number
  type: IpRightType
  number: string
  jurisdiction: string
  owner: string
  title: string
  status: RightStatus
  filingDate: string
  grantDate: string
  expiryDate: string
  markingStatus: MarkingStatus
  markedSince: string
  registrationDate: string
  effectiveRegistrationDate: string
  firstPublicationDate: string
  notes: string
}

function toValues(r: RegistryRight): RightValues {
  return {
    id: r.id,
    type: r.type,
    number: r.number,
    jurisdiction: r.jurisdiction,
    owner: r.owner ?? '',
    title: r.title ?? '',
    status: r.status,
    filingDate: r.filingDate ?? '',
    grantDate: r.grantDate ?? '',
    expiryDate: r.expiryDate ?? '',
    markingStatus: r.markingStatus,
    markedSince: r.markedSince ?? '',
    registrationDate: r.registrationDate ?? '',
    effectiveRegistrationDate: r.effectiveRegistrationDate ?? '',
    firstPublicationDate: r.firstPublicationDate ?? '',
    notes: r.notes ?? ''
  }
}

export function RightFieldsForm({ right }: { right: RegistryRight }) {
  const { t } = useTranslation()
  const form = useContractForm<RightValues>(RightUpdateInput, toValues(right))
  const input = form.getInputProps
  const error = (path: keyof RightValues) => input(path).error as string | undefined
  const date = (path: keyof RightValues, label: string, description?: string) => (
    <DateField
      label={label}
      title={description}
      value={form.values[path] as string}
      onChange={(v) => form.setFieldValue(path, v)}
      error={error(path)}
    />
  )
  const isPatent = PATENT_TYPES.includes(form.values.type)
  const isCopyright = form.values.type === 'copyright'

  const submit = form.onSubmit(async (values) => {
    // Fields a type does not have are sent as they are; hidden ones are never edited.
    const result = await change('rights.update', values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
  })

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-label={t('registry.details')}>
      <Stack gap="sm">
        <Title order={5}>{t('registry.details')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('registry.fields.type')}
            required
            allowDeselect={false}
            data={IP_RIGHT_TYPES.map((v) => ({ value: v, label: t(`ipRightTypes.${v}`) }))}
            {...input('type')}
          />
          <TextInput
            label={t('registry.fields.number')}
            required
            classNames={{ input: 'mono' }}
            {...input('number')}
          />
          <JurisdictionSelect
            label={t('registry.fields.jurisdiction')}
            required
            value={form.values.jurisdiction || null}
            onChange={(v) => form.setFieldValue('jurisdiction', v ?? '')}
            error={error('jurisdiction')}
          />
          <TextInput label={t('registry.fields.owner')} {...input('owner')} />
          <TextInput label={t('registry.fields.title')} {...input('title')} />
          <Select
            label={t('registry.fields.status')}
            allowDeselect={false}
            data={RIGHT_STATUSES.map((v) => ({ value: v, label: t(`registry.statuses.${v}`) }))}
            {...input('status')}
          />
          {!isCopyright && date('filingDate', t('registry.fields.filingDate'))}
          {!isCopyright &&
            date('grantDate', t(isPatent ? 'registry.fields.grantDate' : 'registry.fields.registeredDate'))}
          {date('expiryDate', t('registry.fields.expiryDate'))}
        </SimpleGrid>
        {isPatent && (
          <>
            <Text fw={600} size="sm">
              {t('registry.marking')}
            </Text>
            <Text size="xs" c="dimmed" mt={-8}>
              {t('registry.markingHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('registry.fields.markingStatus')}
                allowDeselect={false}
                data={MARKING_STATUSES.map((v) => ({ value: v, label: t(`registry.markingStatuses.${v}`) }))}
                {...input('markingStatus')}
              />
              {date('markedSince', t('registry.fields.markedSince'))}
            </SimpleGrid>
          </>
        )}
        {isCopyright && (
          <>
            <Text fw={600} size="sm">
              {t('registry.copyrightRegistration')}
            </Text>
            <Text size="xs" c="dimmed" mt={-8}>
              {t('registry.copyrightHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {date('registrationDate', t('registry.fields.registrationDate'))}
              {date('effectiveRegistrationDate', t('registry.fields.effectiveRegistrationDate'))}
              {date('firstPublicationDate', t('registry.fields.firstPublicationDate'))}
            </SimpleGrid>
          </>
        )}
        <Textarea label={t('registry.fields.notes')} autosize minRows={2} maxRows={10} {...input('notes')} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
            {t('registry.saveDetails')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
