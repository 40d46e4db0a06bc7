// Settings > Backups: a workspace archive (from "Export the whole workspace") imported into an
// empty folder as a workspace of its own. The core checks every file against its hash before
// anything is written; the app opens one workspace at a time, so the user is told where the
// imported one is and how to open it.
import { useState } from 'react'
import { Alert, Button, Code, CopyButton, FileButton, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconFileImport } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { CallError, ImportedWorkspace, StagedArchive } from '../../../../shared/contract'
import { FolderField } from './FolderField'
import { call, stageArchive } from '../../api'
import { callErrorText, errorText } from '../../lib/errors'
import { formatBytes, formatNumber } from '../../lib/format'

/** A refusal in the reader's language, with the archive's reason where the core gave one. */
function refusalText(t: TFunction, error: CallError): string {
  if (error.code === 'archive_invalid') {
    const reason = String(error.params?.reason ?? '')
    const key = `backups.import.reasons.${reason}`
    return `${t('errors.archive_invalid')} ${t(key, { defaultValue: '' })}`.trim()
  }
  if (error.code === 'backup_other_version') return t('backups.import.otherVersion', error.params)
  return callErrorText(t, error)
}

/** Refusals about the folder keep the archive: the user only picks another folder. */
const keepsArchive = (error: CallError) =>
  error.code === 'validation' || error.code === 'import_folder_not_empty'

export function ArchiveImport({ disabled }: { disabled: boolean }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const [staged, setStaged] = useState<StagedArchive | null>(null)
  const [folder, setFolder] = useState('')
  const [busy, setBusy] = useState<'stage' | 'import' | null>(null)
  const [error, setError] = useState<CallError | null>(null)
  const [done, setDone] = useState<ImportedWorkspace | null>(null)

  async function choose(file: File | null): Promise<void> {
    if (!file) return
    setBusy('stage')
    setError(null)
    setDone(null)
    const result = await stageArchive(file)
    setBusy(null)
    if (result.ok) setStaged(result.value)
    else setError(result.error)
  }

  async function runImport(): Promise<void> {
    if (!staged) return
    setBusy('import')
    setError(null)
    const result = await call('backups.importArchive', { archive: staged.id, folder: folder.trim() })
    setBusy(null)
    if (result.ok) {
      setDone(result.value)
      setStaged(null)
      setFolder('')
      return
    }
    setError(result.error)
    if (!keepsArchive(result.error)) setStaged(null)
  }

  const folderError = error?.fields?.folder ? errorText(t, error.fields.folder) : undefined
  return (
    <Stack gap="xs" data-testid="archive-import">
      <Text fw={600} size="sm" id="archive-import-title">
        {t('backups.import.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('backups.import.hint')}
      </Text>
      <Group gap="sm" align="center">
        <FileButton onChange={(file) => void choose(file)} accept=".zip,application/zip">
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="default"
              leftSection={<IconFileImport size={14} />}
              loading={busy === 'stage'}
              disabled={disabled || busy !== null}
            >
              {t('backups.import.chooseArchive')}
            </Button>
          )}
        </FileButton>
        {staged ? (
          <Text size="sm" data-testid="staged-archive">
            {t('backups.import.archiveChosen', {
              name: staged.name,
              size: formatBytes(staged.bytes, lang)
            })}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('backups.import.noArchive')}
          </Text>
        )}
      </Group>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <FolderField
          label={t('backups.import.folder')}
          description={t('backups.import.folderHint')}
          placeholder={t('backups.import.folderPlaceholder')}
          value={folder}
          onChange={setFolder}
          error={folderError}
        />
        <Button
          size="xs"
          loading={busy === 'import'}
          disabled={disabled || !staged || !folder.trim() || (busy !== null && busy !== 'import')}
          onClick={() => void runImport()}
        >
          {t('backups.import.run')}
        </Button>
      </Group>
      {error && !folderError && (
        <Alert
          color="red"
          p="xs"
          icon={<IconAlertTriangle size={16} />}
          role="alert"
          data-testid="import-refused"
        >
          <Text size="sm">{refusalText(t, error)}</Text>
          <Text size="xs">{t('backups.import.leftAsItWas')}</Text>
        </Alert>
      )}
      {done && (
        <Alert color="teal" p="xs" icon={<IconCircleCheck size={16} />} data-testid="import-done">
          <Text size="sm">
            {t('backups.import.done', {
              count: done.documents,
              matters: formatNumber(done.matters, lang),
              documents: formatNumber(done.documents, lang),
              files: formatNumber(done.blobs, lang),
              folder: done.folder
            })}
          </Text>
          <Text size="xs" mt={4}>
            {t('backups.import.howToOpen')}
          </Text>
          <Group gap="xs" mt={4} wrap="nowrap">
            <Code>{`IPDESK_DATA_DIR=${done.folder}`}</Code>
            <CopyButton value={done.folder}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="subtle" onClick={copy}>
                  {copied ? t('backups.import.copied') : t('backups.import.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
    </Stack>
  )
}
