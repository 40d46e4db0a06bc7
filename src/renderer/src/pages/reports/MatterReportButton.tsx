// "Report" on the matter page: the whole matter as HTML or PDF, in the reader's language;
// privileged content only when ticked, and then every page carries the legend.
import { useState } from 'react'
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileReport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MATTER_REPORT_FORMATS } from '../../../../shared/contract'
import { call } from '../../api'
import { ReportFormatControl, ReportLanguageSelect, useUiLanguage } from './ReportOptions'
import { ReportResult } from './ReportResult'
import { useReport } from './useReport'

export function MatterReportButton({ matterId }: { matterId: number }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [lang, setLang] = useState(useUiLanguage())
  const [format, setFormat] = useState<(typeof MATTER_REPORT_FORMATS)[number]>('pdf')
  const [includePrivileged, setIncludePrivileged] = useState(false)
  const report = useReport()
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconFileReport size={14} />}
        onClick={() => setOpened(true)}
      >
        {t('reports.matter.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('reports.matter.title')} size="lg">
        <Stack gap="sm" data-testid="matter-report">
          <Text size="sm" c="dimmed">
            {t('reports.matter.intro')}
          </Text>
          <Group align="flex-end" gap="md">
            <ReportLanguageSelect value={lang} onChange={setLang} />
            <ReportFormatControl formats={MATTER_REPORT_FORMATS} value={format} onChange={setFormat} />
          </Group>
          <Checkbox
            label={t('reports.includePrivileged')}
            description={t('reports.includePrivilegedHint')}
            checked={includePrivileged}
            onChange={(e) => setIncludePrivileged(e.currentTarget.checked)}
          />
          {includePrivileged && (
            <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
              <Text size="xs">{t('reports.privilegedWarning')}</Text>
            </Alert>
          )}
          <Group>
            <Button
              size="xs"
              leftSection={<IconFileReport size={14} />}
              loading={report.busy}
              onClick={() =>
                void report.run(() => call('reports.matter', { matterId, format, lang, includePrivileged }))
              }
            >
              {t('reports.make')}
            </Button>
          </Group>
          <ReportResult report={report} />
        </Stack>
      </Modal>
    </>
  )
}
