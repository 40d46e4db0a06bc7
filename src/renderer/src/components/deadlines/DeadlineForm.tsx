import { useEffect } from 'react'
import { Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core'
import { IconCalendarDue } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_LEAD_TIMES,
  DeadlineFormInput,
  isOverride,
  type CallInput
} from '../../../../shared/contract'
import type { TimelineEvent } from '../../../../shared/model'
import { change, keys, useCall } from '../../lib/queries'
import { DateField } from '../DateField'
import { PersonSelect } from '../PersonSelect'
import { FormButtons } from '../FormButtons'
import { QueryError } from '../QueryState'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { callErrorText } from '../../lib/errors'
import { showCallError, useContractForm } from '../../lib/forms'
import { eventTitle } from '../../lib/labels'
import { notifySaved } from '../../lib/notify'
import { Explanation } from './Explanation'
import { LeadTimesField } from './LeadTimesField'
import { CUSTOM_RULE, defaultOptions, RuleOptionFields, RuleSelect } from './RuleFields'
import { findRule, localized, useRules } from './rules'
import { usePreview } from './usePreview'

const TYPED_DATE = 'date'

/** The form's values: deadlines.add's input as the fields hold it, and the preview's date. */
type DeadlineValues = {
  matterId: number
  /** null: a date set by hand. */
  ruleId: string | null
  /** null: the trigger is a date typed in. */
  triggerEventId: number | null
  triggerDate: string
  options: Record<string, unknown>
  title: string
  /** null: the matter's person answers for it. */
  responsiblePersonId: number | null
  leadTimes: number[]
  due: string
  overrideReason: string
  /** What the rule computes from the trigger (the preview); the override rule compares with it. */
  computedDue: string | null
}

/** What deadlines.add takes: a rule's due date and reason go only with an override. */
function toInput(values: DeadlineValues): CallInput<'deadlines.add'> {
  const { ruleId, triggerEventId, triggerDate, due, overrideReason, computedDue, ...base } = values
  if (ruleId === null) return { ...base, due }
  return {
    ...base,
    ruleId,
    ...(triggerEventId !== null ? { triggerEventId } : { triggerDate }),
    ...(isOverride(computedDue, due.trim()) ? { due, overrideReason } : {})
  }
}

