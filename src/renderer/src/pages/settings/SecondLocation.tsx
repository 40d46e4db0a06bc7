// Settings > Backups: an optional second folder (another disk, a network share) where every
// backup is also copied, and whether it is reachable. Its problems never stop a backup.
import { useState } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallError } from '../../../../shared/contract'
import { FolderField } from './FolderField'
import { call } from '../../api'
import { callErrorText, errorText } from '../../lib/errors'
import { formatNumber } from '../../lib/format'
import { invalidate, keys, useCall } from '../../lib/queries'

const secondKey = [...keys.backups, 'second'] as const

export function SecondLocation({ moment }: { moment: (iso: string) => string }) {
  const { t, i18n } = useTranslation()
  const status = useCall(secondKey, 'backups.secondLocation', {})
  const [folder, setFolder] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<CallError | null>(null)

  async function save(next: string | null): Promise<void> {
    setBusy(true)
    setError(null)
    const result = await call('backups.setSecondLocation', { folder: next })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    setFolder('')
    await invalidate(['backups'])
  }

  const current = status.data
  const folderError = error?.fields?.folder ? errorText(t, error.fields.folder) : undefined
  return (
    <Stack gap="xs" data-testid="second-location">
      <Text fw={600} size="sm">
        {t('backups.second.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('backups.second.hint')}
      </Text>
      {current &&
        (current.problem ? (
          <Alert color="orange" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="second-status">
            <Text size="sm">
              {t(`backups.second.problems.${current.problem}`, { folder: current.folder })}
            </Text>
            <Text size="xs">{t('backups.second.stillHere')}</Text>
          </Alert>
        ) : (
          <Alert color="teal" p="xs" icon={<IconCircleCheck size={16} />} data-testid="second-status">
            <Text size="sm">
              {t('backups.second.ok', {
                count: current.copies,
                copies: formatNumber(current.copies, i18n.language),
                path: current.path
              })}
            </Text>
            {current.lastCopiedAt && (
              <Text size="xs" c="dimmed">
                {t('backups.second.lastCopy', { when: moment(current.lastCopiedAt) })}
              </Text>
            )}
          </Alert>
        ))}
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <FolderField
          label={current ? t('backups.second.change') : t('backups.second.folder')}
          placeholder={current?.folder ?? t('backups.second.placeholder')}
          value={folder}
          onChange={setFolder}
          error={folderError}
        />
        <Button
          size="xs"
          variant="default"
          loading={busy}
          disabled={!folder.trim()}
          onClick={() => void save(folder.trim())}
        >
          {t('backups.second.save')}
        </Button>
        {current && (
          <Button size="xs" variant="subtle" color="red" disabled={busy} onClick={() => void save(null)}>
            {t('backups.second.stop')}
          </Button>
        )}
      </Group>
      {error && !folderError && (
        <Text size="xs" c="red" role="alert">
          {callErrorText(t, error)}
        </Text>
      )}
    </Stack>
  )
}
