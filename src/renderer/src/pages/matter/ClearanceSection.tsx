// A clearance matter's record before launch: which version, what was searched where, the search
// report, the clearance opinion and the decision; and the launch checklist of what is missing.
import { useState } from 'react'
import {
  Badge,
  Checkbox,
  Group,
  List,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  ThemeIcon,
  Title
} from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import {
  CLEARANCE_DECISIONS,
  ClearanceInput,
  SEARCH_KINDS,
  type ChecklistItem,
  type ClearanceDecision,
  type ClearanceRecord,
  type LaunchChecklist
} from '../../../../shared/contract'
import type { MatterDetail } from '../../../../shared/model'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'

type SearchKind = (typeof SEARCH_KINDS)[number]

type ClearanceValues = {
  matterId: number
  versionId: number | null
  searched: { kind: SearchKind; countries: string[] }[]
  searchReportDocumentId: number | null
  opinionId: number | null
  decision: ClearanceDecision | null
  decisionDate: string
}

export function ClearanceSection({ detail }: { detail: MatterDetail }) {
  const matterId = detail.matter.id
  const record = useCall(keys.clearance(matterId), 'clearance.get', { matterId })
  if (record.error) return <QueryError query={record} />
  if (record.data === undefined) return <LoadingPanel />
  return <ClearanceForm key={record.dataUpdatedAt} detail={detail} record={record.data} />
}

function ClearanceForm({ detail, record }: { detail: MatterDetail; record: ClearanceRecord | null }) {
  const { t } = useTranslation()
  const matterId = detail.matter.id
  const form = useContractForm<ClearanceValues>(ClearanceInput, {
    matterId,
    // A new record starts from the version the matter is about, if it names one.
    versionId: record?.versionId ?? detail.products[0]?.versionId ?? null,
    searched: record?.searched ?? [],
    searchReportDocumentId: record?.searchReportDocumentId ?? null,
    opinionId: record?.opinionId ?? null,
    decision: record?.decision ?? null,
    decisionDate: record?.decisionDate ?? ''
  })
  const input = form.getInputProps
  const opinions = useCall(keys.opinions({ matterId }), 'opinions.list', { matterId })

  const submit = form.onSubmit(async (values) => {
    if (values.versionId === null) return
    const result = await change('clearance.set', { ...values, versionId: values.versionId })
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('clearance.saved'))
  })

  const searched = (kind: SearchKind) => form.values.searched.find((s) => s.kind === kind)
  const setSearched = (kind: SearchKind, next: string[] | null) =>
    form.setFieldValue(
      'searched',
      SEARCH_KINDS.flatMap((k) => {
        if (k === kind) return next ? [{ kind, countries: next }] : []
        const s = searched(k)
        return s ? [s] : []
      })
    )
  const idSelect = (field: 'searchReportDocumentId' | 'opinionId') => ({
    value: form.values[field] === null ? null : String(form.values[field]),
    onChange: (v: string | null) => form.setFieldValue(field, v ? Number(v) : null),
    error: input(field).error as string | undefined,
    clearable: true,
    placeholder: t('clearance.none')
  })

  return (
    <Paper withBorder p="md" data-testid="clearance">
      <Title order={5} mb="sm">
        {t('clearance.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <VersionPicker
              detail={detail}
              record={record}
              versionId={form.values.versionId}
              onChange={(id) => form.setFieldValue('versionId', id)}
              error={input('versionId').error as string | undefined}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('clearance.searched')}
              </Text>
              <Stack gap={6}>
                {SEARCH_KINDS.map((kind) => {
                  const current = searched(kind)
                  return (
                    <Group key={kind} wrap="nowrap" align="center" gap="sm">
                      <Checkbox
                        miw={130}
                        label={t(`clearance.searchKinds.${kind}`)}
                        checked={!!current}
                        onChange={(e) => setSearched(kind, e.currentTarget.checked ? [] : null)}
                      />
                      {current && (
                        <TagsInput
                          size="xs"
                          style={{ flex: 1 }}
                          aria-label={`${t(`clearance.searchKinds.${kind}`)} · ${t('clearance.countries')}`}
                          placeholder={t('clearance.countriesPlaceholder')}
                          value={current.countries}
                          onChange={(countries) =>
                            setSearched(
                              kind,
                              countries.map((c) => c.trim().toUpperCase())
                            )
                          }
                        />
                      )}
                    </Group>
                  )
                })}
              </Stack>
            </div>
            <Select
              label={t('clearance.searchReport')}
              data={detail.documents.map((d) => ({ value: String(d.id), label: d.originalName }))}
              {...idSelect('searchReportDocumentId')}
            />
            <Select
              label={t('clearance.opinion')}
              data={(opinions.data ?? []).map((o) => ({
                value: String(o.id),
                label: `${t(`opinions.types.${o.type}`)} · ${t(`opinions.conclusions.${o.conclusion}`)}${o.firm ? ` · ${o.firm}` : ''}`
              }))}
              {...idSelect('opinionId')}
            />
            <SimpleGrid cols={2} spacing="sm">
              <Select
                label={t('clearance.decision')}
                clearable
                placeholder={t('clearance.none')}
                data={CLEARANCE_DECISIONS.map((d) => ({ value: d, label: t(`clearance.decisions.${d}`) }))}
                value={form.values.decision}
                onChange={(v) => form.setFieldValue('decision', (v as ClearanceDecision | null) ?? null)}
                error={input('decision').error as string | undefined}
              />
              <DateField
                label={t('clearance.decisionDate')}
                value={form.values.decisionDate}
                onChange={(v) => form.setFieldValue('decisionDate', v)}
                error={input('decisionDate').error as string | undefined}
              />
            </SimpleGrid>
            <FormButtons form={form} onCancel={() => form.reset()} label={t('actions.save')} />
          </Stack>
        </form>
        <Checklist record={record} versionId={form.values.versionId} />
      </SimpleGrid>
    </Paper>
  )
}

