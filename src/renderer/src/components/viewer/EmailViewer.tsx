import { Anchor, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { IconPaperclip } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord, EmailAddressRecord } from '../../../../shared/contract'
import { keys, useCall } from '../../lib/queries'
import { formatMomentFull } from '../../lib/dates'
import { formatBytes } from '../../lib/format'
import { routeHref } from '../../lib/router'
import { emailFrameDocument, sanitizeEmailHtml } from './email-html'
import classes from './Viewer.module.css'

const address = (a: EmailAddressRecord) => (a.name ? `${a.name} <${a.address}>` : a.address)

/**
 * Headers, the body and the attachments. The plain-text body by default; the HTML part only on
 * request, sanitised by DOMPurify and shown in a sandboxed frame that runs no script.
 */
export function EmailViewer({ doc }: { doc: DocumentRecord }) {
  const { t, i18n } = useTranslation()
  const body = useCall(keys.documentText(doc.id, 1), 'documents.text', { id: doc.id, page: 1 })
  const email = doc.email
  const rows: [string, string][] = [
    [t('viewer.email.from'), email?.from ? address(email.from) : ''],
    [t('viewer.email.to'), (email?.to ?? []).map(address).join(', ')],
    [t('viewer.email.cc'), (email?.cc ?? []).map(address).join(', ')],
    [t('viewer.email.date'), email?.date ? formatMomentFull(email.date, i18n.language) : ''],
    [t('viewer.email.subject'), email?.subject ?? '']
  ]
  const text = body.data?.pages.map((p) => p.text).join('\n') ?? ''
  const [view, setView] = useState<'text' | 'html'>('text')
  const html = useCall(['documents', doc.id, 'emailHtml'], 'documents.emailHtml', { id: doc.id })
  const rawHtml = html.data?.html ?? null
  const sanitized = useMemo(() => (rawHtml === null ? null : sanitizeEmailHtml(rawHtml)), [rawHtml])
  return (
    <div className={classes.scrollArea}>
      <Stack gap="md" p="lg" maw={900}>
        <Paper withBorder p="sm">
          <Table variant="vertical" fz="sm" withTableBorder={false} data-testid="email-headers">
            <Table.Tbody>
              {rows
                .filter(([, value]) => value)
                .map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w={100}>{label}</Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Paper>
        {doc.attachments.length > 0 && (
          <Paper withBorder p="sm">
            <Text fw={600} size="sm" mb={6}>
              {t('viewer.email.attachments')}
            </Text>
            {doc.attachments.map((a) => (
              <Group key={a.id} gap={6}>
                <IconPaperclip size={14} />
                <Anchor href={routeHref({ name: 'document', id: a.id })} size="sm">
                  {a.originalName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatBytes(a.size, i18n.language)}
                </Text>
              </Group>
            ))}
          </Paper>
        )}
        {sanitized && (
          <SegmentedControl
            size="xs"
            w="fit-content"
            value={view}
            onChange={(v) => setView(v === 'html' ? 'html' : 'text')}
            data={[
              { value: 'text', label: t('viewer.email.plainText') },
              { value: 'html', label: t('viewer.email.formatted') }
            ]}
            data-testid="email-body-view"
          />
        )}
        {view === 'html' && sanitized ? (
          <Paper withBorder p={0}>
            <Text size="xs" c="dimmed" px="sm" py={6} data-testid="email-html-note">
              {t('viewer.email.sanitizedNote', { blocked: sanitized.blockedRemote })}
            </Text>
            <iframe
              className={classes.emailFrame}
              title={t('viewer.email.formatted')}
              sandbox=""
              referrerPolicy="no-referrer"
              srcDoc={emailFrameDocument(sanitized.html)}
              data-testid="email-html"
            />
          </Paper>
        ) : (
          <Paper withBorder p="sm">
            {body.isPending ? (
              <Text c="dimmed" size="sm">
                {t('common.loading')}
              </Text>
            ) : text ? (
              <pre className={classes.text}>{text}</pre>
            ) : (
              <Text c="dimmed" size="sm">
                {t('viewer.email.noBody')}
              </Text>
            )}
          </Paper>
        )}
      </Stack>
    </div>
  )
}
