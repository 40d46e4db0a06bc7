import { Anchor, Group, Text } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { exportUrl } from '../../api'
import type { ReportState } from './useReport'

/** What came of the last "Make report": its download link, what was left out, or why it failed. */
export function ReportResult({ report }: { report: ReportState }) {
  const { t } = useTranslation()
  if (report.error)
    return (
      <Text size="sm" c="red" role="alert">
        {report.error}
      </Text>
    )
  if (!report.file) return null
  const { file } = report
  return (
    <Group gap="xs" data-testid="report-ready">
      <Text size="sm">{t('reports.ready', { name: file.fileName })}</Text>
      {file.skippedPrivileged > 0 && (
        <Text size="sm" c="dimmed">
          {t('reports.skippedPrivileged', { count: file.skippedPrivileged })}
        </Text>
      )}
      <Anchor href={exportUrl(file.fileName)} download={file.fileName} size="sm" data-testid="report-link">
        <Group gap={4} wrap="nowrap">
          <IconDownload size={14} />
          {t('reports.download', { name: file.fileName })}
        </Group>
      </Anchor>
    </Group>
  )
}
