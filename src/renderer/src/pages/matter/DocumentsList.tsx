import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { MatterDocument } from '../../../../shared/model'
import { formatDate } from '../../lib/dates'
import { formatBytes } from '../../lib/format'

export function DocumentsList({ documents }: { documents: MatterDocument[] }) {
  const { t, i18n } = useTranslation()
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {t('documents.title')}
      </Title>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('documents.none')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.name')}</Table.Th>
              <Table.Th>{t('documents.kind')}</Table.Th>
              <Table.Th>{t('documents.date')}</Table.Th>
              <Table.Th>{t('documents.size')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((doc) => (
              <Table.Tr key={doc.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {doc.originalName}
                    </Text>
                    {doc.privileged && (
                      <Badge size="xs" color="grape" variant="light" leftSection={<IconLock size={10} />}>
                        {t('documents.privileged')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{t(`documentKinds.${doc.kind}`)}</Table.Td>
                <Table.Td>
                  {doc.documentDate ? formatDate(doc.documentDate, i18n.language) : t('common.none')}
                </Table.Td>
                <Table.Td>{formatBytes(doc.size, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
