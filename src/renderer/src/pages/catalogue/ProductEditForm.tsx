// The product's own fields, saved with catalogue.update; every linked matter follows the new SKU.
import { Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ProductUpdateInput, type Product } from '../../../../shared/contract'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'

type ProductValues = {
  id: number
  name: string
  sku: string
  brand: string
  category: string
  launchDate: string
  notes: string
}

export function ProductEditForm({ product, onDone }: { product: Product; onDone: () => void }) {
  const { t } = useTranslation()
  const form = useContractForm<ProductValues>(ProductUpdateInput, {
    id: product.id,
    name: product.name,
    sku: product.sku ?? '',
    brand: product.brand ?? '',
    category: product.category ?? '',
    launchDate: product.launchDate ?? '',
    notes: product.notes ?? ''
  })
  const input = form.getInputProps
  const submit = form.onSubmit(async (values) => {
    const result = await change('catalogue.update', values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('common.saved'))
    onDone()
  })
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('catalogue.editProduct')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('catalogue.fields.name')} required {...input('name')} />
          <TextInput label={t('catalogue.fields.sku')} classNames={{ input: 'mono' }} {...input('sku')} />
          <TextInput label={t('catalogue.fields.brand')} {...input('brand')} />
          <TextInput label={t('catalogue.fields.category')} {...input('category')} />
          <DateField
            label={t('catalogue.fields.productLaunch')}
            value={form.values.launchDate}
            onChange={(v) => form.setFieldValue('launchDate', v)}
            error={input('launchDate').error as string | undefined}
          />
        </SimpleGrid>
        <Textarea label={t('catalogue.fields.notes')} autosize minRows={2} maxRows={10} {...input('notes')} />
        <FormButtons form={form} onCancel={onDone} label={t('actions.save')} />
      </Stack>
    </Paper>
  )
}
