// One month of sales typed in (units, revenue, currency, optionally the listing), saved with
// sales.set; the same month and listing typed again replaces the figure.
import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SalesSetInput, type CatalogueVersion } from '../../../../shared/contract'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { listingName } from './ListingsPanel'

type SalesRowValues = {
  month: string
  units: number | string
  revenue: number | string
  currency: string
  listingId: number | null
}
type SalesValues = { versionId: number; rows: SalesRowValues[] }

export function SalesMonthForm({ version, onDone }: { version: CatalogueVersion; onDone: () => void }) {
  const { t } = useTranslation()
  const lastCurrency = version.sales.at(-1)?.currency ?? version.listings.find((l) => l.currency)?.currency
  const form = useContractForm<SalesValues>(SalesSetInput, {
    versionId: version.id,
    rows: [{ month: '', units: '', revenue: '', currency: lastCurrency ?? '', listingId: null }]
  })
  const input = form.getInputProps
  const row = form.values.rows[0]!
  const submit = form.onSubmit(async (values) => {
    const rows = values.rows.map((r) => ({ ...r, units: Number(r.units), revenue: Number(r.revenue) }))
    const result = await change('sales.set', { versionId: values.versionId, rows })
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
    onDone()
  })
  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('catalogue.fields.month')}
          required
          placeholder="YYYY-MM"
          {...input('rows.0.month')}
        />
        <Select
          label={t('catalogue.fields.listing')}
          clearable
          placeholder={t('catalogue.allListings')}
          data={version.listings.map((l) => ({ value: String(l.id), label: listingName(l) }))}
          value={row.listingId === null ? null : String(row.listingId)}
          onChange={(v) => form.setFieldValue('rows.0.listingId', v ? Number(v) : null)}
        />
        <NumberInput
          label={t('catalogue.fields.units')}
          required
          allowDecimal={false}
          {...input('rows.0.units')}
        />
        <NumberInput
          label={t('catalogue.fields.revenue')}
          required
          decimalScale={2}
          thousandSeparator=","
          {...input('rows.0.revenue')}
        />
        <TextInput
          label={t('catalogue.fields.currency')}
          required
          placeholder="USD"
          maxLength={3}
          classNames={{ input: 'mono' }}
          {...input('rows.0.currency')}
        />
      </SimpleGrid>
      <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
    </form>
  )
}
