import { Alert, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ComputedText, DeadlineStep } from '../../../../shared/model'
import { computedText, computedTextLang } from '../../lib/computedText'

/** The engine's steps and warnings in the reader's language, with citations. */
export function Explanation({
  steps,
  warnings
}: {
  steps: readonly DeadlineStep[]
  warnings: readonly (ComputedText | string)[]
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  return (
    <Stack gap={6}>
      {steps.length > 0 && (
        <div data-testid="deadline-explanation">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={2}>
            {t('deadlineForm.explanation')}
          </Text>
          <List size="xs" type="ordered" spacing={2}>
            {steps.map((step, i) => (
              <List.Item key={i} lang={computedTextLang(step, lang)}>
                {computedText(step, lang)}
                {step.citation && (
                  <Text span size="xs" fs="italic" c="dimmed">
                    {' '}
                    ({step.citation})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {warnings.map((warning, i) => (
        <Alert key={i} color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
          <Text size="xs" lang={computedTextLang(warning, lang)}>
            {computedText(warning, lang)}
          </Text>
        </Alert>
      ))}
    </Stack>
  )
}
