import { Button, Menu, Text } from '@mantine/core'
import { IconFileSpreadsheet, IconFileTypeCsv, IconTableExport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CallInput } from '../../../../shared/contract'
import { LANGUAGES, type Language } from '../../../../shared/model'
import { call } from '../../api'
import { ReportResult } from './ReportResult'
import { useReport } from './useReport'

type Query = Omit<CallInput<'reports.register'>, 'format' | 'lang'>

/** The register's Export menu: the rows on screen (filters, search, sort) as CSV or XLSX. */
export function RegisterExportMenu({ query }: { query: Query }) {
  const { t, i18n } = useTranslation()
  const report = useReport()
  const lang: Language = (LANGUAGES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : 'en'
  const exportAs = (format: 'csv' | 'xlsx') =>
    void report.run(() => call('reports.register', { ...query, format, lang }))
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconTableExport size={14} />}
            loading={report.busy}
          >
            {t('reports.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs" maw={260}>
              {t('reports.exportHint')}
            </Text>
          </Menu.Label>
          <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => exportAs('csv')}>
            {t('reports.exportCsv')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => exportAs('xlsx')}>
            {t('reports.exportXlsx')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ReportResult report={report} />
    </>
  )
}
