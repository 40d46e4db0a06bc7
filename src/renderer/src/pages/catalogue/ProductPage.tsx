// The product page: the product's fields, its versions (each with listings, their status
// history, monthly sales and the launch checklist), and every matter, right asserted, opinion
// and design-around that touches it.
import { useState } from 'react'
import { Anchor, Button, Group, Modal, Stack, Text, Title } from '@mantine/core'
import { IconEdit, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import pageClasses from '../../components/Page.module.css'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { formatDate } from '../../lib/dates'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change, keys, useCall } from '../../lib/queries'
import { NotFoundPage } from '../NotFoundPage'
import { DesignAroundsSection } from './DesignArounds'
import { ProductEditForm } from './ProductEditForm'
import { ProductImage } from './ProductImage'
import { MattersSection, OpinionsSection, RightsSection } from './ProductRelations'
import { ConfirmRemove } from './shared'
import { VersionCard } from './VersionCard'
import { VersionForm } from './VersionForm'

export function ProductRoute() {
  const raw = useParams().id
  if (!raw || !/^\d+$/.test(raw)) return <NotFoundPage />
  const id = Number(raw)
  return <ProductPage key={id} id={id} />
}

function ProductPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const page = useCall(keys.product(id), 'catalogue.get', { id })
  const [editing, setEditing] = useState(false)
  const [addingVersion, setAddingVersion] = useState(false)
  if (page.error) return <QueryError query={page} />
  if (!page.data) return <LoadingPanel />
  const { product, versions } = page.data
  const facts = [
    product.sku && `${t('catalogue.fields.sku')} ${product.sku}`,
    product.brand,
    product.category,
    product.launchDate && t('catalogue.launchedOn', { date: formatDate(product.launchDate, i18n.language) })
  ].filter(Boolean)

  async function remove(): Promise<void> {
    const result = await change('catalogue.remove', { id })
    if (!result.ok) return notifyFailed(t, result.error, t('catalogue.notRemoved'))
    notifySaved(t('common.removed'))
    void navigate('/catalogue')
  }

  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <ProductImage product={product} />
            <div style={{ minWidth: 0, flex: 1 }}>
              <Anchor href="#/catalogue" size="xs">
                {t('catalogue.allProducts')}
              </Anchor>
              <Title order={3} style={{ overflowWrap: 'anywhere' }}>
                {product.name}
              </Title>
              {facts.length > 0 && (
                <Text size="sm" c="dimmed">
                  {facts.join(' · ')}
                </Text>
              )}
              {product.notes && (
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {product.notes}
                </Text>
              )}
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconEdit size={14} />}
                onClick={() => setEditing((e) => !e)}
              >
                {t('catalogue.editProduct')}
              </Button>
              <ConfirmRemove
                label={t('catalogue.removeProduct')}
                confirm={t('catalogue.removeProductConfirm')}
                onConfirm={() => void remove()}
              />
            </Group>
          </Group>
          {editing && <ProductEditForm product={product} onDone={() => setEditing(false)} />}

          <Group justify="space-between">
            <Title order={4}>{t('catalogue.versions')}</Title>
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAddingVersion(true)}>
              {t('catalogue.addVersion')}
            </Button>
          </Group>
          {versions.map((v) => (
            <VersionCard key={v.id} version={v} onlyVersion={versions.length === 1} />
          ))}

          <MattersSection page={page.data} />
          <RightsSection page={page.data} />
          <OpinionsSection page={page.data} />
          <DesignAroundsSection page={page.data} />
        </Stack>
      </div>
      <Modal
        opened={addingVersion}
        onClose={() => setAddingVersion(false)}
        title={t('catalogue.addVersion')}
        size="lg"
      >
        <VersionForm productId={product.id} version={null} onDone={() => setAddingVersion(false)} />
      </Modal>
    </div>
  )
}
