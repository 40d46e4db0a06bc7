import { useEffect, useState } from 'react'
import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Deadline } from '../../../../shared/model'
import { call } from '../../api'
import { change } from '../../lib/queries'
import { DateField } from '../DateField'
import { formatDate, isCalendarDate } from '../../lib/dates'
import { useToday } from '../../lib/today'
import { fieldErrorGetter, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { LeadTimesField } from './LeadTimesField'

export type DeadlineDialogKind = 'done' | 'override' | 'edit' | 'remove'

interface DialogProps {
  kind: DeadlineDialogKind | null
  deadline: Deadline
  /** The display title (rule name when untitled). */
  title: string
  onClose: () => void
}

/** The dialogs behind a deadline card's actions; each keeps what was typed if the save fails. */
export function DeadlineDialogs(props: DialogProps) {
  const { t } = useTranslation()
  const heading = props.kind ? t(`deadlineCard.dialog.${props.kind}`) : ''
  return (
    <Modal opened={props.kind !== null} onClose={props.onClose} title={heading} size="md">
      {props.kind === 'done' && <DoneForm {...props} />}
      {props.kind === 'override' && <OverrideForm {...props} />}
      {props.kind === 'edit' && <EditForm {...props} />}
      {props.kind === 'remove' && <RemoveForm {...props} />}
    </Modal>
  )
}

function useSaver(props: DialogProps, message: string) {
  const { t } = useTranslation()
  const [saving, setSaving] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  async function run(
    work: () => Promise<{ ok: true } | { ok: false; error: { code: string; fields?: FieldErrors } }>
  ): Promise<void> {
    setSaving(true)
    const result = await work()
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      return
    }
    notifySaved(message)
    props.onClose()
  }
  return { saving, errors, setErrors, run, fieldError: fieldErrorGetter(t, errors) }
}

function Buttons({
  saving,
  onClose,
  label,
  color
}: {
  saving: boolean
  onClose: () => void
  label: string
  color?: string
}) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end" gap="xs" mt="sm">
      <Button variant="default" onClick={onClose} disabled={saving}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={saving} color={color}>
        {label}
      </Button>
    </Group>
  )
}

function DoneForm(props: DialogProps) {
  const { t } = useTranslation()
  const [doneOn, setDoneOn] = useState(useToday())
  const s = useSaver(props, t('deadlines.statusSaved', { status: t('deadlineStatuses.done') }))
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!isCalendarDate(doneOn)) return s.setErrors({ doneOn: 'required' })
        void s.run(() =>
          change('deadlines.setStatus', { id: props.deadline.id, status: 'done', doneOn: doneOn.trim() })
        )
      }}
    >
      <Text size="sm" mb="sm">
        {props.title}
      </Text>
      <DateField
        label={t('deadlineCard.doneOn')}
        required
        value={doneOn}
        onChange={setDoneOn}
        error={s.fieldError('doneOn')}
      />
      <Buttons saving={s.saving} onClose={props.onClose} label={t('deadlineCard.markDone')} />
    </form>
  )
}

function OverrideForm(props: DialogProps) {
  const { t, i18n } = useTranslation()
  const { deadline } = props
  const [due, setDue] = useState(deadline.due)
  const [reason, setReason] = useState(deadline.overrideReason ?? '')
  const s = useSaver(props, t('deadlineCard.overrideSaved'))
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        const local: FieldErrors = {}
        if (!isCalendarDate(due)) local.due = 'required'
        if (!reason.trim()) local.reason = 'override_reason_required'
        if (Object.keys(local).length > 0) return s.setErrors(local)
        void s.run(() =>
          change('deadlines.override', { id: deadline.id, due: due.trim(), reason: reason.trim() })
        )
      }}
    >
      <Stack gap="sm">
        {deadline.computedDue && (
          <Text size="sm">
            {t('deadlineCard.computedWas', { date: formatDate(deadline.computedDue, i18n.language, 'full') })}
          </Text>
        )}
        <DateField
          label={t('deadlineCard.newDue')}
          required
          value={due}
          onChange={setDue}
          error={s.fieldError('due')}
        />
        <Textarea
          label={t('deadlineForm.overrideReason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={s.fieldError('reason')}
        />
      </Stack>
      <Buttons saving={s.saving} onClose={props.onClose} label={t('deadlineCard.applyOverride')} />
    </form>
  )
}

function EditForm(props: DialogProps) {
  const { t } = useTranslation()
  const { deadline } = props
  const [title, setTitle] = useState(deadline.title)
  const [assignee, setAssignee] = useState(deadline.assignee ?? '')
  const [leadTimes, setLeadTimes] = useState<number[] | null>(null)
  const s = useSaver(props, t('common.saved'))
  // The matter's deadline list carries no lead times; read them from the deadline itself.
  useEffect(() => {
    void call('deadlines.get', { id: deadline.id }).then((r) =>
      setLeadTimes(r.ok ? r.value.deadline.leadTimes : [])
    )
  }, [deadline.id])
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (!deadline.ruleId && !title.trim()) return s.setErrors({ title: 'required' })
        void s.run(() =>
          change('deadlines.update', {
            id: deadline.id,
            title: title.trim(),
            assignee: assignee.trim() || null,
            ...(leadTimes ? { leadTimes } : {})
          })
        )
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={deadline.ruleId ? t('deadlineForm.titleOptional') : t('fields.deadlineTitle')}
          placeholder={props.title}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={s.fieldError('title')}
        />
        <TextInput
          label={t('fields.assignee')}
          value={assignee}
          onChange={(e) => setAssignee(e.currentTarget.value)}
          error={s.fieldError('assignee')}
        />
        {leadTimes && <LeadTimesField value={leadTimes} onChange={setLeadTimes} />}
      </Stack>
      <Buttons saving={s.saving} onClose={props.onClose} label={t('actions.save')} />
    </form>
  )
}

function RemoveForm(props: DialogProps) {
  const { t } = useTranslation()
  const s = useSaver(props, t('common.removed'))
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void s.run(() => change('deadlines.remove', { id: props.deadline.id }))
      }}
    >
      <Text size="sm">{t('deadlineCard.removeConfirm', { title: props.title })}</Text>
      <Buttons saving={s.saving} onClose={props.onClose} label={t('actions.remove')} color="red" />
    </form>
  )
}
