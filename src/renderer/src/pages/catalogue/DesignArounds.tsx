// Design-arounds of a product: which version replaced which, what changed, which rights and
// claims it avoids, the opinion that clears it, when the new version went live and when the
// old stock sold out, its drawings and test reports; and the form to record or edit one between
// two of the product's versions. Drawings go through the upload path every file takes and are
// kept with the documents of a matter accusing the product.
import { useRef, useState } from 'react'
import { useQueries } from '@tanstack/react-query'
import {
  ActionIcon,
  Anchor,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title,
  Tooltip
} from '@mantine/core'
import { IconArrowRight, IconEdit, IconPlus, IconUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  DesignAroundInput,
  type CallError,
  type DesignAroundRecord,
  type ProductPage,
  type RegistryRight
} from '../../../../shared/contract'
import { query, uploadFile } from '../../api'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { formatDate } from '../../lib/dates'
import { callErrorText, errorText } from '../../lib/errors'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change, keys } from '../../lib/queries'
import classes from './Catalogue.module.css'
import { ConfirmRemove, Dimmed } from './shared'

/** The rights asserted against the product, once each, with every claim some matter asserts. */
function assertedRights(page: ProductPage): { right: RegistryRight; claims: string[] }[] {
  const byId = new Map<number, { right: RegistryRight; claims: Set<string> }>()
  for (const a of page.rights) {
    const entry = byId.get(a.right.id) ?? { right: a.right, claims: new Set<string>() }
    a.claims.forEach((c) => entry.claims.add(c))
    byId.set(a.right.id, entry)
  }
  return [...byId.values()].map((e) => ({ right: e.right, claims: [...e.claims] }))
}

export function DesignAroundsSection({ page }: { page: ProductPage }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  return (
    <Stack gap="xs" component="section" aria-label={t('catalogue.designArounds')}>
      <Group justify="space-between">
        <Title order={4}>{t('catalogue.designArounds')}</Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={page.versions.length < 2}
          title={page.versions.length < 2 ? t('catalogue.designAroundNeedsTwo') : undefined}
          onClick={() => setAdding(true)}
        >
          {t('catalogue.addDesignAround')}
        </Button>
      </Group>
      {page.designArounds.length === 0 ? (
        <Paper withBorder p="md">
          <Text size="sm" c="dimmed">
            {page.versions.length < 2 ? t('catalogue.designAroundNeedsTwo') : t('catalogue.noDesignArounds')}
          </Text>
        </Paper>
      ) : (
        page.designArounds.map((d) => <DesignAroundCard key={d.id} record={d} page={page} />)
      )}
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('catalogue.addDesignAround')}
        size="lg"
      >
        <DesignAroundForm page={page} record={null} onDone={() => setAdding(false)} />
      </Modal>
    </Stack>
  )
}

/** Documents read by id, in the order given. */
function useDocuments(ids: number[]) {
  return useQueries({
    queries: ids.map((id) => ({ queryKey: keys.document(id), queryFn: () => query('documents.get', { id }) }))
  })
}

/** The names of documents, read by id, each linking to the viewer. */
function DocumentLinks({ ids }: { ids: number[] }) {
  const { t } = useTranslation()
  const docs = useDocuments(ids)
  if (ids.length === 0) return <Dimmed value={null} />
  return (
    <Stack gap={0}>
      {ids.map((id, i) => (
        <Anchor key={id} size="sm" href={`#/documents/${id}`} style={{ overflowWrap: 'anywhere' }}>
          {docs[i]?.data?.originalName ?? t('common.loading')}
        </Anchor>
      ))}
    </Stack>
  )
}

