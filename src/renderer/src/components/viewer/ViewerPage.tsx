import { useEffect, useState } from 'react'
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import {
  IconArrowLeft,
  IconDownload,
  IconExternalLink,
  IconLock,
  IconMailExclamation
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DocumentRecord } from '../../../../shared/contract'
import { call, documentUrl } from '../../api'
import { keys, useCall } from '../../lib/queries'
import { formatDate, formatMomentFull } from '../../lib/dates'
import { formatBytes } from '../../lib/format'
import { notifyFailed } from '../../lib/notify'
import { routeHref } from '../../lib/router'
import { cappedTextError, partialText, TextStatusBadge } from '../../pages/documents/DocumentTable'
import {
  PDF_EXTRACTION_MEMORY_MB,
  PDF_MAX_INDEXED_PAGES,
  PDF_MAX_READ_BYTES
} from '../../../../shared/pdf-safety'
import { logEmailAsWarningLetter } from '../../pages/documents/emailPrefill'
import { NotFoundPage } from '../../pages/NotFoundPage'
import { LoadingPanel, QueryError } from '../QueryState'
import { lazyNamed, Loading } from '../../lib/lazy'
import { EmailViewer } from './EmailViewer'
import { ImageViewer } from './ImageViewer'
import { TextViewer } from './TextViewer'
import classes from './Viewer.module.css'

// pdf.js (and its worker) load only when a PDF is opened.
const PdfViewer = lazyNamed(() => import('./PdfViewer'), 'PdfViewer')

/** The full-height viewer for one document (#/documents/:id?page=N&q=term). */
export function ViewerPage({ id, page, q }: { id: number; page?: number; q?: string }) {
  const { t, i18n } = useTranslation()
  const doc = useCall(keys.document(id), 'documents.get', { id })
  useEffect(() => {
    if (doc.data) document.title = doc.data.originalName
    return () => {
      document.title = t('app.name')
    }
  }, [doc.data, t])

  if (doc.callError?.code === 'not_found') return <NotFoundPage />
  if (doc.error) return <QueryError query={doc} />
  if (!doc.data) return <LoadingPanel />
  const d = doc.data

  return (
    <div className={classes.viewer} data-testid="viewer" data-viewer={d.viewer}>
      <Group className={classes.toolbar} justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Anchor
            href={routeHref({ name: 'matter', id: d.matterId, tab: 'documents' })}
            aria-label={t('viewer.back')}
          >
            <IconArrowLeft size={18} />
          </Anchor>
          <Title order={5} lineClamp={1} data-testid="viewer-title">
            {d.originalName}
          </Title>
          <Badge variant="outline" color="gray" radius="sm" size="sm">
            {t(`documentKinds.${d.kind}`)}
          </Badge>
          {d.documentDate && <Text size="sm">{formatDate(d.documentDate, i18n.language)}</Text>}
          {d.privileged && (
            <Badge size="sm" color="grape" variant="light" radius="sm" leftSection={<IconLock size={10} />}>
              {t('docs.privileged')}
            </Badge>
          )}
          <TextStatusBadge doc={d} />
        </Group>
        {d.viewer === 'email' && (
          <Button
            size="xs"
            leftSection={<IconMailExclamation size={14} />}
            onClick={() => void logEmailAsWarningLetter(d)}
          >
            {t('emailIntake.logAsWarningLetter')}
          </Button>
        )}
      </Group>
      {d.viewer === 'pdf' && d.textStatus === 'no_text_layer' && (
        <Alert color="yellow" radius={0} py={6} role="status">
          {t('viewer.noTextLayerBanner')}
        </Alert>
      )}
      {d.viewer === 'pdf' && d.textStatus === 'failed' && <FailedBanner doc={d} />}
      {d.viewer === 'pdf' && d.textStatus !== 'failed' && <PartialBanner doc={d} />}
      {/* keyed: "Show it anyway" is for this document only */}
      <Body key={d.id} doc={d} page={page} q={q} />
    </div>
  )
}

/** A cap in MiB as people say it: 1024 is "1 GB", 512 "512 MB". */
function binarySize(mb: number, lang: string): string {
  const gb = mb >= 1024
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: gb ? 'gigabyte' : 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1
  }).format(gb ? mb / 1024 : mb)
}

/** Why a PDF's text is not searchable: a cap (memory, time, size) said as such, or a damaged file. */
function FailedBanner({ doc }: { doc: DocumentRecord }) {
  const { t, i18n } = useTranslation()
  const capped = cappedTextError(doc)
  // a memory or time cap stopped the reading: say so, the file itself is not damaged
  if (capped) {
    const limit = binarySize(
      capped === 'too_large' ? PDF_MAX_READ_BYTES / 1048576 : PDF_EXTRACTION_MEMORY_MB,
      i18n.language
    )
    return (
      <Alert color="orange" radius={0} py={6} role="status" data-testid="text-capped-banner">
        {t(`viewer.capped.${capped}`, { limit })}
      </Alert>
    )
  }
  return (
    <Alert color="red" radius={0} py={6} role="status">
      {t('viewer.damagedBanner')}
    </Alert>
  )
}

