import { useState, type FormEvent } from 'react'
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title
} from '@mantine/core'
import { IconCalendarDue } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_LEAD_TIMES } from '../../../../shared/contract'
import type { TimelineEvent } from '../../../../shared/model'
import { change, keys, useCall } from '../../lib/queries'
import { DateField } from '../DateField'
import { QueryError } from '../QueryState'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { callErrorText, fieldErrorGetter, type FieldErrors } from '../../lib/errors'
import { eventTitle } from '../../lib/labels'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { Explanation } from './Explanation'
import { LeadTimesField } from './LeadTimesField'
import { CUSTOM_RULE, defaultOptions, RuleOptionFields, RuleSelect } from './RuleFields'
import { findRule, localized, useRules } from './rules'
import { usePreview } from './usePreview'

const TYPED_DATE = 'date'

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
  const events: TimelineEvent[] = (timeline.data ?? []).flatMap((item) =>
    item.kind === 'event' && item.event.type !== 'status_changed' ? [item.event] : []
  )

  const [ruleId, setRuleId] = useState<string>(CUSTOM_RULE)
  const [triggerSource, setTriggerSource] = useState<string>(TYPED_DATE)
  const [triggerDate, setTriggerDate] = useState('')
  const [options, setOptions] = useState<Record<string, unknown>>({})
  const [title, setTitle] = useState('')
  const [assignee, setAssignee] = useState('')
  const [leadTimes, setLeadTimes] = useState<number[]>([...DEFAULT_LEAD_TIMES])
  const [due, setDue] = useState('')
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)

  const custom = ruleId === CUSTOM_RULE
  const rule = custom ? null : findRule(rules.data, ruleId)
  const triggerEvent = events.find((e) => String(e.id) === triggerSource) ?? null
  const trigger = triggerEvent ? triggerEvent.date : triggerDate
  const preview = usePreview(rule?.id ?? null, trigger, options)
  const computed = preview.state === 'ok' ? preview.result.due : null
  // A typed due date that differs from the computed one is an override and needs a reason.
  const overriding = !custom && computed !== null && isCalendarDate(due) && due.trim() !== computed

  function pickRule(next: string): void {
    setRuleId(next)
    setOptions(defaultOptions(findRule(rules.data, next)))
    setDue('')
    setErrors({})
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault()
    const local: FieldErrors = {}
    if (custom) {
      if (!title.trim()) local.title = 'required'
      if (!due.trim()) local.due = 'required'
    } else {
      if (!triggerEvent && !isCalendarDate(triggerDate)) local.triggerDate = 'required'
      if (overriding && !reason.trim()) local.overrideReason = 'override_reason_required'
    }
    if (Object.keys(local).length > 0) {
      setErrors(local)
      return
    }
    const base = { matterId, title: title.trim(), assignee: assignee.trim() || null, leadTimes }
    const input = custom
      ? { ...base, due: due.trim() }
      : {
          ...base,
          ruleId,
          options,
          ...(triggerEvent ? { triggerEventId: triggerEvent.id } : { triggerDate: triggerDate.trim() }),
          ...(overriding ? { due: due.trim(), overrideReason: reason.trim() } : {})
        }
    setSaving(true)
    const result = await change('deadlines.add', input)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      return
    }
    notifySaved(t('deadlines.saved'))
    onSaved()
  }

  const fieldError = fieldErrorGetter(t, errors)
  if (rules.error) return <QueryError query={rules} />

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: FormEvent) => void save(e)} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('deadlines.add')}</Title>
        <RuleSelect groups={rules.data ?? []} value={ruleId} onChange={pickRule} />
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
                value={triggerSource}
                onChange={(v) => v && setTriggerSource(v)}
              />
              {!triggerEvent && (
                <DateField
                  label={t('deadlineForm.triggerDate')}
                  required
                  value={triggerDate}
                  onChange={setTriggerDate}
                  error={fieldError('triggerDate')}
                />
              )}
            </SimpleGrid>
            <RuleOptionFields rule={rule} value={options} onChange={setOptions} />
            <PreviewPanel preview={preview} />
          </>
        )}
        <TextInput
          label={custom ? t('fields.deadlineTitle') : t('deadlineForm.titleOptional')}
          required={custom}
          placeholder={rule ? localized(rule.name, lang) : undefined}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateField
            label={custom ? t('fields.dueDate') : t('deadlineForm.differentDue')}
            required={custom}
            value={due}
            onChange={setDue}
            error={fieldError('due')}
          />
          <TextInput
            label={t('fields.assignee')}
            value={assignee}
            onChange={(e) => setAssignee(e.currentTarget.value)}
            error={fieldError('assignee')}
          />
        </SimpleGrid>
        {overriding && (
          <Textarea
            label={t('deadlineForm.overrideReason')}
            description={t('deadlineForm.overrideHint', { date: formatDate(computed, lang, 'long') })}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('overrideReason')}
          />
        )}
        <LeadTimesField value={leadTimes} onChange={setLeadTimes} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('deadlines.save')}
          </Button>
        </Group>
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