function DesignAroundCard({ record, page }: { record: DesignAroundRecord; page: ProductPage }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [editing, setEditing] = useState(false)
  const opinion = page.opinions.find((o) => o.id === record.clearingOpinionId)
  async function remove(): Promise<void> {
    const result = await change('designArounds.remove', { id: record.id })
    if (!result.ok) return notifyFailed(t, result.error, t('catalogue.notRemoved'))
    notifySaved(t('common.removed'))
  }
  const row = (label: string, value: string | null) => (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        <Dimmed value={value} />
      </Text>
    </>
  )
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={`${record.fromVersion.versionName} → ${record.toVersion.versionName}`}
    >
      <Group justify="space-between" wrap="nowrap" mb={4}>
        <Group gap={6}>
          <Text fw={600} size="sm">
            {record.fromVersion.versionName}
          </Text>
          <IconArrowRight size={14} />
          <Text fw={600} size="sm">
            {record.toVersion.versionName}
          </Text>
        </Group>
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('catalogue.editDesignAround')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('catalogue.editDesignAround')}
              onClick={() => setEditing(true)}
            >
              <IconEdit size={16} />
            </ActionIcon>
          </Tooltip>
          <ConfirmRemove
            label={t('catalogue.removeDesignAround')}
            confirm={t('catalogue.removeDesignAroundConfirm')}
            onConfirm={() => void remove()}
          />
        </Group>
      </Group>
      <div className={classes.facts}>
        {row(t('catalogue.fields.whatChanged'), record.changes)}
        {row(
          t('catalogue.fields.avoids'),
          record.avoids
            .map((a) =>
              a.claims.length
                ? t('catalogue.rightClaims', { number: a.number, claims: a.claims.join(', ') })
                : a.number
            )
            .join('; ') || null
        )}
        {row(
          t('catalogue.fields.clearingOpinion'),
          opinion
            ? [
                t(`catalogue.opinionTypes.${opinion.type}`),
                opinion.firm,
                opinion.deliveredDate && formatDate(opinion.deliveredDate, lang)
              ]
                .filter(Boolean)
                .join(' · ')
            : null
        )}
        {row(
          t('catalogue.fields.newVersionLive'),
          record.newVersionLiveDate && formatDate(record.newVersionLiveDate, lang)
        )}
        {row(
          t('catalogue.fields.oldStockSoldOut'),
          record.oldStockSoldOutDate && formatDate(record.oldStockSoldOutDate, lang)
        )}
        <Text size="sm" c="dimmed">
          {t('catalogue.documents')}
        </Text>
        <DocumentLinks ids={record.documentIds} />
      </div>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('catalogue.editDesignAround')}
        size="lg"
      >
        {editing && <DesignAroundForm page={page} record={record} onDone={() => setEditing(false)} />}
      </Modal>
    </Paper>
  )
}

type DesignAroundValues = {
  fromVersionId: number | null
  toVersionId: number | null
  changes: string
  avoids: { rightId: number; claims: string[] }[]
  clearingOpinionId: number | null
  newVersionLiveDate: string
  oldStockSoldOutDate: string
  documentIds: number[]
}

function initialValues(page: ProductPage, record: DesignAroundRecord | null): DesignAroundValues {
  return {
    fromVersionId: record?.fromVersion.id ?? page.versions.at(-2)?.id ?? null,
    toVersionId: record?.toVersion.id ?? page.versions.at(-1)?.id ?? null,
    changes: record?.changes ?? '',
    avoids: record?.avoids.map((a) => ({ rightId: a.rightId, claims: a.claims })) ?? [],
    clearingOpinionId: record?.clearingOpinionId ?? null,
    newVersionLiveDate: record?.newVersionLiveDate ?? '',
    oldStockSoldOutDate: record?.oldStockSoldOutDate ?? '',
    documentIds: record?.documentIds ?? []
  }
}

/**
 * Drawings and test reports: uploaded like every file, attached to one of the matters accusing
 * the product (documents belong to a matter), and listed on the design-around by id.
 */