/** A PDF whose reading a cap stopped short: which pages search knows, and why no more. */
function PartialBanner({ doc }: { doc: DocumentRecord }) {
  const { t, i18n } = useTranslation()
  const partial = partialText(doc)
  if (!partial) return null
  const reason = ['pages_capped', 'time_capped', 'text_capped'].includes(doc.textError ?? '')
    ? (doc.textError as string)
    : 'pages_capped'
  const n = (value: number): string => value.toLocaleString(i18n.language)
  return (
    <Alert color="yellow" radius={0} py={6} role="status" data-testid="text-partial-banner">
      {t(`viewer.partial.${reason}`, {
        read: n(partial.read),
        total: n(partial.total),
        limit: n(PDF_MAX_INDEXED_PAGES)
      })}
    </Alert>
  )
}

/**
 * A PDF whose text the capped reader could not read within its memory (a Flate bomb inflates to
 * gigabytes): the viewer's pdf.js runs in the window, where no cap holds, and the same file took
 * it to 4.9 GB. Not drawn unless counsel asks, knowing why; the original downloads as it is.
 */
function HeldForMemory({ doc, onShow }: { doc: DocumentRecord; onShow: () => void }) {
  const { t, i18n } = useTranslation()
  return (
    <div className={classes.scrollArea}>
      <Paper withBorder p="md" m="lg" maw={720} data-testid="pdf-held-for-memory">
        <Stack gap="sm">
          <Text size="sm">
            {t('viewer.heldForMemory.body', { limit: binarySize(PDF_EXTRACTION_MEMORY_MB, i18n.language) })}
          </Text>
          <Group gap="md">
            <Anchor href={documentUrl(doc.id)} download={doc.originalName} size="sm">
              <Group gap={4}>
                <IconDownload size={14} />
                {t('viewer.download')}
              </Group>
            </Anchor>
            <Button size="xs" variant="default" color="red" onClick={onShow}>
              {t('viewer.heldForMemory.showAnyway')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </div>
  )
}

function Body({ doc, page, q }: { doc: DocumentRecord; page?: number; q?: string }) {
  const [showHeld, setShowHeld] = useState(false)
  switch (doc.viewer) {
    case 'pdf':
      if (cappedTextError(doc) === 'out_of_memory' && !showHeld) {
        return <HeldForMemory doc={doc} onShow={() => setShowHeld(true)} />
      }
      return (
        <Loading>
          <PdfViewer
            key={`${doc.id}|${page ?? ''}|${q ?? ''}`}
            documentId={doc.id}
            startPage={page}
            startTerm={q}
          />
        </Loading>
      )
    case 'image':
      return <ImageViewer documentId={doc.id} name={doc.originalName} />
    case 'email':
      return <EmailViewer doc={doc} />
    case 'text':
      return <TextViewer documentId={doc.id} />
    default:
      return <DocumentDetails doc={doc} />
  }
}

/** Files the app cannot show: their details and the bytes to open elsewhere. */
function DocumentDetails({ doc }: { doc: DocumentRecord }) {
  const { t, i18n } = useTranslation()
  // The desktop shell hands a copy to the default program; the preview says to download.
  async function openWithSystem(id: number): Promise<void> {
    const result = await call('documents.openWithSystem', { id })
    if (!result.ok) notifyFailed(t, result.error, t('viewer.openWithSystem'))
  }
  return (
    <div className={classes.scrollArea}>
      <Paper withBorder p="md" m="lg" maw={720}>
        <Stack gap="sm">
          <Text size="sm">{t('viewer.cannotShow')}</Text>
          <Table variant="vertical" fz="sm" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('viewer.details.type')}</Table.Th>
                <Table.Td>{doc.mime || doc.detectedKind}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('documents.size')}</Table.Th>
                <Table.Td>{formatBytes(doc.size, i18n.language)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('viewer.details.imported')}</Table.Th>
                <Table.Td>{formatMomentFull(doc.importedAt, i18n.language)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>SHA-256</Table.Th>
                <Table.Td className="mono" style={{ wordBreak: 'break-all' }}>
                  {doc.sha256}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group gap="md">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconExternalLink size={14} />}
              onClick={() => void openWithSystem(doc.id)}
            >
              {t('viewer.openWithSystem')}
            </Button>
            <Anchor href={documentUrl(doc.id)} download={doc.originalName} size="sm">
              <Group gap={4}>
                <IconDownload size={14} />
                {t('viewer.download')}
              </Group>
            </Anchor>
          </Group>
        </Stack>
      </Paper>
    </div>
  )
}
