import { ActionIcon, Button, Group, Text, TextInput, Tooltip } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MarketplaceInput } from '../../components/fields'
import { FormSection } from '../../components/FormSection'
import { emptyProduct, type ProductRow } from './intakeDraft'
import classes from './Intake.module.css'
import { Proposed } from './Proposed'
import type { SectionProps } from './sectionProps'

export function ProductsSection({ draft, update, fieldError }: SectionProps) {
  const { t } = useTranslation()

  function setRow(index: number, patch: Partial<ProductRow>): void {
    update({ products: draft.products.map((row, i) => (i === index ? { ...row, ...patch } : row)) })
  }

  return (
    <FormSection
      id="intake-products"
      title={t('intake.sections.products')}
      description={t('intake.productsHint')}
    >
      {draft.products.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('intake.noProducts')}
        </Text>
      )}
      {draft.products.map((row, index) => (
        <Proposed
          key={row.key}
          field={`products.${row.key}`}
          label={t('intake.productRow', { n: index + 1 })}
        >
          <div
            className={classes.productRow}
            role="group"
            aria-label={t('intake.productRow', { n: index + 1 })}
          >
            <TextInput
              label={t('fields.productName')}
              aria-label={t('fields.productName')}
              required
              value={row.name}
              onChange={(e) => setRow(index, { name: e.currentTarget.value })}
              error={fieldError(`products.${index}.name`)}
            />
            <TextInput
              label={t('fields.sku')}
              value={row.sku}
              onChange={(e) => setRow(index, { sku: e.currentTarget.value })}
              error={fieldError(`products.${index}.sku`)}
              classNames={{ input: 'mono' }}
            />
            <TextInput
              label={t('fields.marketplaceItemId')}
              value={row.marketplaceItemId}
              onChange={(e) => setRow(index, { marketplaceItemId: e.currentTarget.value })}
              error={fieldError(`products.${index}.marketplaceItemId`)}
              classNames={{ input: 'mono' }}
            />
            <MarketplaceInput
              label={t('fields.marketplace')}
              value={row.marketplace}
              onChange={(marketplace) => setRow(index, { marketplace })}
              error={fieldError(`products.${index}.marketplace`)}
            />
            <TextInput
              label={t('fields.listingUrl')}
              placeholder="https://"
              value={row.listingUrl}
              onChange={(e) => setRow(index, { listingUrl: e.currentTarget.value })}
              error={fieldError(`products.${index}.listingUrl`)}
            />
            <Tooltip label={t('intake.removeProduct')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={t('intake.removeProduct')}
                onClick={() => update({ products: draft.products.filter((_, i) => i !== index) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </div>
        </Proposed>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => update({ products: [...draft.products, emptyProduct(draft.marketplace)] })}
        >
          {t('intake.addProduct')}
        </Button>
      </Group>
    </FormSection>
  )
}
