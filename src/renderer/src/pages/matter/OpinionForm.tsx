// The form for one opinion of counsel, validated by the contract's OpinionInput: the rights and
// claims it covers (the matter's rights), the versions (the matter's products and their other
// versions), the opinion document (one of the matter's documents) and its dates.
import { useQueries } from '@tanstack/react-query'
import {
  Checkbox,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  COUNSEL_KINDS,
  OPINION_CONCLUSIONS,
  OPINION_FORMS,
  OPINION_TYPES,
  OpinionInput,
  WAIVER_DECISIONS,
  type OpinionRecord
} from '../../../../shared/contract'
import type { MatterDetail } from '../../../../shared/model'
import { query } from '../../api'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change, keys } from '../../lib/queries'

type OpinionValues = {
  matterId: number
  type: (typeof OPINION_TYPES)[number]
  counsel: (typeof COUNSEL_KINDS)[number]
  firm: string
  attorney: string
  requestedDate: string
  factsGiven: string
  deliveredDate: string
  form: (typeof OPINION_FORMS)[number]
  conclusion: (typeof OPINION_CONCLUSIONS)[number]
  documentId: number | null
  privileged: boolean
  waiver: (typeof WAIVER_DECISIONS)[number]
  waiverDecidedOn: string
  notes: string
  covers: { rightId: number; claims: string[] }[]
  versionIds: number[]
}

function initialValues(matterId: number, opinion: OpinionRecord | null): OpinionValues {
  return {
    matterId,
    type: opinion?.type ?? 'non_infringement',
    counsel: opinion?.counsel ?? 'outside',
    firm: opinion?.firm ?? '',
    attorney: opinion?.attorney ?? '',
    requestedDate: opinion?.requestedDate ?? '',
    factsGiven: opinion?.factsGiven ?? '',
    deliveredDate: opinion?.deliveredDate ?? '',
    form: opinion?.form ?? 'written',
    conclusion: opinion?.conclusion ?? 'pending',
    documentId: opinion?.documentId ?? null,
    privileged: opinion?.privileged ?? true,
    waiver: opinion?.waiver ?? 'undecided',
    waiverDecidedOn: opinion?.waiverDecidedOn ?? '',
    notes: opinion?.notes ?? '',
    covers: opinion?.covers.map((c) => ({ rightId: c.rightId, claims: c.claims })) ?? [],
    versionIds: opinion?.versions.map((v) => v.id) ?? []
  }
}

/** The versions an opinion may cover: every version of the products the matter accuses. */
export function useMatterVersions(detail: MatterDetail): { value: string; label: string }[] {
  const productIds = [...new Set(detail.products.map((p) => p.productId))]
  const pages = useQueries({
    queries: productIds.map((id) => ({
      queryKey: keys.product(id),
      queryFn: () => query('catalogue.get', { id })
    }))
  })
  const options = new Map<number, string>()
  for (const p of detail.products) options.set(p.versionId, `${p.name} ${p.versionName}`)
  for (const page of pages) {
    for (const v of page.data?.versions ?? []) options.set(v.id, `${page.data!.product.name} ${v.name}`)
  }
  return [...options].map(([id, label]) => ({ value: String(id), label }))
}

export function OpinionForm({
  detail,
  opinion,
  opened,
  onClose
}: {
  detail: MatterDetail
  /** null: a new opinion. */
  opinion: OpinionRecord | null
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={opinion ? t('opinions.edit') : t('opinions.add')}
    >
      {/* Keyed so each opening starts from the opinion it edits. */}
      {opened && (
        <OpinionFormBody key={opinion?.id ?? 'new'} detail={detail} opinion={opinion} onClose={onClose} />
      )}
    </Modal>
  )
}

