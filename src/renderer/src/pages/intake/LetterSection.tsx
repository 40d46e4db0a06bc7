import type { ReactNode } from 'react'
import { Input, SegmentedControl, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { INTAKE_KINDS, letterDateWarnings, TITLE_MAX, type UploadedFile } from '../../../../shared/contract'
import { DateField } from '../../components/DateField'
import { FileDrop } from '../../components/FileDrop'
import { JurisdictionSelect, MarketplaceInput } from '../../components/fields'
import { FormSection } from '../../components/FormSection'
import { useToday } from '../../lib/today'
import { Proposed } from './Proposed'
import type { SectionProps } from './sectionProps'

// What the reader can read: PDFs (a scan offers OCR), e-mails and plain text.
const LETTER_TYPES = 'application/pdf,message/rfc822,.eml,text/plain,.txt'

export function LetterSection({
  draft,
  update,
  fieldError,
  suggested,
  referenceError,
  onLetterFile,
  readPanel
}: SectionProps & {
  suggested: string | null
  /** The reference's error; a duplicate names the matter that holds it, with a link. */
  referenceError: ReactNode
  onLetterFile: (file: UploadedFile | null) => void
  readPanel: ReactNode
}) {
  const { t } = useTranslation()
  // A date after today is saved as typed, with a warning under it.
  const warnings = letterDateWarnings(draft, useToday())
  const warning = (field: keyof typeof warnings) => {
    const code = warnings[field]
    return code ? t(`warnings.${code}`) : undefined
  }
  // a marketplace's notice is dated by the notice; a letter and a complaint by their own date
  const dateLabel = draft.kind === 'marketplace_complaint' ? t('intake.noticeDate') : t('fields.letterDate')
  return (
    <FormSection id="intake-letter" title={t('intake.sections.letter')}>
      <Input.Wrapper label={t('intake.kind.label')} id="intake-kind">
        <div>
          <SegmentedControl
            aria-labelledby="intake-kind-label"
            value={draft.kind}
            onChange={(value) => {
              const kind = value as typeof draft.kind
              // the APEX rule belongs to a marketplace's notice only
              const deadline =
                kind === 'marketplace_complaint'
                  ? draft.deadline
                  : { ...draft.deadline, rule: 'letter.asserted' as const }
              update({ kind, deadline })
            }}
            data={INTAKE_KINDS.map((kind) => ({ value: kind, label: t(`intake.kind.${kind}`) }))}
          />
        </div>
      </Input.Wrapper>
      <FileDrop
        label={t('intake.letterFile')}
        file={draft.letterFile}
        onChange={onLetterFile}
        accept={LETTER_TYPES}
      />
      {readPanel}
      <Proposed field="title" label={t('fields.title')}>
        <TextInput
          label={t('fields.title')}
          placeholder={t('intake.titlePlaceholder')}
          aria-label={t('fields.title')}
          required
          value={draft.title}
          onChange={(e) => update({ title: e.currentTarget.value })}
          error={fieldError('title')}
          description={
            draft.title.length > TITLE_MAX * 0.9
              ? t('common.charCount', { count: draft.title.length, max: TITLE_MAX })
              : undefined
          }
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      </Proposed>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('fields.reference')}
          value={draft.reference}
          onChange={(e) => update({ reference: e.currentTarget.value, referenceEdited: true })}
          error={referenceError}
          description={suggested ? t('intake.referenceSuggested', { reference: suggested }) : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          classNames={{ input: 'mono' }}
        />
        <Proposed field="letterDate" label={dateLabel}>
          <DateField
            label={dateLabel}
            aria-label={dateLabel}
            required
            value={draft.letterDate}
            onChange={(letterDate) => update({ letterDate })}
            error={fieldError('letterDate')}
            warning={warning('letterDate')}
          />
        </Proposed>
        <Proposed field="receivedDate" label={t('fields.receivedDate')}>
          <DateField
            label={t('fields.receivedDate')}
            aria-label={t('fields.receivedDate')}
            required
            value={draft.receivedDate}
            onChange={(receivedDate) => update({ receivedDate })}
            error={fieldError('receivedDate')}
            warning={warning('receivedDate')}
          />
        </Proposed>
        <Proposed field="jurisdiction" label={t('fields.jurisdiction')}>
          <JurisdictionSelect
            label={t('fields.jurisdiction')}
            value={draft.jurisdiction}
            onChange={(jurisdiction) => update({ jurisdiction })}
            error={fieldError('jurisdiction')}
          />
        </Proposed>
        <Proposed field="marketplace" label={t('fields.marketplace')}>
          <MarketplaceInput
            label={t('fields.marketplace')}
            value={draft.marketplace}
            onChange={(marketplace) => update({ marketplace })}
            error={fieldError('marketplace')}
          />
        </Proposed>
      </SimpleGrid>
    </FormSection>
  )
}
