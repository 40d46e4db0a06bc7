import { Code, Drawer, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { keys, useCall } from '../../lib/queries'
import { formatMomentFull } from '../../lib/dates'

/** The chain-of-custody log of one document: who did what to which bytes, and when. */
export function CustodyDrawer({
  documentId,
  documentName,
  onClose
}: {
  documentId: number | null
  /** Named in the title, so a printed or shown log says which document it is. */
  documentName?: string | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Drawer
      opened={documentId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={documentName ? t('docs.custody.titleOf', { name: documentName }) : t('docs.custody.title')}
    >
      {documentId !== null && <CustodyLog documentId={documentId} />}
    </Drawer>
  )
}

function CustodyLog({ documentId }: { documentId: number }) {
  const { t, i18n } = useTranslation()
  const events = useCall(keys.custody(documentId), 'documents.custody', { documentId })
  if (events.error) return <QueryError query={events} />
  if (!events.data) return <LoadingPanel />
  if (events.data.length === 0) return <Text c="dimmed">{t('docs.custody.none')}</Text>
  return (
    <Table fz="xs" verticalSpacing={4} data-testid="custody-log">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('docs.custody.at')}</Table.Th>
          <Table.Th>{t('docs.custody.document')}</Table.Th>
          <Table.Th>{t('docs.custody.action')}</Table.Th>
          <Table.Th>{t('docs.custody.actor')}</Table.Th>
          <Table.Th>{t('docs.custody.hash')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.data.map((event) => (
          <Table.Tr key={event.id}>
            <Table.Td>{formatMomentFull(event.at, i18n.language)}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.documentName ?? '—'}</Table.Td>
            <Table.Td>{t(`docs.custody.actions.${event.action}`)}</Table.Td>
            <Table.Td>{event.actor}</Table.Td>
            <Table.Td>
              <Code title={event.sha256}>{event.sha256.slice(0, 12)}…</Code>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
