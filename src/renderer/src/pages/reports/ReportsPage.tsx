// Reports: the docket (open deadlines in a range, grouped by week, matter or responsible person)
// and the portfolio risk report, in the language the reader reads, as PDF, CSV or HTML.
import { useState, type ReactNode } from 'react'
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { IconReportAnalytics } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  DOCKET_FORMATS,
  DOCKET_GROUPINGS,
  PORTFOLIO_FORMATS,
  type DocketGrouping
} from '../../../../shared/contract'
import { addCalendarDays } from '../../../../shared/deadlines'
import { call } from '../../api'
import { DateField } from '../../components/DateField'
import pageClasses from '../../components/Page.module.css'
import { useToday } from '../../lib/today'
import { ReportFormatControl, ReportLanguageSelect, useUiLanguage } from './ReportOptions'
import { ReportResult } from './ReportResult'
import { useReport } from './useReport'

function DocketCard() {
  const { t } = useTranslation()
  const today = useToday()
  const [from, setFrom] = useState(today)
  const [to, setTo] = useState(addCalendarDays(today, 90))
  const [groupBy, setGroupBy] = useState<DocketGrouping>('week')
  const [format, setFormat] = useState<(typeof DOCKET_FORMATS)[number]>('pdf')
  const [lang, setLang] = useState(useUiLanguage())
  const report = useReport()
  return (
    <ReportCard
      testId="docket-report"
      title={t('reports.docket.title')}
      intro={t('reports.docket.intro')}
      report={report}
      onMake={() => call('reports.docket', { from, to, groupBy, format, lang })}
    >
      <Group align="flex-start" gap="md">
        <DateField
          label={t('reports.docket.from')}
          value={from}
          onChange={setFrom}
          error={report.fields.from}
          w={170}
        />
        <DateField
          label={t('reports.docket.to')}
          value={to}
          onChange={setTo}
          error={report.fields.to}
          w={170}
        />
        <Select
          size="xs"
          w={180}
          label={t('reports.docket.groupBy')}
          data={DOCKET_GROUPINGS.map((g) => ({ value: g, label: t(`reports.docket.groups.${g}`) }))}
          value={groupBy}
          allowDeselect={false}
          onChange={(v) => v && setGroupBy(v as DocketGrouping)}
        />
        <ReportLanguageSelect value={lang} onChange={setLang} />
        <ReportFormatControl formats={DOCKET_FORMATS} value={format} onChange={setFormat} />
      </Group>
    </ReportCard>
  )
}

function PortfolioCard() {
  const { t } = useTranslation()
  const [format, setFormat] = useState<(typeof PORTFOLIO_FORMATS)[number]>('pdf')
  const [lang, setLang] = useState(useUiLanguage())
  const report = useReport()
  return (
    <ReportCard
      testId="portfolio-report"
      title={t('reports.portfolio.title')}
      intro={t('reports.portfolio.intro')}
      report={report}
      onMake={() => call('reports.portfolio', { format, lang })}
    >
      <Group align="flex-end" gap="md">
        <ReportLanguageSelect value={lang} onChange={setLang} />
        <ReportFormatControl formats={PORTFOLIO_FORMATS} value={format} onChange={setFormat} />
      </Group>
    </ReportCard>
  )
}

/** One report's card: its title and intro, its choices, "Make report" and the file it made. */
function ReportCard({
  testId,
  title,
  intro,
  report,
  onMake,
  children
}: {
  testId: string
  title: string
  intro: string
  report: ReturnType<typeof useReport>
  onMake: Parameters<ReturnType<typeof useReport>['run']>[0]
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Title order={5}>{title}</Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {children}
        <Group>
          <Button
            size="xs"
            leftSection={<IconReportAnalytics size={14} />}
            loading={report.busy}
            onClick={() => void report.run(onMake)}
          >
            {t('reports.make')}
          </Button>
          <ReportResult report={report} />
        </Group>
      </Stack>
    </Paper>
  )
}

export function ReportsPage() {
  const { t } = useTranslation()
  return (
    <div className={pageClasses.scroll}>
      <div className={pageClasses.content}>
        <Stack gap="md">
          <Title order={3}>{t('reports.title')}</Title>
          <DocketCard />
          <PortfolioCard />
        </Stack>
      </div>
    </div>
  )
}
