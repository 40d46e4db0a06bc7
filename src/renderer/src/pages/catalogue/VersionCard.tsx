// One version of a product: its dates and what changed, and tabs for its listings (with their
// status history), its monthly sales and its launch checklist.
import { useState } from 'react'
import { ActionIcon, Badge, Group, Modal, Paper, Stack, Tabs, Text, Title, Tooltip } from '@mantine/core'
import { IconEdit } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CatalogueVersion } from '../../../../shared/contract'
import { formatDate } from '../../lib/dates'
import { formatNumber } from '../../lib/format'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { ChecklistPanel } from './ChecklistPanel'
import { ListingsPanel } from './ListingsPanel'
import { SalesPanel } from './SalesPanel'
import { ConfirmRemove } from './shared'
import { VersionForm } from './VersionForm'

export function VersionCard({ version, onlyVersion }: { version: CatalogueVersion; onlyVersion: boolean }) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)
  const lang = i18n.language
  const live = version.listings.filter((l) => l.status === 'live' || l.status === 'reinstated').length
  const dates = [
    version.launchDate && t('catalogue.launchedOn', { date: formatDate(version.launchDate, lang) }),
    version.endOfSaleDate && t('catalogue.endOfSaleOn', { date: formatDate(version.endOfSaleDate, lang) })
  ].filter(Boolean)

  async function remove(): Promise<void> {
    const result = await change('versions.remove', { id: version.id })
    if (!result.ok) return notifyFailed(t, result.error, t('catalogue.notRemoved'))
    notifySaved(t('common.removed'))
  }

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-label={t('catalogue.versionLabel', { name: version.name })}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Group gap="xs" align="baseline">
              <Title order={5}>{version.name}</Title>
              <Badge size="sm" variant="light" color={live ? 'teal' : 'gray'} radius="sm">
                {t('catalogue.liveListings', { count: live, formattedCount: formatNumber(live, lang) })}
              </Badge>
            </Group>
            {dates.length > 0 && (
              <Text size="sm" c="dimmed">
                {dates.join(' · ')}
              </Text>
            )}
            {version.changes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {version.changes}
              </Text>
            )}
          </div>
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('catalogue.editVersion')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('catalogue.editVersion')}
                onClick={() => setEditing(true)}
              >
                <IconEdit size={16} />
              </ActionIcon>
            </Tooltip>
            {!onlyVersion && (
              <ConfirmRemove
                label={t('catalogue.removeVersion')}
                confirm={t('catalogue.removeVersionConfirm', { name: version.name })}
                onConfirm={() => void remove()}
              />
            )}
          </Group>
        </Group>
        <Tabs defaultValue="listings" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="listings">
              {t('catalogue.listingsTab', {
                count: version.listings.length,
                formattedCount: formatNumber(version.listings.length, lang)
              })}
            </Tabs.Tab>
            <Tabs.Tab value="sales">
              {t('catalogue.salesTab', {
                count: version.sales.length,
                formattedCount: formatNumber(version.sales.length, lang)
              })}
            </Tabs.Tab>
            <Tabs.Tab value="checklist">{t('catalogue.checklistTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="listings" pt="sm">
            <ListingsPanel version={version} />
          </Tabs.Panel>
          <Tabs.Panel value="sales" pt="sm">
            <SalesPanel version={version} />
          </Tabs.Panel>
          <Tabs.Panel value="checklist" pt="sm">
            <ChecklistPanel versionId={version.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('catalogue.editVersion')} size="lg">
        <VersionForm productId={version.productId} version={version} onDone={() => setEditing(false)} />
      </Modal>
    </Paper>
  )
}
