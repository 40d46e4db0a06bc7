import { MultiSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'

const COMMON_LEADS = [90, 60, 30, 21, 14, 10, 7, 5, 3, 2, 1, 0]

/** Days before the due date on which to remind; 0 is the day itself. */
export function LeadTimesField({
  value,
  onChange
}: {
  value: number[]
  onChange: (value: number[]) => void
}) {
  const { t } = useTranslation()
  const options = [...new Set([...COMMON_LEADS, ...value])].sort((a, b) => b - a)
  return (
    <MultiSelect
      label={t('deadlineForm.leadTimes')}
      description={t('deadlineForm.leadTimesHint')}
      data={options.map((n) => ({
        value: String(n),
        label: n === 0 ? t('deadlineForm.onTheDay') : t('deadlineForm.daysBefore', { count: n })
      }))}
      value={value.map(String)}
      onChange={(next) => onChange(next.map(Number).sort((a, b) => b - a))}
      clearable
    />
  )
}
