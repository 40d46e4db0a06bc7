// Add or edit a version: name, launch, end of sale and what changed (VersionInput's date rule).
import { SimpleGrid, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { VersionInput, VersionUpdateInput, type CatalogueVersion } from '../../../../shared/contract'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'

type VersionValues = {
  productId: number
  id: number
  name: string
  launchDate: string
  endOfSaleDate: string
  changes: string
}

export function VersionForm({
  productId,
  version,
  onDone
}: {
  productId: number
  version: CatalogueVersion | null
  onDone: () => void
}) {
  const { t } = useTranslation()
  const form = useContractForm<VersionValues>(version ? VersionUpdateInput : VersionInput, {
    productId,
    id: version?.id ?? 0,
    name: version?.name ?? '',
    launchDate: version?.launchDate ?? '',
    endOfSaleDate: version?.endOfSaleDate ?? '',
    changes: version?.changes ?? ''
  })
  const input = form.getInputProps
  const error = (path: keyof VersionValues) => input(path).error as string | undefined
  const submit = form.onSubmit(async ({ id, productId: pid, ...fields }) => {
    const result = version
      ? await change('versions.update', { ...fields, id })
      : await change('versions.add', { ...fields, productId: pid })
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
    onDone()
  })
  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('catalogue.fields.versionName')}
          required
          style={{ gridColumn: '1 / -1' }}
          {...input('name')}
        />
        <DateField
          label={t('catalogue.fields.versionLaunch')}
          value={form.values.launchDate}
          onChange={(v) => form.setFieldValue('launchDate', v)}
          error={error('launchDate')}
        />
        <DateField
          label={t('catalogue.fields.endOfSale')}
          value={form.values.endOfSaleDate}
          onChange={(v) => form.setFieldValue('endOfSaleDate', v)}
          error={error('endOfSaleDate')}
        />
        <Textarea
          label={t('catalogue.fields.changes')}
          autosize
          minRows={2}
          maxRows={8}
          style={{ gridColumn: '1 / -1' }}
          {...input('changes')}
        />
      </SimpleGrid>
      <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
    </form>
  )
}