function DesignAroundDocuments({
  page,
  ids,
  onChange
}: {
  page: ProductPage
  ids: number[]
  onChange: (ids: number[]) => void
}) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const matters = [...new Map(page.matters.map((m) => [m.matterId, m])).values()]
  const [matterId, setMatterId] = useState<number | null>(matters[0]?.matterId ?? null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const docs = useDocuments(ids)

  async function upload(files: File[]): Promise<void> {
    if (matterId === null || files.length === 0) return
    setBusy(true)
    const messages: string[] = []
    const stored: { sha256: string; originalName: string }[] = []
    for (const file of files) {
      const result = await uploadFile(file)
      if (result.ok) stored.push({ sha256: result.value.sha256, originalName: result.value.originalName })
      else messages.push(`${file.name}: ${callErrorText(t, result.error as CallError)}`)
    }
    const added: number[] = []
    if (stored.length) {
      const attached = await change('documents.attach', {
        matterId,
        files: stored,
        kind: 'design_around_drawing'
      })
      if (attached.ok) {
        added.push(...attached.value.documents.map((d) => d.id))
        for (const p of attached.value.problems) {
          // Bytes the matter already holds are the same document: use it.
          if (p.code === 'already_attached' && typeof p.params?.documentId === 'number')
            added.push(p.params.documentId)
          else messages.push(`${p.name}: ${errorText(t, p.code, p.params)}`)
        }
      } else messages.push(callErrorText(t, attached.error))
    }
    setBusy(false)
    setErrors(messages)
    if (input.current) input.current.value = ''
    onChange([...new Set([...ids, ...added])])
  }

  return (
    <Stack gap={6} mt="md">
      <Text fw={600} size="sm">
        {t('catalogue.documents')}
      </Text>
      {ids.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('catalogue.noDocuments')}
        </Text>
      )}
      {ids.map((id, i) => {
        const name = docs[i]?.data?.originalName ?? `#${id}`
        return (
          <Group key={id} gap="xs" wrap="nowrap" justify="space-between">
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <CloseButton
              size="sm"
              aria-label={t('catalogue.removeDocument', { name })}
              onClick={() => onChange(ids.filter((d) => d !== id))}
            />
          </Group>
        )
      })}
      {matters.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalogue.documentsNeedMatter')}
        </Text>
      ) : (
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Select
            label={t('catalogue.documentsMatter')}
            allowDeselect={false}
            style={{ flex: 1 }}
            data={matters.map((m) => ({ value: String(m.matterId), label: `${m.reference} · ${m.title}` }))}
            value={matterId === null ? null : String(matterId)}
            onChange={(v) => setMatterId(v ? Number(v) : null)}
          />
          <Button
            variant="light"
            leftSection={<IconUpload size={14} />}
            loading={busy}
            onClick={() => input.current?.click()}
          >
            {t('catalogue.addDocuments')}
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            aria-label={t('catalogue.addDocuments')}
            accept="application/pdf,image/*"
            onChange={(e) => void upload([...(e.currentTarget.files ?? [])])}
          />
        </Group>
      )}
      {errors.map((m) => (
        <Text key={m} size="xs" c="red" role="alert">
          {m}
        </Text>
      ))}
    </Stack>
  )
}

