// A complaint's caption and docket on the intake form: the lawsuit's case fields, each proposed
// from the complaint with its source sentence until accepted, like the letter's fields.
import { SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../components/DateField'
import { FormSection } from '../../components/FormSection'
import { Proposed } from './Proposed'
import type { SectionProps } from './sectionProps'

const TEXT = ['court', 'division', 'caseNumber', 'judge', 'magistrateJudge'] as const

export function CaseSection({ draft, update, fieldError }: SectionProps) {
  const { t } = useTranslation()
  const label = (field: string) => t(`lawsuit.fields.${field}`)
  return (
    <FormSection id="intake-case" title={t('lawsuit.caseDetails')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {TEXT.map((field) => (
          <Proposed key={field} field={field} label={label(field)}>
            <TextInput
              label={label(field)}
              classNames={field === 'caseNumber' ? { input: 'mono' } : undefined}
              value={draft[field]}
              onChange={(e) => update({ [field]: e.currentTarget.value })}
              error={fieldError(field)}
            />
          </Proposed>
        ))}
        <Proposed field="filingDate" label={label('filingDate')}>
          <DateField
            label={label('filingDate')}
            value={draft.filingDate}
            onChange={(filingDate) => update({ filingDate })}
            error={fieldError('filingDate')}
          />
        </Proposed>
      </SimpleGrid>
    </FormSection>
  )
}
