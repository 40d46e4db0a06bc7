import { SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../../shared/model'

/** The screen's language is the first choice; the report's is the reader's (a manager, outside counsel). */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'en'
}

export function ReportLanguageSelect({
  value,
  onChange
}: {
  value: Language
  onChange: (l: Language) => void
}) {
  const { t } = useTranslation()
  return (
    <Select
      size="xs"
      w={160}
      label={t('reports.language')}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`languageNames.${l}`) }))}
      value={value}
      allowDeselect={false}
      onChange={(v) => v && onChange(v as Language)}
    />
  )
}

export function ReportFormatControl<F extends string>({
  formats,
  value,
  onChange
}: {
  formats: readonly F[]
  value: F
  onChange: (f: F) => void
}) {
  const { t } = useTranslation()
  return (
    <Stack gap={2}>
      <Text size="xs" fw={500}>
        {t('reports.format')}
      </Text>
      <SegmentedControl
        size="xs"
        aria-label={t('reports.format')}
        data={formats.map((f) => ({ value: f, label: t(`reports.formats.${f}`) }))}
        value={value}
        onChange={(v) => onChange(v as F)}
      />
    </Stack>
  )
}
