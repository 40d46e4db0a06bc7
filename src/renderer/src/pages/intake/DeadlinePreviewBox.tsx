import { Alert, List, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCalendarDue } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PreviewOutcome } from '../../lib/deadlinePreview'
import { computedText, computedTextLang } from '../../lib/computedText'
import { formatDate } from '../../lib/dates'
import { errorText } from '../../lib/errors'
import classes from './Intake.module.css'

/** The computed date, and every step that led to it, before anything is saved. */
export function DeadlinePreviewBox({ outcome }: { outcome: PreviewOutcome }) {
  const { t, i18n } = useTranslation()
  if (outcome.state === 'missing_trigger' || outcome.state === 'missing_days') {
    return (
      <Text size="sm" c="dimmed">
        {t(outcome.state === 'missing_trigger' ? 'intake.deadline.needTrigger' : 'intake.deadline.needDays')}
      </Text>
    )
  }
  if (outcome.state === 'error') {
    return (
      <Text size="sm" c="red">
        {errorText(t, outcome.code)}
      </Text>
    )
  }
  const { preview } = outcome
  return (
    <Paper withBorder p="sm" className={classes.preview} aria-live="polite" data-testid="deadline-preview">
      <Stack gap={6}>
        <Text size="sm">
          <IconCalendarDue size={16} style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
          {t('intake.deadline.computed')}{' '}
          <Text span fw={700}>
            {formatDate(preview.due, i18n.language, 'full')}
          </Text>{' '}
          <Text span c="dimmed" className="mono">
            ({preview.due})
          </Text>
        </Text>
        {preview.steps.length > 0 && (
          <List size="xs" spacing={2} type="ordered" c="dimmed">
            {preview.steps.map((step, i) => (
              <List.Item key={i} lang={computedTextLang(step, i18n.language)}>
                {computedText(step, i18n.language)}
                {step.citation && (
                  <Text span inherit fs="italic">
                    {' '}
                    ({step.citation})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {preview.warnings.map((warning, i) => (
          <Alert key={i} color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} />}>
            <Text size="xs">{computedText(warning, i18n.language)}</Text>
          </Alert>
        ))}
      </Stack>
    </Paper>
  )
}
