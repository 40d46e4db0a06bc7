import { useState } from 'react'
import { Alert, Button, List, Paper, Stack, Text } from '@mantine/core'
import { IconCircleCheck, IconShieldCheck, IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BlobProblem, VaultVerifyReport } from '../../../../shared/contract'
import { change } from '../../lib/queries'
import { docErrorText } from './docErrors'

/** Settings: re-hash every vault file and say which no longer match their records. */
export function VaultVerifyPanel() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<VaultVerifyReport | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function verify(): Promise<void> {
    setBusy(true)
    setError(null)
    const result = await change('vault.verify', {})
    setBusy(false)
    if (result.ok) setReport(result.value)
    else setError(docErrorText(t, result.error))
  }

  const problems: [string, BlobProblem[]][] = report
    ? [
        ['mismatched', report.mismatched],
        ['missing', report.missing],
        ['unreadable', report.unreadable]
      ]
    : []
  const bad = problems.reduce((n, [, list]) => n + list.length, 0)

  return (
    <Paper withBorder p="md">
      <Stack gap="xs" align="flex-start">
        <Text fw={600} size="sm">
          {t('vault.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('vault.hint')}
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconShieldCheck size={14} />}
          loading={busy}
          onClick={() => void verify()}
        >
          {t('vault.verify')}
        </Button>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {report && (
          <Alert
            w="100%"
            color={bad ? 'red' : 'teal'}
            icon={bad ? <IconAlertTriangle size={16} /> : <IconCircleCheck size={16} />}
            data-testid="vault-report"
          >
            <Text size="sm">{t('vault.summary', { checked: report.checked, ok: report.ok })}</Text>
            {problems.map(([kind, list]) =>
              list.length === 0 ? null : (
                <Stack key={kind} gap={2} mt="xs">
                  <Text size="sm" fw={600}>
                    {t(`vault.${kind}`, { count: list.length })}
                  </Text>
                  <List size="xs">
                    {list.map((p) => (
                      <List.Item key={p.sha256}>
                        {p.documents.map((d) => d.originalName).join(', ') || p.sha256.slice(0, 16)}
                        <Text span size="xs" c="dimmed" className="mono">
                          {' '}
                          {p.sha256.slice(0, 16)}…
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              )
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
