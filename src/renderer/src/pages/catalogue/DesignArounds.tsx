// Design-arounds of a product: which version replaced which, what changed, which rights and
// claims it avoids, the opinion that clears it, when the new version went live and when the
// old stock sold out; and the form to record one between two of the product's versions.
import { useState } from 'react'
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  Title
} from '@mantine/core'
import { IconArrowRight, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  DesignAroundInput,
  type DesignAroundRecord,
  type ProductPage,
  type RegistryRight
} from '../../../../shared/contract'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { formatDate } from '../../lib/dates'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
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
        <DesignAroundForm page={page} onDone={() => setAdding(false)} />
      </Modal>
    </Stack>
  )
}

function DesignAroundCard({ record, page }: { record: DesignAroundRecord; page: ProductPage }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
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
        <ConfirmRemove
          label={t('catalogue.removeDesignAround')}
          confirm={t('catalogue.removeDesignAroundConfirm')}
          onConfirm={() => void remove()}
        />
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
      </div>
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

function DesignAroundForm({ page, onDone }: { page: ProductPage; onDone: () => void }) {
  const { t } = useTranslation()
  const versions = page.versions
  const rights = assertedRights(page)
  const form = useContractForm<DesignAroundValues>(DesignAroundInput, {
    fromVersionId: versions.at(-2)?.id ?? null,
    toVersionId: versions.at(-1)?.id ?? null,
    changes: '',
    avoids: [],
    clearingOpinionId: null,
    newVersionLiveDate: '',
    oldStockSoldOutDate: '',
    documentIds: []
  })
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
    const result = await change('designArounds.create', {
      ...values,
      fromVersionId: values.fromVersionId,
      toVersionId: values.toVersionId
    })
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
      <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
    </form>
  )
}
