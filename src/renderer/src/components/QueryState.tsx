import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallError } from '../../../shared/contract'
import { callErrorText } from '../lib/errors'
import { toCallError } from '../lib/queries'

export function LoadingPanel({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="xs">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t('common.loading')}
        </Text>
      </Group>
    </Center>
  )
}

/** A failed read says what happened and offers a retry instead of a blank screen. */
export function ErrorPanel({ error, onRetry }: { error: CallError; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('common.loadFailed')}
      role="alert"
      m="md"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{callErrorText(t, error)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}

/** The error panel for a failed query, whose Retry refetches it. */
export function QueryError({ query }: { query: { error: unknown; refetch: () => unknown } }) {
  return <ErrorPanel error={toCallError(query.error)} onRetry={() => void query.refetch()} />
}
