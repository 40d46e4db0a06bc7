import { useState } from 'react'
import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconDownload, IconPackageExport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BundleResult } from '../../../../shared/contract'
import { call, exportUrl } from '../../api'
import { formatBytes } from '../../lib/format'
import { docErrorText } from './docErrors'

/** Builds an evidence bundle of the selection (or every document) and offers its download. */
export function BundleExport({ matterId, selected }: { matterId: number; selected: number[] }) {
  const { t, i18n } = useTranslation()
  const [includePrivileged, setIncludePrivileged] = useState(false)
  const [busy, setBusy] = useState(false)
  const [bundle, setBundle] = useState<BundleResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function build(): Promise<void> {
    setBusy(true)
    setError(null)
    setBundle(null)
    const result = await call('documents.exportBundle', {
      matterId,
      ...(selected.length > 0 ? { documentIds: selected } : {}),
      includePrivileged
    })
    setBusy(false)
    if (result.ok) setBundle(result.value)
    else setError(docErrorText(t, result.error))
  }

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Checkbox
            label={t('bundle.includePrivileged')}
            checked={includePrivileged}
            onChange={(e) => setIncludePrivileged(e.currentTarget.checked)}
          />
          <Button
            size="xs"
            leftSection={<IconPackageExport size={14} />}
            loading={busy}
            onClick={() => void build()}
          >
            {selected.length > 0
              ? t('bundle.exportSelected', { count: selected.length })
              : t('bundle.exportAll')}
          </Button>
        </Group>
        {includePrivileged && (
          <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
            <Text size="xs">{t('bundle.privilegedWarning')}</Text>
          </Alert>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        {bundle && (
          <Group gap="xs" data-testid="bundle-ready">
            <Text size="sm">
              {t('bundle.ready', {
                count: bundle.documentCount,
                size: formatBytes(bundle.bytes, i18n.language)
              })}
              {bundle.skippedPrivileged > 0 && ` ${t('bundle.skipped', { count: bundle.skippedPrivileged })}`}
            </Text>
            <Anchor href={exportUrl(bundle.fileName)} download={bundle.fileName} size="sm">
              <Group gap={4} wrap="nowrap">
                <IconDownload size={14} />
                {t('bundle.download', { name: bundle.fileName })}
              </Group>
            </Anchor>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
