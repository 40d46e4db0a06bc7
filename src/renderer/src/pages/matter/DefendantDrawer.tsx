// One Schedule A defendant in a drawer: the store named and what happened to it. Validated by the
// contract's own schema (DefendantForm); a new service date on our store reports the answer date.
import {
  Checkbox,
  Drawer,
  NumberInput,
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
  centsToAmountText,
  DefendantForm,
  type Defendant,
  type DefendantSaveResult
} from '../../../../shared/contract'
import type { MatterDocument } from '../../../../shared/model'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { formatDate } from '../../lib/dates'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { revealFirstError } from '../../lib/revealError'

const DATE_FIELDS = [
  'frozenOn',
  'troDate',
  'preliminaryInjunctionDate',
  'altServiceOrderDate',
  'servedOn',
  'appearanceDate',
  'settlementOfferedOn',
  'dismissedOn',
  'fundsReleasedOn'
] as const
type DateKey = (typeof DATE_FIELDS)[number]

/** The drawer's values as the fields hold them ('' for empty; amounts as typed text). */
type Values = {
  doe: number | string
  store: string
  sellerId: string
  platform: string
  url: string
  ours: boolean
  frozenAmount: string
  frozenCurrency: string
  freezeNoticeDocumentId: number | null
  settlementAmount: string
  settlementCurrency: string
  notes: string
} & Record<DateKey, string>

function toValues(d: Defendant | null, nextDoe: number): Values {
  const dates = Object.fromEntries(DATE_FIELDS.map((k) => [k, d?.[k] ?? ''])) as Record<DateKey, string>
  return {
    doe: d?.doe ?? nextDoe,
    store: d?.store ?? '',
    sellerId: d?.sellerId ?? '',
    platform: d?.platform ?? '',
    url: d?.url ?? '',
    ours: d?.ours ?? false,
    frozenAmount: centsToAmountText(d?.frozenAmountCents ?? null),
    frozenCurrency: d?.frozenCurrency ?? '',
    freezeNoticeDocumentId: d?.freezeNoticeDocumentId ?? null,
    settlementAmount: centsToAmountText(d?.settlementAmountCents ?? null),
    settlementCurrency: d?.settlementCurrency ?? '',
    notes: d?.notes ?? '',
    ...dates
  }
}

export function DefendantDrawer({
  matterId,
  defendant,
  nextDoe,
  documents,
  onClose
}: {
  matterId: number
  /** null: a new defendant. */
  defendant: Defendant | null
  nextDoe: number
  documents: MatterDocument[]
  onClose: () => void
}) {
  const { t, i18n } = useTranslation()
  const form = useContractForm<Values>(DefendantForm, toValues(defendant, nextDoe))
  const input = form.getInputProps
  const error = (path: keyof Values) => input(path).error as string | undefined
  const date = (key: DateKey, hint?: string) => (
    <DateField
      label={t(`defendants.fields.${key}`)}
      value={form.values[key]}
      onChange={(v) => form.setFieldValue(key, v)}
      error={error(key)}
      description={hint}
    />
  )

  const submit = form.onSubmit(
    async (values, event) => {
      const element = event?.currentTarget ?? null
      const result =
        defendant === null
          ? await change('defendants.add', { ...values, matterId } as never)
          : await change('defendants.update', { ...values, id: defendant.id } as never)
      if (!result.ok) {
        showCallError(form, t, result.error)
        revealFirstError(element)
        return
      }
      const saved = result.value as DefendantSaveResult
      const moved = saved.moved[0]
      notifySaved(
        moved
          ? t('defendants.moved', {
              from: formatDate(moved.from, i18n.language),
              to: formatDate(moved.to, i18n.language)
            })
          : saved.answerDeadline && saved.answerDeadline.id !== defendant?.answerDeadline?.id
            ? t('defendants.answerDue', { date: formatDate(saved.answerDeadline.due, i18n.language) })
            : t('defendants.saved')
      )
      onClose()
    },
    (_errors, _values, event) => revealFirstError(event?.currentTarget ?? null)
  )

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={defendant ? `${t('defendants.edit')} · Doe No. ${defendant.doe}` : t('defendants.add')}
    >
      <form onSubmit={submit} noValidate data-testid="defendant-form">
        <Stack gap="sm">
          <Title order={6}>{t('defendants.sections.store')}</Title>
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={t('defendants.fields.doe')} min={1} allowDecimal={false} {...input('doe')} />
            <TextInput label={t('defendants.fields.store')} required {...input('store')} />
            <TextInput
              label={t('defendants.fields.sellerId')}
              classNames={{ input: 'mono' }}
              {...input('sellerId')}
            />
            <TextInput label={t('defendants.fields.platform')} {...input('platform')} />
          </SimpleGrid>
          <TextInput label={t('defendants.fields.url')} {...input('url')} />
          <Checkbox label={t('defendants.fields.ours')} {...input('ours', { type: 'checkbox' })} />

          <Title order={6} mt="xs">
            {t('defendants.sections.freeze')}
          </Title>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput
              label={t('defendants.fields.frozenAmount')}
              inputMode="decimal"
              {...input('frozenAmount')}
            />
            <TextInput
              label={t('defendants.fields.frozenCurrency')}
              placeholder="USD"
              maxLength={3}
              {...input('frozenCurrency')}
            />
            {date('frozenOn')}
          </SimpleGrid>
          <Select
            label={t('defendants.fields.freezeNotice')}
            clearable
            data={documents.map((d) => ({ value: String(d.id), label: d.originalName }))}
            value={form.values.freezeNoticeDocumentId ? String(form.values.freezeNoticeDocumentId) : null}
            onChange={(v) => form.setFieldValue('freezeNoticeDocumentId', v ? Number(v) : null)}
            error={error('freezeNoticeDocumentId')}
          />

          <Title order={6} mt="xs">
            {t('defendants.sections.orders')}
          </Title>
          <SimpleGrid cols={2} spacing="sm">
            {date('troDate')}
            {date('preliminaryInjunctionDate')}
            {date('altServiceOrderDate')}
            {date('servedOn', form.values.ours ? t('defendants.fields.servedOnHint') : undefined)}
          </SimpleGrid>
          {defendant?.answerDeadline && (
            <Text size="sm" c="dimmed" data-testid="answer-due">
              {t('defendants.answerDue', {
                date: formatDate(defendant.answerDeadline.due, i18n.language)
              })}
            </Text>
          )}

          <Title order={6} mt="xs">
            {t('defendants.sections.outcome')}
          </Title>
          <SimpleGrid cols={3} spacing="sm">
            {date('appearanceDate')}
            {date('settlementOfferedOn')}
            <div />
            <TextInput
              label={t('defendants.fields.settlementAmount')}
              inputMode="decimal"
              {...input('settlementAmount')}
            />
            <TextInput
              label={t('defendants.fields.settlementCurrency')}
              placeholder="USD"
              maxLength={3}
              {...input('settlementCurrency')}
            />
            <div />
            {date('dismissedOn')}
            {date('fundsReleasedOn')}
          </SimpleGrid>
          <Textarea
            label={t('defendants.fields.notes')}
            autosize
            minRows={2}
            maxRows={8}
            {...input('notes')}
          />
          <FormButtons form={form} onCancel={onClose} label={t('actions.save')} />
        </Stack>
      </form>
    </Drawer>
  )
}
