import { Alert, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DeadlineStep } from '../../../../shared/model'

/** The engine's steps, as written (English), with citations; labelled honestly in Chinese. */
export function Explanation({
  steps,
  warnings
}: {
  steps: readonly DeadlineStep[]
  warnings: readonly string[]
}) {
  const { t } = useTranslation()
  return (
    <Stack gap={6}>
      {steps.length > 0 && (
        <div data-testid="deadline-explanation">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={2}>
            {t('deadlineForm.explanation')}
          </Text>
          <List size="xs" type="ordered" spacing={2} lang="en">
            {steps.map((step, i) => (
              <List.Item key={i}>
                {step.text}
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
          <Text size="xs" lang="en">
            {warning}
          </Text>
        </Alert>
      ))}
    </Stack>
  )
}