function DesignAroundForm({
  page,
  record,
  onDone
}: {
  page: ProductPage
  /** null: a new design-around. */
  record: DesignAroundRecord | null
  onDone: () => void
}) {
  const { t } = useTranslation()
  const versions = page.versions
  const rights = assertedRights(page)
  const form = useContractForm<DesignAroundValues>(DesignAroundInput, initialValues(page, record))
  const input = form.getInputProps
  const error = (path: string) => input(path).error as string | undefined
  const versionOptions = versions.map((v) => ({ value: String(v.id), label: v.name }))
  const numberOrNull = (v: string | null) => (v ? Number(v) : null)

  function toggleRight(rightId: number, claims: string[], on: boolean): void {
    const rest = form.values.avoids.filter((a) => a.rightId !== rightId)
    form.setFieldValue('avoids', on ? [...rest, { rightId, claims }] : rest)
  }
  function setClaims(rightId: number, claims: string[]): void {
    form.setFieldValue(
      'avoids',
      form.values.avoids.map((a) => (a.rightId === rightId ? { ...a, claims } : a))
    )
  }

  const submit = form.onSubmit(async (values) => {
    if (values.fromVersionId === null || values.toVersionId === null) return
    const fields = { ...values, fromVersionId: values.fromVersionId, toVersionId: values.toVersionId }
    const result = record
      ? await change('designArounds.update', { ...fields, id: record.id })
      : await change('designArounds.create', fields)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
    onDone()
  })

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('catalogue.fields.fromVersion')}
          required
          allowDeselect={false}
          data={versionOptions}
          value={form.values.fromVersionId === null ? null : String(form.values.fromVersionId)}
          onChange={(v) => form.setFieldValue('fromVersionId', numberOrNull(v))}
          error={error('fromVersionId')}
        />
        <Select
          label={t('catalogue.fields.toVersion')}
          required
          allowDeselect={false}
          data={versionOptions}
          value={form.values.toVersionId === null ? null : String(form.values.toVersionId)}
          onChange={(v) => form.setFieldValue('toVersionId', numberOrNull(v))}
          error={error('toVersionId')}
        />
        <Textarea
          label={t('catalogue.fields.whatChanged')}
          required
          autosize
          minRows={2}
          maxRows={8}
          style={{ gridColumn: '1 / -1' }}
          {...input('changes')}
        />
      </SimpleGrid>
      <Text fw={600} size="sm" mt="md">
        {t('catalogue.fields.avoids')}
      </Text>
      {rights.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalogue.noRightsToAvoid')}
        </Text>
      ) : (
        <Stack gap="xs" mt={4}>
          {rights.map(({ right, claims }) => {
            const chosen = form.values.avoids.find((a) => a.rightId === right.id)
            return (
              <Group key={right.id} align="flex-start" wrap="nowrap" gap="sm">
                <Checkbox
                  mt={6}
                  label={<span className="mono">{right.number}</span>}
                  checked={Boolean(chosen)}
                  onChange={(e) => toggleRight(right.id, claims, e.currentTarget.checked)}
                  style={{ minWidth: 200 }}
                />
                {chosen && (
                  <TagsInput
                    aria-label={t('catalogue.claimsAvoided', { number: right.number })}
                    placeholder={chosen.claims.length ? undefined : t('registry.wholeRight')}
                    data={claims}
                    value={chosen.claims}
                    onChange={(v) => setClaims(right.id, v)}
                    style={{ flex: 1 }}
                    size="xs"
                  />
                )}
              </Group>
            )
          })}
        </Stack>
      )}
      <SimpleGrid cols={2} spacing="sm" mt="md">
        <Select
          label={t('catalogue.fields.clearingOpinion')}
          clearable
          style={{ gridColumn: '1 / -1' }}
          data={page.opinions.map((o) => ({
            value: String(o.id),
            label: [t(`catalogue.opinionTypes.${o.type}`), o.firm, o.matterReference]
              .filter(Boolean)
              .join(' · ')
          }))}
          value={form.values.clearingOpinionId === null ? null : String(form.values.clearingOpinionId)}
          onChange={(v) => form.setFieldValue('clearingOpinionId', numberOrNull(v))}
          error={error('clearingOpinionId')}
          nothingFoundMessage={t('common.noMatches')}
        />
        <DateField
          label={t('catalogue.fields.newVersionLive')}
          value={form.values.newVersionLiveDate}
          onChange={(v) => form.setFieldValue('newVersionLiveDate', v)}
          error={error('newVersionLiveDate')}
        />
        <DateField
          label={t('catalogue.fields.oldStockSoldOut')}
          value={form.values.oldStockSoldOutDate}
          onChange={(v) => form.setFieldValue('oldStockSoldOutDate', v)}
          error={error('oldStockSoldOutDate')}
        />
      </SimpleGrid>
      <DesignAroundDocuments
        page={page}
        ids={form.values.documentIds}
        onChange={(ids) => form.setFieldValue('documentIds', ids)}
      />
      <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
    </form>
  )
}
