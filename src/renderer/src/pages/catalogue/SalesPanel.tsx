// A version's monthly sales (units, revenue, currency, listing), and the CSV import: it first
// reads the file and lists every bad line with its error; good rows are saved only on confirm.
import { useState } from 'react'
import { Alert, Button, FileButton, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core'
import { IconAlertTriangle, IconFileImport, IconPlus, IconUpload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CatalogueVersion, SalesImportResult } from '../../../../shared/contract'
import { errorText } from '../../lib/errors'
import { formatNumber } from '../../lib/format'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { SalesMonthForm } from './SalesMonthForm'
import { Dimmed, formatMoney, formatMonth } from './shared'

export function SalesPanel({ version }: { version: CatalogueVersion }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [importing, setImporting] = useState(false)
  const [typing, setTyping] = useState(false)
  const itemOf = new Map(version.listings.map((l) => [l.id, l.itemId ?? l.marketplace]))
  const rows = [...version.sales].sort((a, b) => a.month.localeCompare(b.month))
  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('catalogue.noSales')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={4} aria-label={t('catalogue.salesTable')} maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('catalogue.fields.month')}</Table.Th>
              <Table.Th ta="right">{t('catalogue.fields.units')}</Table.Th>
              <Table.Th ta="right">{t('catalogue.fields.revenue')}</Table.Th>
              <Table.Th>{t('catalogue.fields.listing')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatMonth(s.month, lang)}</Table.Td>
                <Table.Td ta="right">{formatNumber(s.units, lang)}</Table.Td>
                <Table.Td ta="right">{formatMoney(s.revenue, s.currency, lang)}</Table.Td>
                <Table.Td className="mono">
                  <Dimmed value={s.listingId !== null ? (itemOf.get(s.listingId) ?? null) : null} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setTyping(true)}
        >
          {t('catalogue.addSalesMonth')}
        </Button>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconFileImport size={14} />}
          onClick={() => setImporting(true)}
        >
          {t('catalogue.importSales')}
        </Button>
      </Group>
      <Modal opened={typing} onClose={() => setTyping(false)} title={t('catalogue.addSalesMonth')} size="lg">
        <SalesMonthForm version={version} onDone={() => setTyping(false)} />
      </Modal>
      <Modal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('catalogue.importSalesOf', { name: version.name })}
        size="lg"
      >
        <SalesImport versionId={version.id} onDone={() => setImporting(false)} />
      </Modal>
    </Stack>
  )
}

function SalesImport({ versionId, onDone }: { versionId: number; onDone: () => void }) {
  const { t, i18n } = useTranslation()
  const [csv, setCsv] = useState('')
  const [preview, setPreview] = useState<SalesImportResult | null>(null)
  const [busy, setBusy] = useState(false)
  const n = (v: number) => formatNumber(v, i18n.language)

  async function run(confirm: boolean): Promise<void> {
    setBusy(true)
    const result = await change('sales.importCsv', { versionId, csv, confirm })
    setBusy(false)
    if (!result.ok) return notifyFailed(t, result.error)
    if (!confirm) return setPreview(result.value)
    notifySaved(
      t('catalogue.salesSaved', { count: result.value.saved, formattedCount: n(result.value.saved) })
    )
    onDone()
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('catalogue.csvHint')}
      </Text>
      <Group>
        <FileButton
          accept=".csv,text/csv,text/plain"
          onChange={(file) => {
            if (!file) return
            void file.text().then((text) => {
              setCsv(text)
              setPreview(null)
            })
          }}
        >
          {(props) => (
            <Button size="xs" variant="default" leftSection={<IconUpload size={14} />} {...props}>
              {t('catalogue.chooseCsv')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Textarea
        label={t('catalogue.csvText')}
        autosize
        minRows={5}
        maxRows={14}
        classNames={{ input: 'mono' }}
        placeholder={'month,units,revenue,currency,asin\n2026-09,120,3588.00,USD,B0C1234567'}
        value={csv}
        onChange={(e) => {
          setCsv(e.currentTarget.value)
          setPreview(null)
        }}
      />
      {preview && (
        <Stack gap="xs" aria-label={t('catalogue.csvPreview')} role="region">
          <Text size="sm" fw={600} data-testid="csv-good">
            {t('catalogue.csvGood', { count: preview.good, formattedCount: n(preview.good) })}
          </Text>
          {preview.errors.length > 0 && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} p="xs">
              <Text size="sm" mb={4}>
                {t('catalogue.csvBad', {
                  count: preview.errors.length,
                  formattedCount: n(preview.errors.length)
                })}
              </Text>
              <Table fz="sm" verticalSpacing={2} aria-label={t('catalogue.csvErrors')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{t('catalogue.csvLine')}</Table.Th>
                    <Table.Th w={110}>{t('catalogue.csvField')}</Table.Th>
                    <Table.Th>{t('catalogue.csvProblem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.errors.map((e, i) => (
                    <Table.Tr key={`${e.line}-${e.field}-${i}`}>
                      <Table.Td>{n(e.line)}</Table.Td>
                      <Table.Td>{t(`catalogue.csvFields.${e.field}`, { defaultValue: e.field })}</Table.Td>
                      <Table.Td>{errorText(t, e.code)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Alert>
          )}
        </Stack>
      )}
      <Group justify="flex-end" gap="xs" mt="xs">
        <Button variant="default" onClick={onDone} disabled={busy}>
          {t('actions.cancel')}
        </Button>
        {preview && preview.good > 0 ? (
          <Button loading={busy} onClick={() => void run(true)}>
            {t('catalogue.saveGoodRows', { count: preview.good, formattedCount: n(preview.good) })}
          </Button>
        ) : (
          <Button loading={busy} disabled={!csv.trim()} onClick={() => void run(false)}>
            {t('catalogue.checkCsv')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