/** Adds a deadline: computed by a rule from an event or a date (previewed live), or set by hand. */
export function DeadlineForm({
  matterId,
  onCancel,
  onSaved
}: {
  matterId: number
  onCancel: () => void
  onSaved: () => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  const rules = useRules()
  const timeline = useCall(keys.timeline(matterId, 'desc'), 'timeline.list', { matterId, order: 'desc' })
  const matter = useCall(keys.matter(matterId), 'matters.get', { id: matterId })
  const events: TimelineEvent[] = (timeline.data ?? []).flatMap((item) =>
    item.kind === 'event' && item.event.type !== 'status_changed' ? [item.event] : []
  )
  const form = useContractForm<DeadlineValues>(DeadlineFormInput, {
    matterId,
    ruleId: null,
    triggerEventId: null,
    triggerDate: '',
    options: {},
    title: '',
    responsiblePersonId: null,
    leadTimes: [...DEFAULT_LEAD_TIMES],
    due: '',
    overrideReason: '',
    computedDue: null
  })
  const { values } = form
  const input = form.getInputProps
  const error = (path: keyof DeadlineValues) => input(path).error as string | undefined

  const rule = values.ruleId === null ? null : findRule(rules.data, values.ruleId)
  const triggerEvent = events.find((e) => e.id === values.triggerEventId) ?? null
  const trigger = triggerEvent ? triggerEvent.date : values.triggerDate
  const preview = usePreview(rule?.id ?? null, trigger, values.options)
  const computedDue = rule && preview.state === 'ok' ? preview.result.due : null
  // The override rule needs the computed date among the values it checks.
  useEffect(() => {
    form.setFieldValue('computedDue', computedDue)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the setter is new on every render
  }, [computedDue])
  // A typed due date that differs from the computed one is an override and needs a reason.
  const overriding = isCalendarDate(values.due) && isOverride(computedDue, values.due.trim())

  function pickRule(next: string): void {
    const ruleId = next === CUSTOM_RULE ? null : next
    form.setValues({
      ruleId,
      options: defaultOptions(findRule(rules.data, next)),
      due: '',
      // A date set by hand has no trigger.
      ...(ruleId === null ? { triggerEventId: null, triggerDate: '' } : {})
    })
  }

  const save = form.onSubmit(async (values) => {
    const result = await change('deadlines.add', toInput(values))
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(t('deadlines.saved'))
    onSaved()
  })

  if (rules.error) return <QueryError query={rules} />

  return (
    <Paper withBorder p="md" component="form" onSubmit={save} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('deadlines.add')}</Title>
        <RuleSelect groups={rules.data ?? []} value={values.ruleId ?? CUSTOM_RULE} onChange={pickRule} />
        {rule && (
          <>
            <Text size="xs" c="dimmed">
              {rule.citation}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={localized(rule.triggerLabel, lang)}
                description={t('deadlineForm.triggerHint')}
                allowDeselect={false}
                data={[
                  { value: TYPED_DATE, label: t('deadlineForm.typedDate') },
                  ...events.map((e) => ({
                    value: String(e.id),
                    label: `${eventTitle(e, t)} · ${formatDate(e.date, lang)}`
                  }))
                ]}
                value={triggerEvent ? String(triggerEvent.id) : TYPED_DATE}
                onChange={(v) =>
                  v && form.setFieldValue('triggerEventId', v === TYPED_DATE ? null : Number(v))
                }
              />
              {!triggerEvent && (
                <DateField
                  label={t('deadlineForm.triggerDate')}
                  required
                  value={values.triggerDate}
                  onChange={(triggerDate) => form.setFieldValue('triggerDate', triggerDate)}
                  error={error('triggerDate')}
                />
              )}
            </SimpleGrid>
            <RuleOptionFields
              rule={rule}
              value={values.options}
              onChange={(options) => form.setFieldValue('options', options)}
            />
            <PreviewPanel preview={preview} />
          </>
        )}
        <TextInput
          label={rule ? t('deadlineForm.titleOptional') : t('fields.deadlineTitle')}
          required={!rule}
          placeholder={rule ? localized(rule.name, lang) : undefined}
          {...input('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={rule ? t('deadlineForm.differentDue') : t('fields.dueDate')}
            required={!rule}
            value={values.due}
            onChange={(due) => form.setFieldValue('due', due)}
            error={error('due')}
          />
          <PersonSelect
            label={t('people.field')}
            value={values.responsiblePersonId}
            onChange={(id) => form.setFieldValue('responsiblePersonId', id)}
            inheritedId={matter.data?.matter.responsiblePersonId ?? null}
            error={error('responsiblePersonId')}
            data-testid="deadline-person"
          />
        </SimpleGrid>
        {overriding && computedDue && (
          <Textarea
            label={t('deadlineForm.overrideReason')}
            description={t('deadlineForm.overrideHint', { date: formatDate(computedDue, lang, 'long') })}
            required
            autosize
            minRows={2}
            {...input('overrideReason')}
          />
        )}
        <LeadTimesField
          value={values.leadTimes}
          onChange={(leadTimes) => form.setFieldValue('leadTimes', leadTimes)}
        />
        <FormButtons form={form} onCancel={onCancel} label={t('deadlines.save')} />
      </Stack>
    </Paper>
  )
}

function PreviewPanel({ preview }: { preview: ReturnType<typeof usePreview> }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  if (preview.state === 'idle') {
    return (
      <Text size="sm" c="dimmed">
        {t('deadlineForm.needTrigger')}
      </Text>
    )
  }
  if (preview.state === 'loading')
    return (
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    )
  if (preview.state === 'error') {
    return (
      <Text size="sm" c="red">
        {callErrorText(t, preview.error)}
      </Text>
    )
  }
  const { result } = preview
  return (
    <Paper withBorder p="sm" bg="blue.0" aria-live="polite" data-testid="deadline-preview">
      <Stack gap={6}>
        <Text size="sm">
          <IconCalendarDue size={16} style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
          {t('deadlineForm.computedDue')}{' '}
          <Text span fw={700}>
            {formatDate(result.due, lang, 'full')}
          </Text>{' '}
          <Text span c="dimmed" className="mono">
            ({result.due})
          </Text>
        </Text>
        {result.earliest && (
          <Text size="sm">
            {t('deadlineForm.earliest')}{' '}
            <Text span fw={700}>
              {formatDate(result.earliest, lang, 'full')}
            </Text>
          </Text>
        )}
        <Explanation steps={result.steps} warnings={result.warningCodes} />
      </Stack>
    </Paper>
  )
}
