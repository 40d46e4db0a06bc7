// Settings: the workspace's backups (taken daily at start-up, before every migration, before a
// restore, or on request), each verified on demand and restorable after a confirmation; the
// current state is backed up before a restore replaces it.
import { useState } from 'react'
import { Alert, Anchor, Button, Divider, Group, Modal, Paper, Stack, Table, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDatabaseExport,
  IconDownload,
  IconFileZip,
  IconRestore,
  IconShieldCheck
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type {
  BackupRecord,
  BackupVerifyReport,
  CallError,
  WorkspaceArchive
} from '../../../../shared/contract'
import { call, exportUrl } from '../../api'
import { LoadingPanel, QueryError } from '../../components/QueryState'
import { callErrorText } from '../../lib/errors'
import { formatBytes, formatNumber } from '../../lib/format'
import { notifySaved } from '../../lib/notify'
import { invalidate, keys, queryClient, useCall } from '../../lib/queries'
import { ArchiveImport } from './ArchiveImport'
import { SecondLocation } from './SecondLocation'

/** A backup's moment in the reader's language and time zone. */
function backupMoment(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

export function BackupsSection() {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const backups = useCall(keys.backups, 'backups.list', {})
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<CallError | null>(null)
  const [reports, setReports] = useState<Record<string, BackupVerifyReport>>({})
  const [restoring, setRestoring] = useState<BackupRecord | null>(null)
  const [archive, setArchive] = useState<WorkspaceArchive | null>(null)

  async function run<T>(
    what: string,
    fn: () => Promise<{ ok: true; value: T } | { ok: false; error: CallError }>
  ) {
    setBusy(what)
    setError(null)
    const result = await fn()
    setBusy(null)
    if (!result.ok) {
      setError(result.error)
      return null
    }
    return result.value
  }

  async function backUpNow(): Promise<void> {
    const made = await run('create', () => call('backups.create', {}))
    if (!made) return
    await invalidate(['backups'])
    notifySaved(t('backups.made', { when: backupMoment(made.createdAt, lang) }))
  }

  async function exportArchive(): Promise<void> {
    const made = await run('archive', () => call('backups.exportArchive', {}))
    if (made) setArchive(made)
  }

  async function verify(id: string): Promise<void> {
    const report = await run(`verify:${id}`, () => call('backups.verify', { id }))
    if (report) setReports((current) => ({ ...current, [id]: report }))
  }

  async function restore(backup: BackupRecord): Promise<void> {
    const done = await run(`restore:${backup.id}`, () =>
      call('backups.restore', { id: backup.id, confirm: true })
    )
    setRestoring(null)
    if (!done) return
    // Everything on screen came from the state just replaced.
    await queryClient.invalidateQueries()
    notifySaved(
      t('backups.restored', {
        when: backupMoment(done.restored.createdAt, lang),
        safety: backupMoment(done.safety.createdAt, lang)
      })
    )
  }

  const withSecond = backups.data?.some((b) => b.secondCopy !== null) ?? false
  return (
    <Paper withBorder p="md" aria-labelledby="backups-title" component="section">
      <Stack gap="xs">
        <Text fw={600} size="sm" id="backups-title">
          {t('backups.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('backups.hint')}
        </Text>
        <Group>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDatabaseExport size={14} />}
            loading={busy === 'create'}
            disabled={busy !== null && busy !== 'create'}
            onClick={() => void backUpNow()}
          >
            {t('backups.create')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFileZip size={14} />}
            loading={busy === 'archive'}
            disabled={busy !== null && busy !== 'archive'}
            onClick={() => void exportArchive()}
          >
            {t('backups.exportArchive')}
          </Button>
        </Group>
        {archive && (
          <Alert color="teal" p="xs" icon={<IconCircleCheck size={16} />} data-testid="archive-ready">
            <Text size="sm">
              {t('backups.archiveReady', {
                count: archive.blobs,
                files: formatNumber(archive.blobs, lang),
                matters: formatNumber(archive.matters, lang),
                size: formatBytes(archive.bytes, lang)
              })}{' '}
              <Anchor href={exportUrl(archive.fileName)} download={archive.fileName} size="sm">
                <IconDownload size={14} style={{ verticalAlign: 'text-bottom' }} /> {archive.fileName}
              </Anchor>
            </Text>
            <Text size="xs" c="dimmed">
              {t('backups.archiveHint')}
            </Text>
          </Alert>
        )}
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={16} />} role="alert">
            {callErrorText(t, error)}
          </Alert>
        )}
        <Divider my={4} />
        <SecondLocation moment={(iso) => backupMoment(iso, lang)} />
        <Divider my={4} />
        <ArchiveImport disabled={busy !== null} />
        <Divider my={4} />
        {backups.error ? (
          <QueryError query={backups} />
        ) : !backups.data ? (
          <LoadingPanel />
        ) : backups.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backups.none')}
          </Text>
        ) : (
          <Table fz="sm" verticalSpacing={6} data-testid="backups-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.when')}</Table.Th>
                <Table.Th>{t('backups.kind')}</Table.Th>
                <Table.Th ta="right">{t('backups.matters')}</Table.Th>
                <Table.Th ta="right">{t('backups.size')}</Table.Th>
                {withSecond && <Table.Th>{t('backups.second.column')}</Table.Th>}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((b) => {
                const report = reports[b.id]
                return (
                  <BackupRow
                    key={b.id}
                    backup={b}
                    withSecond={withSecond}
                    report={report}
                    busy={busy}
                    onVerify={() => void verify(b.id)}
                    onRestore={() => setRestoring(b)}
                  />
                )
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t('backups.confirmTitle')}
        centered
      >
        {restoring && (
          <Stack gap="sm">
            <Text size="sm">
              {t('backups.confirmText', { when: backupMoment(restoring.createdAt, lang) })}
            </Text>
            <Text size="sm">{t('backups.confirmSafety')}</Text>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setRestoring(null)} disabled={busy !== null}>
                {t('actions.cancel')}
              </Button>
              <Button
                color="red"
                leftSection={<IconRestore size={16} />}
                loading={busy === `restore:${restoring.id}`}
                onClick={() => void restore(restoring)}
              >
                {t('backups.restore')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  )
}

function BackupRow({
  backup,
  withSecond,
  report,
  busy,
  onVerify,
  onRestore
}: {
  backup: BackupRecord
  withSecond: boolean
  report: BackupVerifyReport | undefined
  busy: string | null
  onVerify: () => void
  onRestore: () => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <>
      <Table.Tr data-testid="backup-row">
        <Table.Td>{backupMoment(backup.createdAt, lang)}</Table.Td>
        <Table.Td>{t(`backups.kinds.${backup.kind}`)}</Table.Td>
        <Table.Td ta="right">{formatNumber(backup.matters, lang)}</Table.Td>
        <Table.Td ta="right">
          {formatBytes(backup.bytes, lang)}
          <Text size="xs" c="dimmed">
            {t('backups.documents', {
              count: backup.blobs,
              files: formatNumber(backup.blobs, lang),
              size: formatBytes(backup.documentsBytes, lang)
            })}
          </Text>
        </Table.Td>
        {withSecond && (
          <Table.Td data-testid="second-copy" style={{ whiteSpace: 'nowrap' }}>
            {backup.secondCopy ? (
              <Text size="sm" c="teal">
                <IconCircleCheck size={14} style={{ verticalAlign: 'text-bottom' }} />{' '}
                {t('backups.second.copied')}
              </Text>
            ) : (
              <Text size="sm" c="orange">
                <IconAlertTriangle size={14} style={{ verticalAlign: 'text-bottom' }} />{' '}
                {t('backups.second.notCopied')}
              </Text>
            )}
          </Table.Td>
        )}
        <Table.Td>
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconShieldCheck size={14} />}
              loading={busy === `verify:${backup.id}`}
              disabled={busy !== null}
              onClick={onVerify}
            >
              {t('backups.verify')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              leftSection={<IconRestore size={14} />}
              disabled={busy !== null}
              onClick={onRestore}
            >
              {t('backups.restore')}
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {report && (
        <Table.Tr>
          <Table.Td colSpan={withSecond ? 6 : 5}>
            <Alert
              color={report.ok ? 'teal' : 'red'}
              p="xs"
              icon={report.ok ? <IconCircleCheck size={16} /> : <IconAlertTriangle size={16} />}
              data-testid="backup-report"
            >
              <Text size="sm">
                {report.ok
                  ? t('backups.intact', {
                      count: report.blobsChecked,
                      files: formatNumber(report.blobsChecked, lang)
                    })
                  : t('backups.damaged', { count: report.problems.length })}
              </Text>
              {!report.ok &&
                report.problems.map((p, i) => (
                  <Text key={i} size="xs">
                    {t(`backups.problems.${p.code}`)}
                    {p.sha256 && (
                      <Text span size="xs" c="dimmed" className="mono">
                        {' '}
                        {p.sha256.slice(0, 16)}…
                      </Text>
                    )}
                  </Text>
                ))}
            </Alert>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  )
}
