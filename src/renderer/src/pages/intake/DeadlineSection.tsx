import { Anchor, Group, NumberInput, Radio, Select, Stack, Text, Textarea } from '@mantine/core'
import { RESPONSE_RULES, type ResponseRule } from '../../../../shared/contract'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../components/DateField'
import { FormSection } from '../../components/FormSection'
import type { PreviewOutcome } from '../../lib/deadlinePreview'
import { DeadlinePreviewBox } from './DeadlinePreviewBox'
import {
  computedDueOf,
  confirmedDue,
  type DeadlineBasis,
  type DeadlineDraft,
  type DeadlineFrom
} from './intakeDraft'
import { Proposed } from './Proposed'
import type { SectionProps } from './sectionProps'

// i18n keys cannot hold the rule ids' dots
const RULE_KEY: Record<ResponseRule, string> = { 'letter.asserted': 'stated', 'amazon.apex.response': 'apex' }

export function DeadlineSection({
  draft,
  update,
  fieldError,
  outcome
}: SectionProps & { outcome: PreviewOutcome }) {
  const { t } = useTranslation()
  const d = draft.deadline
  const setDeadline = (patch: Partial<DeadlineDraft>) => update({ deadline: { ...d, ...patch } })
  const computedDue = computedDueOf(outcome)
  const due = confirmedDue(d, computedDue)
  // Also while the field is cleared, so the way back to the computed date stays on screen.
  const overridden = d.dueEdited && computedDue !== null && due !== computedDue
  const apex = draft.kind === 'marketplace_complaint' && d.rule === 'amazon.apex.response'

  return (
    <FormSection id="intake-demands" title={t('intake.sections.demands')}>
      <Proposed field="demands" label={t('fields.demands')}>
        <Textarea
          label={t('fields.demands')}
          placeholder={t('intake.demandsPlaceholder')}
          autosize
          minRows={3}
          maxRows={10}
          value={draft.demands}
          onChange={(e) => update({ demands: e.currentTarget.value })}
          error={fieldError('demands')}
        />
      </Proposed>
      <Radio.Group
        label={t('intake.deadline.label')}
        value={d.stated ? 'stated' : 'none'}
        onChange={(value) => setDeadline({ stated: value === 'stated' })}
      >
        <Group gap="lg" mt={4}>
          <Radio value="stated" label={t('intake.deadline.stated')} />
          <Radio value="none" label={t('intake.deadline.none')} />
        </Group>
      </Radio.Group>
      {d.stated && (
        <Stack gap="sm">
          <Proposed field="responseDeadline" label={t('intake.deadline.label')}>
            <Stack gap="sm">
              {draft.kind === 'marketplace_complaint' && (
                <Select
                  w={360}
                  label={t('intake.deadline.rule')}
                  allowDeselect={false}
                  data={RESPONSE_RULES.map((rule) => ({
                    value: rule,
                    label: t(`intake.deadline.rules.${RULE_KEY[rule]}`)
                  }))}
                  value={d.rule}
                  onChange={(rule) => rule && setDeadline({ rule: rule as ResponseRule })}
                />
              )}
              {apex ? (
                <Text size="sm" c="dimmed">
                  {t('intake.deadline.apexHint')}
                </Text>
              ) : (
                <Group gap="sm" align="flex-start" wrap="wrap">
                  <NumberInput
                    w={190}
                    label={t('intake.deadline.days')}
                    min={1}
                    max={3650}
                    allowDecimal={false}
                    allowNegative={false}
                    value={d.days}
                    onChange={(days) => setDeadline({ days })}
                    error={fieldError('responseDeadline.days')}
                  />
                  <Select
                    w={200}
                    label={t('intake.deadline.basis')}
                    allowDeselect={false}
                    data={[
                      { value: 'calendar', label: t('intake.deadline.calendarDays') },
                      { value: 'business', label: t('intake.deadline.businessDays') }
                    ]}
                    value={d.basis}
                    onChange={(basis) => basis && setDeadline({ basis: basis as DeadlineBasis })}
                  />
                  <Select
                    w={220}
                    label={t('intake.deadline.from')}
                    allowDeselect={false}
                    data={[
                      { value: 'letter_date', label: t('intake.deadline.fromLetter') },
                      { value: 'received_date', label: t('intake.deadline.fromReceipt') }
                    ]}
                    value={d.from}
                    onChange={(from) => from && setDeadline({ from: from as DeadlineFrom })}
                  />
                </Group>
              )}
            </Stack>
          </Proposed>
          <DeadlinePreviewBox outcome={outcome} />
          <Group align="flex-start" gap="sm">
            <DateField
              w={260}
              label={t('intake.deadline.due')}
              value={due}
              onChange={(value) => setDeadline({ due: value, dueEdited: true })}
              error={fieldError('responseDeadline.due')}
            />
            {overridden && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                mt={30}
                onClick={() => setDeadline({ dueEdited: false, overrideReason: '' })}
              >
                {t('intake.deadline.useComputed')}
              </Anchor>
            )}
          </Group>
          {(overridden || fieldError('responseDeadline.overrideReason')) && (
            <Textarea
              label={t('fields.overrideReason')}
              description={t('intake.deadline.overrideHint')}
              aria-label={t('fields.overrideReason')}
              required
              autosize
              minRows={2}
              value={d.overrideReason}
              onChange={(e) => setDeadline({ overrideReason: e.currentTarget.value })}
              error={fieldError('responseDeadline.overrideReason')}
            />
          )}
        </Stack>
      )}
    </FormSection>
  )
}
