import { SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormSection } from '../../components/FormSection'
import { Proposed } from './Proposed'
import type { SectionProps } from './sectionProps'

export function SenderSection({ draft, update, fieldError }: SectionProps) {
  const { t } = useTranslation()
  return (
    <FormSection id="intake-sender" title={t('intake.sections.sender')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Proposed field="senderFirm" label={t('fields.senderFirm')}>
          <TextInput
            label={t('fields.senderFirm')}
            value={draft.senderFirm}
            onChange={(e) => update({ senderFirm: e.currentTarget.value })}
            error={fieldError('senderFirm')}
          />
        </Proposed>
        <Proposed field="senderAttorney" label={t('fields.senderAttorney')}>
          <TextInput
            label={t('fields.senderAttorney')}
            value={draft.senderAttorney}
            onChange={(e) => update({ senderAttorney: e.currentTarget.value })}
            error={fieldError('senderAttorney')}
          />
        </Proposed>
        <Proposed field="senderEmail" label={t('fields.senderEmail')}>
          <TextInput
            label={t('fields.senderEmail')}
            type="email"
            value={draft.senderEmail}
            onChange={(e) => update({ senderEmail: e.currentTarget.value })}
            error={fieldError('senderEmail')}
          />
        </Proposed>
        <Proposed field="senderReference" label={t('fields.senderReference')}>
          <TextInput
            label={t('fields.senderReference')}
            value={draft.senderReference}
            onChange={(e) => update({ senderReference: e.currentTarget.value })}
            error={fieldError('senderReference')}
          />
        </Proposed>
      </SimpleGrid>
    </FormSection>
  )
}