function OpinionFormBody({
  detail,
  opinion,
  onClose
}: {
  detail: MatterDetail
  opinion: OpinionRecord | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const form = useContractForm<OpinionValues>(OpinionInput, initialValues(matterId, opinion))
  const input = form.getInputProps
  const versions = useMatterVersions(detail)
  // Rights are listed once even when the matter links a right twice.
  const rights = [...new Map(detail.ipRights.map((r) => [r.rightId, r])).values()]

  const submit = form.onSubmit(async (values) => {
    const result = opinion
      ? await change('opinions.update', { ...values, id: opinion.id })
      : await change('opinions.create', values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('opinions.saved'))
    onClose()
  })

  const cover = (rightId: number) => form.values.covers.find((c) => c.rightId === rightId)
  const setCover = (rightId: number, next: { rightId: number; claims: string[] } | null) =>
    form.setFieldValue('covers', [
      ...form.values.covers.filter((c) => c.rightId !== rightId),
      ...(next ? [next] : [])
    ])
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('opinions.fields.type')}
            allowDeselect={false}
            data={options(OPINION_TYPES, 'opinions.types')}
            {...input('type')}
          />
          <Select
            label={t('opinions.fields.counsel')}
            allowDeselect={false}
            data={options(COUNSEL_KINDS, 'opinions.counselKinds')}
            {...input('counsel')}
          />
          <Select
            label={t('opinions.fields.conclusion')}
            allowDeselect={false}
            data={options(OPINION_CONCLUSIONS, 'opinions.conclusions')}
            {...input('conclusion')}
          />
          <TextInput label={t('opinions.fields.firm')} {...input('firm')} />
          <TextInput label={t('opinions.fields.attorney')} {...input('attorney')} />
          <Select
            label={t('opinions.fields.form')}
            allowDeselect={false}
            data={options(OPINION_FORMS, 'opinions.forms')}
            {...input('form')}
          />
          <DateField
            label={t('opinions.fields.requestedDate')}
            value={form.values.requestedDate}
            onChange={(v) => form.setFieldValue('requestedDate', v)}
            error={input('requestedDate').error as string | undefined}
          />
          <DateField
            label={t('opinions.fields.deliveredDate')}
            value={form.values.deliveredDate}
            onChange={(v) => form.setFieldValue('deliveredDate', v)}
            error={input('deliveredDate').error as string | undefined}
          />
          <Select
            label={t('opinions.fields.document')}
            clearable
            placeholder={t('opinions.noDocument')}
            data={detail.documents.map((d) => ({ value: String(d.id), label: d.originalName }))}
            value={form.values.documentId === null ? null : String(form.values.documentId)}
            onChange={(v) => form.setFieldValue('documentId', v ? Number(v) : null)}
            error={input('documentId').error as string | undefined}
          />
        </SimpleGrid>

        <Fieldset legend={t('opinions.fields.covers')} variant="filled">
          {rights.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('opinions.noRights')}
            </Text>
          ) : (
            <Stack gap="xs">
              {rights.map((right) => {
                const current = cover(right.rightId)
                return (
                  <Group key={right.rightId} align="flex-start" wrap="nowrap" gap="sm">
                    <Checkbox
                      mt={8}
                      miw={220}
                      label={`${right.number} · ${t(`ipRightTypes.${right.type}`)}`}
                      checked={!!current}
                      onChange={(e) =>
                        setCover(
                          right.rightId,
                          e.currentTarget.checked ? { rightId: right.rightId, claims: [] } : null
                        )
                      }
                    />
                    {current && (
                      <TagsInput
                        style={{ flex: 1 }}
                        aria-label={t('opinions.claimsOf', { right: right.number })}
                        placeholder={t('opinions.allClaims')}
                        data={right.assertedClaims}
                        value={current.claims}
                        onChange={(claims) => setCover(right.rightId, { rightId: right.rightId, claims })}
                        error={
                          input(`covers.${form.values.covers.indexOf(current)}.claims`).error as
                            string | undefined
                        }
                      />
                    )}
                  </Group>
                )
              })}
              {input('covers').error && (
                <Text size="xs" c="red">
                  {input('covers').error as string}
                </Text>
              )}
            </Stack>
          )}
        </Fieldset>

        <MultiSelect
          label={t('opinions.fields.versions')}
          placeholder={versions.length ? undefined : t('opinions.noVersions')}
          data={versions}
          value={form.values.versionIds.map(String)}
          onChange={(v) => form.setFieldValue('versionIds', v.map(Number))}
          error={input('versionIds').error as string | undefined}
          searchable
        />

        <Textarea label={t('opinions.fields.factsGiven')} autosize minRows={2} {...input('factsGiven')} />

        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Switch
            mt="lg"
            label={t('opinions.fields.privileged')}
            {...input('privileged', { type: 'checkbox' })}
          />
          <Select
            label={t('opinions.fields.waiver')}
            allowDeselect={false}
            data={options(WAIVER_DECISIONS, 'opinions.waivers')}
            {...input('waiver')}
          />
          <DateField
            label={t('opinions.fields.waiverDecidedOn')}
            value={form.values.waiverDecidedOn}
            onChange={(v) => form.setFieldValue('waiverDecidedOn', v)}
            error={input('waiverDecidedOn').error as string | undefined}
          />
        </SimpleGrid>
        <Textarea label={t('opinions.fields.notes')} autosize minRows={2} {...input('notes')} />
      </Stack>
      <FormButtons form={form} onCancel={onClose} label={t('actions.save')} />
    </form>
  )
}
