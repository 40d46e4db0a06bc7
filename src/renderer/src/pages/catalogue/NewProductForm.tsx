// A new product and its first version ("v1" unless named), validated by ProductCreateInput.
import { SimpleGrid, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ProductCreateInput } from '../../../../shared/contract'
import { DateField } from '../../components/DateField'
import { FormButtons } from '../../components/FormButtons'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { productHref } from './shared'

type NewProductValues = {
  name: string
  sku: string
  brand: string
  category: string
  launchDate: string
  firstVersion: { name: string; launchDate: string }
}

export function NewProductForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useContractForm<NewProductValues>(ProductCreateInput, {
    name: '',
    sku: '',
    brand: '',
    category: '',
    launchDate: '',
    firstVersion: { name: 'v1', launchDate: '' }
  })
  const input = form.getInputProps
  const error = (path: string) => input(path).error as string | undefined
  const submit = form.onSubmit(async (values) => {
    const result = await change('catalogue.create', {
      ...values,
      firstVersion: { ...values.firstVersion, name: values.firstVersion.name.trim() || 'v1' }
    })
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('catalogue.created'))
    onDone()
    void navigate(productHref(result.value.id).slice(1))
  })
  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t('catalogue.fields.name')}
          required
          style={{ gridColumn: '1 / -1' }}
          {...input('name')}
        />
        <TextInput label={t('catalogue.fields.sku')} classNames={{ input: 'mono' }} {...input('sku')} />
        <TextInput label={t('catalogue.fields.brand')} {...input('brand')} />
        <TextInput label={t('catalogue.fields.category')} {...input('category')} />
        <DateField
          label={t('catalogue.fields.productLaunch')}
          value={form.values.launchDate}
          onChange={(v) => form.setFieldValue('launchDate', v)}
          error={error('launchDate')}
        />
      </SimpleGrid>
      <Text fw={600} size="sm" mt="md" mb={4}>
        {t('catalogue.firstVersion')}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t('catalogue.fields.versionName')} {...input('firstVersion.name')} />
        <DateField
          label={t('catalogue.fields.versionLaunch')}
          value={form.values.firstVersion.launchDate}
          onChange={(v) => form.setFieldValue('firstVersion.launchDate', v)}
          error={error('firstVersion.launchDate')}
        />
      </SimpleGrid>
      <FormButtons form={form} onCancel={onDone} label={t('catalogue.create')} />
    </form>
  )
}
