// The listing dialog (marketplace, country, ASIN, URL, store, currency and, for a new listing,
// its first status) and the status dialog (live, removed, suspended, reinstated on a date).
import { Autocomplete, Select, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  LISTING_MARKETPLACES,
  LISTING_STATUSES,
  ListingInput,
  ListingSetStatusInput,
  ListingUpdateInput,
  type CatalogueListing,
  type ListingStatusCode
} from '../../../../shared/contract'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'
import { useToday } from '../../lib/today'

type ListingValues = {
  versionId: number
  marketplace: string
  country: string
  itemId: string
  url: string
  store: string
  currency: string
  initialStatus: { status: ListingStatusCode; date: string; reason: string }
}

/** A new listing's first status is optional: with no date, the listing starts with no history. */
function newListingInput(v: ListingValues) {
  const { initialStatus, ...fields } = v
  return initialStatus.date.trim() ? { ...fields, initialStatus } : fields
}
const NewListingSchema = z.preprocess((v) => newListingInput(v as ListingValues), ListingInput)

export function ListingForm({
  versionId,
  listing,
  onDone
}: {
  versionId: number
  listing: CatalogueListing | null
  onDone: () => void
}) {
  const { t } = useTranslation()
  const form = useContractForm<ListingValues>(listing ? ListingUpdateInput : NewListingSchema, {
    versionId,
    marketplace: listing?.marketplace ?? '',
    country: listing?.country ?? '',
    itemId: listing?.itemId ?? '',
    url: listing?.url ?? '',
    store: listing?.store ?? '',
    currency: listing?.currency ?? '',
    initialStatus: { status: 'live', date: '', reason: '' }
  })
  const input = form.getInputProps
  const error = (path: string) => input(path).error as string | undefined
  // Our own stores, as Settings lists them, are offered; any other name may be typed.
  const settings = useCall(keys.settings, 'settings.get', {})
  const stores = [...new Set((settings.data?.ownStores ?? []).map((s) => s.name))]
  const submit = form.onSubmit(async (values) => {
    const { initialStatus: _ignored, versionId: _v, ...fields } = values
    const result = listing
      ? await change('listings.update', { ...fields, id: listing.id })
      : await change('listings.add', newListingInput(values))
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
    onDone()
  })
  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="sm">
        <Autocomplete
          label={t('catalogue.fields.marketplace')}
          required
          data={[...LISTING_MARKETPLACES]}
          autoComplete="off"
          {...input('marketplace')}
        />
        <TextInput label={t('catalogue.fields.country')} placeholder="US" {...input('country')} />
        <TextInput label={t('catalogue.fields.itemId')} classNames={{ input: 'mono' }} {...input('itemId')} />
        <Autocomplete
          label={t('catalogue.fields.store')}
          data={stores}
          autoComplete="off"
          {...input('store')}
        />
        <TextInput label={t('catalogue.fields.url')} placeholder="https://" {...input('url')} />
        <TextInput
          label={t('catalogue.fields.currency')}
          placeholder="USD"
          maxLength={3}
          classNames={{ input: 'mono' }}
          {...input('currency')}
        />
      </SimpleGrid>
      {!listing && (
        <>
          <Text fw={600} size="sm" mt="md">
            {t('catalogue.firstStatus')}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('catalogue.firstStatusHint')}
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <Select
              label={t('catalogue.fields.firstStatus')}
              allowDeselect={false}
              data={LISTING_STATUSES.map((s) => ({ value: s, label: t(`catalogue.listingStatuses.${s}`) }))}
              {...input('initialStatus.status')}
            />
            <DateField
              label={t('catalogue.fields.since')}
              value={form.values.initialStatus.date}
              onChange={(v) => form.setFieldValue('initialStatus.date', v)}
              error={error('initialStatus.date')}
            />
          </SimpleGrid>
        </>
      )}
      <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
    </form>
  )
}

type StatusValues = { listingId: number; status: ListingStatusCode; date: string; reason: string }

export function StatusForm({ listing, onDone }: { listing: CatalogueListing; onDone: () => void }) {
  const { t } = useTranslation()
  const today = useToday()
  const form = useContractForm<StatusValues>(ListingSetStatusInput, {
    listingId: listing.id,
    status: listing.status === 'live' || listing.status === 'reinstated' ? 'removed' : 'live',
    date: today,
    reason: ''
  })
  const input = form.getInputProps
  const submit = form.onSubmit(async (values) => {
    const result = await change('listings.setStatus', values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
    onDone()
  })
  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('catalogue.fields.newStatus')}
          required
          allowDeselect={false}
          data={LISTING_STATUSES.map((s) => ({ value: s, label: t(`catalogue.listingStatuses.${s}`) }))}
          {...input('status')}
        />
        <DateField
          label={t('catalogue.fields.statusDate')}
          required
          value={form.values.date}
          onChange={(v) => form.setFieldValue('date', v)}
          error={input('date').error as string | undefined}
        />
        <TextInput
          label={t('catalogue.fields.reason')}
          placeholder={t('catalogue.reasonPlaceholder')}
          style={{ gridColumn: '1 / -1' }}
          {...input('reason')}
        />
      </SimpleGrid>
      <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
    </form>
  )
}
