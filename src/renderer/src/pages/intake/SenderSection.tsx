import { SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormSection } from '../../components/FormSection'
import type { SectionProps } from './sectionProps'

export function SenderSection({ draft, update, fieldError }: SectionProps) {
  const { t } = useTranslation()
  return (
    <FormSection id="intake-sender" title={t('intake.sections.sender')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('fields.senderFirm')}
          value={draft.senderFirm}
          onChange={(e) => update({ senderFirm: e.currentTarget.value })}
          error={fieldError('senderFirm')}
        />
        <TextInput
          label={t('fields.senderAttorney')}
          value={draft.senderAttorney}
          onChange={(e) => update({ senderAttorney: e.currentTarget.value })}
          error={fieldError('senderAttorney')}
        />
        <TextInput
          label={t('fields.senderEmail')}
          type="email"
          value={draft.senderEmail}
          onChange={(e) => update({ senderEmail: e.currentTarget.value })}
          error={fieldError('senderEmail')}
        />
        <TextInput
          label={t('fields.senderReference')}
          value={draft.senderReference}
          onChange={(e) => update({ senderReference: e.currentTarget.value })}
          error={fieldError('senderReference')}
        />
      </SimpleGrid>
    </FormSection>
  )
}