/** A product from the catalogue (searched by name, SKU or ASIN), then one of its versions. */
function VersionPicker({
  detail,
  record,
  versionId,
  onChange,
  error
}: {
  detail: MatterDetail
  record: ClearanceRecord | null
  versionId: number | null
  onChange: (id: number | null) => void
  error: string | undefined
}) {
  const { t } = useTranslation()
  const known = detail.products.find((p) => p.versionId === versionId)
  const [search, setSearch] = useState(known?.name ?? record?.checklist.productName ?? '')
  // A saved record names its version's product, whether or not the matter links it.
  const [productId, setProductId] = useState<number | null>(known?.productId ?? record?.productId ?? null)
  const list = useCall(keys.catalogueList({ search, limit: 50 }), 'catalogue.list', { search, limit: 50 })
  const found = productId
  const product = useCall(
    keys.product(found ?? 0),
    'catalogue.get',
    { id: found ?? 0 },
    { enabled: found !== null }
  )

  return (
    <SimpleGrid cols={2} spacing="sm">
      <Select
        label={t('clearance.product')}
        placeholder={t('clearance.searchProduct')}
        searchable
        required
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        data={(list.data?.rows ?? []).map((r) => ({
          value: String(r.id),
          label: r.sku ? `${r.name} (${r.sku})` : r.name
        }))}
        value={found === null ? null : String(found)}
        onChange={(v) => {
          setProductId(v ? Number(v) : null)
          onChange(null)
        }}
        nothingFoundMessage={t('common.noMatches')}
      />
      <Select
        label={t('clearance.version')}
        required
        disabled={found === null}
        data={(product.data?.versions ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
        value={versionId === null ? null : String(versionId)}
        onChange={(v) => onChange(v ? Number(v) : null)}
        error={error}
      />
    </SimpleGrid>
  )
}

function Checklist({ record, versionId }: { record: ClearanceRecord | null; versionId: number | null }) {
  const { t } = useTranslation()
  const saved = record && record.versionId === versionId ? record.checklist : null
  const fetched = useCall(
    keys.checklist(versionId ?? 0),
    'clearance.checklist',
    { versionId: versionId ?? 0 },
    { enabled: versionId !== null && !saved }
  )
  const checklist: LaunchChecklist | undefined = saved ?? fetched.data
  if (versionId === null) return null
  if (!checklist) return <LoadingPanel />
  return (
    <Stack gap="xs" data-testid="launch-checklist">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('clearance.checklist')} · {checklist.productName} {checklist.versionName}
        </Text>
        <Badge color={checklist.ready ? 'teal' : 'orange'} radius="sm" variant="light">
          {checklist.ready ? t('clearance.ready') : t('clearance.notReady')}
        </Badge>
      </Group>
      <List spacing={6} size="sm" center>
        {checklist.items.map((item) => (
          <List.Item
            key={item.code}
            icon={
              <ThemeIcon size={18} radius="xl" color={item.done ? 'teal' : 'red'} variant="light">
                {item.done ? <IconCheck size={12} /> : <IconX size={12} />}
              </ThemeIcon>
            }
          >
            {t(`clearance.items.${item.code}`)}
            <ItemDetail item={item} t={t} />
          </List.Item>
        ))}
      </List>
    </Stack>
  )
}

function ItemDetail({ item, t }: { item: ChecklistItem; t: TFunction }) {
  const { i18n } = useTranslation()
  const p = item.params ?? {}
  const parts: string[] = []
  if (item.code === 'rights_searched' && p.kinds)
    parts.push(
      String(p.kinds)
        .split(', ')
        .map((k) => t(`clearance.searchKinds.${k}`))
        .join(i18n.language.startsWith('zh') ? '、' : ', '),
      String(p.countries ?? '')
    )
  if (typeof p.conclusion === 'string') parts.push(t(`opinions.conclusions.${p.conclusion}`))
  if (typeof p.delivered === 'string' && p.delivered) parts.push(formatDate(p.delivered, i18n.language))
  if (typeof p.decision === 'string') parts.push(t(`clearance.decisions.${p.decision}`))
  if (typeof p.date === 'string' && p.date) parts.push(formatDate(p.date, i18n.language))
  const text = parts.filter(Boolean).join(' · ')
  return text ? (
    <Text span size="xs" c="dimmed">
      {' '}
      — {text}
    </Text>
  ) : null
}
