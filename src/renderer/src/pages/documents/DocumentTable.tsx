import { Anchor, Badge, Checkbox, Group, Table, Text } from '@mantine/core'
import { IconCornerDownRight, IconLock, IconMail } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord } from '../../../../shared/contract'
import { CAPPED_TEXT_ERRORS } from '../../../../shared/contract/documents'
import { formatDate } from '../../lib/dates'
import { formatBytes } from '../../lib/format'
import { routeHref } from '../../lib/router'
import { DocumentRowActions } from './DocumentRowActions'
import { DocumentKindCell } from './KindProposal'

interface Props {
  documents: DocumentRecord[]
  selected: Set<number>
  onSelect: (ids: number[], on: boolean) => void
}

const CAPPED: ReadonlySet<string> = new Set(CAPPED_TEXT_ERRORS)

/** A cap (memory, time, file size) stopped the reading of a document's text: not a damaged file. */
export function cappedTextError(doc: DocumentRecord): string | null {
  return doc.textStatus === 'failed' && doc.textError && CAPPED.has(doc.textError) ? doc.textError : null
}

/** Pages indexed and pages in all, when a cap stopped the reading short; null when every page was read. */
export function partialText(doc: DocumentRecord): { read: number; total: number } | null {
  if (doc.pagesIndexed === null || doc.pageCount === null || doc.pagesIndexed >= doc.pageCount) return null
  return { read: doc.pagesIndexed, total: doc.pageCount }
}

/** Text status as a user reads it: only states that limit search get a badge. */
export function TextStatusBadge({ doc }: { doc: DocumentRecord }) {
  const { t, i18n } = useTranslation()
  const capped = cappedTextError(doc)
  if (capped)
    return (
      <Badge size="xs" color="orange" variant="light" radius="sm" data-testid="text-capped">
        {t(`docs.textStatus.capped.${capped}`)}
      </Badge>
    )
  const partial = partialText(doc)
  if (partial && doc.textStatus === 'done')
    return (
      <Badge size="xs" color="yellow" variant="light" radius="sm" data-testid="text-partial">
        {t('docs.textStatus.partial', {
          read: partial.read.toLocaleString(i18n.language),
          total: partial.total.toLocaleString(i18n.language)
        })}
      </Badge>
    )
  if (doc.textStatus === 'no_text_layer')
    return (
      <Badge size="xs" color="yellow" variant="light" radius="sm">
        {t('docs.textStatus.no_text_layer')}
      </Badge>
    )
  if (doc.textStatus === 'failed')
    return (
      <Badge size="xs" color="red" variant="light" radius="sm">
        {t('docs.textStatus.failed')}
      </Badge>
    )
  if (doc.textStatus === 'pending')
    return (
      <Badge size="xs" color="gray" variant="light" radius="sm">
        {t('docs.textStatus.pending')}
      </Badge>
    )
  return null
}

function Row({ doc, depth, ...props }: Omit<Props, 'documents'> & { doc: DocumentRecord; depth: number }) {
  const { t, i18n } = useTranslation()
  return (
    <Table.Tr data-testid="document-row" data-document-id={doc.id}>
      <Table.Td w={32}>
        <Checkbox
          size="xs"
          aria-label={t('docs.selectOne', { name: doc.originalName })}
          checked={props.selected.has(doc.id)}
          onChange={(e) => props.onSelect([doc.id], e.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap" pl={depth * 20}>
          {depth > 0 && <IconCornerDownRight size={14} color="var(--mantine-color-gray-6)" />}
          {doc.viewer === 'email' && <IconMail size={14} />}
          <Anchor
            href={routeHref({ name: 'document', id: doc.id })}
            size="sm"
            fw={500}
            truncate="end"
            maw={320}
          >
            {doc.originalName}
          </Anchor>
          {doc.privileged && (
            <Badge size="xs" color="grape" variant="light" radius="sm" leftSection={<IconLock size={10} />}>
              {t('docs.privileged')}
            </Badge>
          )}
          <TextStatusBadge doc={doc} />
        </Group>
      </Table.Td>
      <Table.Td>
        <DocumentKindCell doc={doc} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={doc.documentDate ? undefined : 'dimmed'}>
          {doc.documentDate ? formatDate(doc.documentDate, i18n.language) : t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {formatBytes(doc.size, i18n.language)}
        </Text>
      </Table.Td>
      <Table.Td w={40}>
        <DocumentRowActions doc={doc} />
      </Table.Td>
    </Table.Tr>
  )
}

export function DocumentTable({ documents, ...props }: Props) {
  const { t } = useTranslation()
  const all = documents.flatMap((d) => [d.id, ...d.attachments.map((a) => a.id)])
  const allOn = all.length > 0 && all.every((id) => props.selected.has(id))
  return (
    <Table verticalSpacing={6} highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>
            <Checkbox
              size="xs"
              aria-label={t('docs.selectAll')}
              checked={allOn}
              indeterminate={!allOn && all.some((id) => props.selected.has(id))}
              onChange={(e) => props.onSelect(all, e.currentTarget.checked)}
            />
          </Table.Th>
          <Table.Th>{t('documents.name')}</Table.Th>
          <Table.Th>{t('documents.kind')}</Table.Th>
          <Table.Th>{t('documents.date')}</Table.Th>
          <Table.Th>{t('documents.size')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {documents.flatMap((doc) => [
          <Row key={doc.id} doc={doc} depth={0} {...props} />,
          ...doc.attachments.map((child) => <Row key={child.id} doc={child} depth={1} {...props} />)
        ])}
      </Table.Tbody>
    </Table>
  )
}
