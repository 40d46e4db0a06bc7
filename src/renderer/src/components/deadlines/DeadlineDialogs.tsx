import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ZodType } from 'zod'
import {
  DeadlineDoneInput,
  DeadlineOverrideInput,
  DeadlineUpdateInput,
  type CallResult
} from '../../../../shared/contract'
import type { Deadline } from '../../../../shared/model'
import { change, keys, useCall } from '../../lib/queries'
import { DateField } from '../DateField'
import { PersonSelect } from '../PersonSelect'
import { FormButtons } from '../FormButtons'
import { formatDate } from '../../lib/dates'
import { useToday } from '../../lib/today'
import { showCallError, useContractForm } from '../../lib/forms'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { offerUndo } from '../../lib/undo'
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

/** A dialog's contract-validated form: saved, it says so and closes; refused, it keeps what was typed. */
function useDialogForm<V extends Record<string, unknown>>(
  props: DialogProps,
  schema: ZodType,
  initialValues: V,
  message: string,
  save: (values: V) => Promise<CallResult<unknown>>
) {
  const { t } = useTranslation()
  const form = useContractForm<V>(schema, initialValues)
  const submit = form.onSubmit(async (values) => {
    const result = await save(values)
    if (!result.ok) return showCallError(form, t, result.error)
    notifySaved(message)
    props.onClose()
  })
  return {
    form,
    submit,
    error: (path: keyof V & string) => form.getInputProps(path).error as string | undefined
  }
}

function DoneForm(props: DialogProps) {
  const { t } = useTranslation()
  const today = useToday()
  const { form, submit, error } = useDialogForm(
    props,
    DeadlineDoneInput,
    { id: props.deadline.id, doneOn: today },
    t('deadlines.statusSaved', { status: t('deadlineStatuses.done') }),
    (values) => change('deadlines.setStatus', { ...values, status: 'done' })
  )
  return (
    <form noValidate onSubmit={submit}>
      <Text size="sm" mb="sm">
        {props.title}
      </Text>
      <DateField
        label={t('deadlineCard.doneOn')}
        required
        value={form.values.doneOn}
        onChange={(doneOn) => form.setFieldValue('doneOn', doneOn)}
        error={error('doneOn')}
      />
      <FormButtons form={form} onCancel={props.onClose} label={t('deadlineCard.markDone')} />
    </form>
  )
}

function OverrideForm(props: DialogProps) {
  const { t, i18n } = useTranslation()
  const { deadline } = props
  const { form, submit, error } = useDialogForm(
    props,
    DeadlineOverrideInput,
    { id: deadline.id, due: deadline.due, reason: deadline.overrideReason ?? '' },
    t('deadlineCard.overrideSaved'),
    (values) => change('deadlines.override', values)
  )
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        {deadline.computedDue && (
          <Text size="sm">
            {t('deadlineCard.computedWas', { date: formatDate(deadline.computedDue, i18n.language, 'full') })}
          </Text>
        )}
        <DateField
          label={t('deadlineCard.newDue')}
          required
          value={form.values.due}
          onChange={(due) => form.setFieldValue('due', due)}
          error={error('due')}
        />
        <Textarea
          label={t('deadlineForm.overrideReason')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
      </Stack>
      <FormButtons form={form} onCancel={props.onClose} label={t('deadlineCard.applyOverride')} />
    </form>
  )
}

type EditValues = { id: number; title: string; responsiblePersonId: number | null; leadTimes?: number[] }

function EditForm(props: DialogProps) {
  const { t } = useTranslation()
  const { deadline } = props
  // A deadline set by hand must keep a title: the core says so beside the field if it is cleared.
  const { form, submit } = useDialogForm<EditValues>(
    props,
    DeadlineUpdateInput,
    { id: deadline.id, title: deadline.title, responsiblePersonId: deadline.responsiblePersonId },
    t('common.saved'),
    (values) => change('deadlines.update', values)
  )
  // The matter's deadline list carries no lead times; read them from the deadline itself. They
  // are sent only once changed.
  const detail = useCall(keys.deadline(deadline.id), 'deadlines.get', { id: deadline.id })
  const matter = useCall(keys.matter(deadline.matterId), 'matters.get', { id: deadline.matterId })
  const leadTimes = form.values.leadTimes ?? detail.data?.deadline.leadTimes
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={deadline.ruleId ? t('deadlineForm.titleOptional') : t('fields.deadlineTitle')}
          placeholder={props.title}
          {...form.getInputProps('title')}
        />
        <PersonSelect
          label={t('people.field')}
          value={form.values.responsiblePersonId}
          onChange={(id) => form.setFieldValue('responsiblePersonId', id)}
          inheritedId={matter.data?.matter.responsiblePersonId ?? null}
          error={form.getInputProps('responsiblePersonId').error as string | undefined}
        />
        {leadTimes && (
          <LeadTimesField value={leadTimes} onChange={(value) => form.setFieldValue('leadTimes', value)} />
        )}
      </Stack>
      <FormButtons form={form} onCancel={props.onClose} label={t('actions.save')} />
    </form>
  )
}

function RemoveForm(props: DialogProps) {
  const { t } = useTranslation()
  const removal = useMutation({ mutationFn: () => change('deadlines.remove', { id: props.deadline.id }) })
  async function remove(): Promise<void> {
    const result = await removal.mutateAsync()
    if (!result.ok) return notifyFailed(t, result.error)
    offerUndo(t, t('undo.deadlineRemoved', { title: props.title }), result.value.undoToken)
    props.onClose()
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void remove()
      }}
    >
      <Text size="sm">{t('deadlineCard.removeConfirm', { title: props.title })}</Text>
      <Group justify="flex-end" gap="xs" mt="sm">
        <Button variant="default" onClick={props.onClose} disabled={removal.isPending}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" loading={removal.isPending} color="red">
          {t('actions.remove')}
        </Button>
      </Group>
    </form>
  )
}
