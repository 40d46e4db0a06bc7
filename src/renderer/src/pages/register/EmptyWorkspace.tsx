import { useState } from 'react'
import { Button, EmptyState } from '@mantine/core'
import { IconDatabaseImport, IconFolderOpen, IconMailExclamation } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { navigate } from '../../lib/router'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { change } from '../../lib/queries'

/** First run: nothing to list yet, so offer the two ways to start. */
export function EmptyWorkspace({ onLoaded }: { onLoaded?: () => void }) {
  const { t } = useTranslation()
  const [loading, setLoading] = useState(false)

  async function loadSample(): Promise<void> {
    setLoading(true)
    const result = await change('workspace.loadSample', {})
    setLoading(false)
    if (!result.ok) {
      notifyFailed(t, result.error, t('register.empty.sampleFailed'))
      return
    }
    notifySaved(t('register.empty.sampleLoaded', { count: result.value.created }))
    onLoaded?.()
  }

  return (
    <EmptyState
      mt={80}
      size="lg"
      icon={<IconFolderOpen size={36} stroke={1.4} />}
      withIndicatorBackground
      title={t('register.empty.title')}
      description={t('register.empty.description')}
    >
      <EmptyState.Actions>
        <Button leftSection={<IconMailExclamation size={16} />} onClick={() => navigate({ name: 'intake' })}>
          {t('actions.logWarningLetter')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconDatabaseImport size={16} />}
          loading={loading}
          onClick={() => void loadSample()}
        >
          {t('register.empty.loadSample')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  )
}
