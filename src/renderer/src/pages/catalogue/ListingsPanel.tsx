// A version's listings: where it is sold (marketplace, country, ASIN, store), each with its
// dated status history and the reason for each change ("removed after takedown").
import { useState } from 'react'
import { ActionIcon, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Tooltip } from '@mantine/core'
import { IconEdit, IconPlus, IconSwitchHorizontal } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CatalogueListing, CatalogueVersion, ListingStatusCode } from '../../../../shared/contract'
import { formatDate } from '../../lib/dates'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'
import { ListingForm, StatusForm } from './ListingForms'
import { ConfirmRemove, Dimmed, LISTING_STATUS_COLOR } from './shared'

type Dialog =
  { kind: 'listing'; listing: CatalogueListing | null } | { kind: 'status'; listing: CatalogueListing }

export function ListingStatusBadge({ status }: { status: ListingStatusCode | null }) {
  const { t } = useTranslation()
  if (!status)
    return (
      <Badge size="sm" variant="outline" color="gray" radius="sm">
        {t('catalogue.noStatus')}
      </Badge>
    )
  return (
    <Badge size="sm" variant="light" color={LISTING_STATUS_COLOR[status]} radius="sm">
      {t(`catalogue.listingStatuses.${status}`)}
    </Badge>
  )
}

export function listingName(l: CatalogueListing): string {
  return [l.marketplace, l.country, l.itemId].filter(Boolean).join(' · ')
}

export function ListingsPanel({ version }: { version: CatalogueVersion }) {
  const { t } = useTranslation()
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const close = () => setDialog(null)

  async function removeListing(id: number): Promise<void> {
    const result = await change('listings.remove', { id })
    if (!result.ok) return notifyFailed(t, result.error, t('catalogue.notRemoved'))
    notifySaved(t('common.removed'))
  }

  return (
    <Stack gap="sm">
      {version.listings.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('catalogue.noListings')}
        </Text>
      )}
      {version.listings.map((l) => (
        <Paper key={l.id} withBorder p="sm" radius="sm" aria-label={listingName(l)} component="article">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div style={{ minWidth: 0 }}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600} size="sm">
                  {l.marketplace}
                </Text>
                {l.country && (
                  <Text size="sm" c="dimmed">
                    {l.country}
                  </Text>
                )}
                {l.itemId && (
                  <Text size="sm" className="mono">
                    {l.itemId}
                  </Text>
                )}
                <ListingStatusBadge status={l.status} />
              </Group>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[
                  l.store && t('catalogue.labelled', { label: t('catalogue.fields.store'), value: l.store }),
                  l.currency &&
                    t('catalogue.labelled', { label: t('catalogue.fields.currency'), value: l.currency }),
                  // Shown, not opened: the app loads no remote content.
                  l.url
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            <Group gap={2} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="default"
                leftSection={<IconSwitchHorizontal size={12} />}
                onClick={() => setDialog({ kind: 'status', listing: l })}
              >
                {t('catalogue.changeStatus')}
              </Button>
              <Tooltip label={t('catalogue.editListing')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('catalogue.editListing')}
                  onClick={() => setDialog({ kind: 'listing', listing: l })}
                >
                  <IconEdit size={16} />
                </ActionIcon>
              </Tooltip>
              <ConfirmRemove
                label={t('catalogue.removeListing')}
                confirm={t('catalogue.removeListingConfirm')}
                onConfirm={() => void removeListing(l.id)}
              />
            </Group>
          </Group>
          <StatusHistory listing={l} />
        </Paper>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => setDialog({ kind: 'listing', listing: null })}
        >
          {t('catalogue.addListing')}
        </Button>
      </Group>
      <Modal
        opened={dialog !== null}
        onClose={close}
        size="lg"
        title={
          dialog?.kind === 'status'
            ? t('catalogue.changeStatusOf', { listing: listingName(dialog.listing) })
            : dialog?.listing
              ? t('catalogue.editListing')
              : t('catalogue.addListing')
        }
      >
        {dialog?.kind === 'status' && <StatusForm listing={dialog.listing} onDone={close} />}
        {dialog?.kind === 'listing' && (
          <ListingForm versionId={version.id} listing={dialog.listing} onDone={close} />
        )}
      </Modal>
    </Stack>
  )
}

function StatusHistory({ listing }: { listing: CatalogueListing }) {
  const { t, i18n } = useTranslation()
  if (listing.history.length === 0) return null
  async function removeEntry(id: number): Promise<void> {
    const result = await change('listings.removeStatus', { id })
    if (!result.ok) return notifyFailed(t, result.error, t('catalogue.notRemoved'))
    notifySaved(t('common.removed'))
  }
  return (
    <Table
      fz="sm"
      verticalSpacing={2}
      mt="xs"
      withRowBorders={false}
      aria-label={t('catalogue.statusHistory')}
      layout="fixed"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>{t('catalogue.fields.statusDate')}</Table.Th>
          <Table.Th w={120}>{t('catalogue.fields.status')}</Table.Th>
          <Table.Th>{t('catalogue.fields.reason')}</Table.Th>
          <Table.Th w={40} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {listing.history.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td>{formatDate(h.date, i18n.language)}</Table.Td>
            <Table.Td>{t(`catalogue.listingStatuses.${h.status}`)}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              <Dimmed value={h.reason} />
            </Table.Td>
            <Table.Td>
              <ConfirmRemove
                label={t('catalogue.removeStatus')}
                confirm={t('catalogue.removeStatusConfirm')}
                onConfirm={() => void removeEntry(h.id)}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
