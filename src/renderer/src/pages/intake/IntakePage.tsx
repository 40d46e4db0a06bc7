import { useEffect, useMemo, useState } from 'react'
import { Alert, Button, Group, Stack, Title } from '@mantine/core'
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { WarningLetterForm } from '../../../../shared/contract'
import { call } from '../../api'
import { change, keys, useCall } from '../../lib/queries'
import pageClasses from '../../components/Page.module.css'
import { fieldErrorGetter, type FieldErrors } from '../../lib/errors'
import { contractValidator, showCallError } from '../../lib/forms'
import { notifySaved } from '../../lib/notify'
import { revealFirstError } from '../../lib/revealError'
import { navigate } from '../../lib/router'
import { DeadlineSection } from './DeadlineSection'
import {
  computedDueOf,
  emptyDraft,
  keepDraft,
  keptDraft,
  previewResponse,
  toFormInput,
  toInput,
  type IntakeDraft
} from './intakeDraft'
import { LetterSection } from './LetterSection'
import { ProductsSection } from './ProductsSection'
import { RightsSection } from './RightsSection'
import { SenderSection } from './SenderSection'

// The draft's shape is the screen's (row keys, a stated/none switch), so the contract's schema
// checks the call the draft becomes rather than the draft itself.
const validateLetter = contractValidator<ReturnType<typeof toFormInput>>(WarningLetterForm)

export function IntakePage() {
  const { t } = useTranslation()
  const [suggested, setSuggested] = useState<string | null>(null)
  const closureDays = useCall(keys.closures, 'closures.list', {})
  const closures = closureDays.data
  const form = useForm<IntakeDraft>({
    mode: 'controlled',
    initialValues: keptDraft(),
    validate: (draft) => {
      const computedDue = computedDueOf(previewResponse(draft, closures ?? []))
      return validateLetter(toFormInput(draft, computedDue))
    },
    // The draft outlives a trip to another page; it is cleared on save or on discard.
    onValuesChange: (values) => keepDraft(values),
    // Editing a field retires its own messages (see update); the rest stay until the next save.
    clearInputErrorOnChange: false
  })
  const draft = form.values
  const errors = form.errors as FieldErrors

  const update = (patch: Partial<IntakeDraft>) => {
    const touched = Object.keys(patch).map((k) => (k === 'deadline' ? 'responseDeadline' : k))
    form.setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => !touched.some((k) => path === k || path.startsWith(`${k}.`))
      )
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept)
    })
    form.setValues(patch)
  }

  const outcome = useMemo(() => previewResponse(draft, closures ?? []), [draft, closures])
  const computedDue = computedDueOf(outcome)

  // The reference follows the first right's type until the user types their own.
  const firstRight = draft.ipRights[0]?.type
  useEffect(() => {
    let live = true
    void call('matters.suggestReference', { kind: 'warning_letter', firstRight }).then((result) => {
      if (!live || !result.ok) return
      setSuggested(result.value.reference)
      form.setValues((current) => (current.referenceEdited ? {} : { reference: result.value.reference }))
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form's setter is new on every render
  }, [firstRight])

  const save = form.onSubmit(
    async (values, event) => {
      const element = event?.currentTarget ?? null
      const result = await change('matters.logWarningLetter', toInput(values, computedDue))
      if (!result.ok) {
        showCallError(form, t, result.error)
        revealFirstError(element)
        return
      }
      keepDraft(null)
      notifySaved(t('intake.saved', { reference: result.value.matter.reference }))
      navigate({ name: 'matter', id: result.value.matter.id, tab: 'overview' })
    },
    (_errors, _values, event) => revealFirstError(event?.currentTarget ?? null)
  )

  function discard(): void {
    form.setValues(emptyDraft())
    form.clearErrors()
    keepDraft(null)
    navigate({ name: 'matters' })
  }

  const fieldError = fieldErrorGetter(t, errors)
  const sectionProps = { draft, update, fieldError }
  const errorCount = Object.keys(errors).length

  return (
    <form className={pageClasses.scroll} onSubmit={save} noValidate aria-labelledby="intake-title">
      <div className={pageClasses.content}>
        <Stack gap="md">
          <Title order={3} id="intake-title">
            {t('intake.title')}
          </Title>
          <LetterSection {...sectionProps} suggested={suggested} />
          <SenderSection {...sectionProps} />
          <RightsSection {...sectionProps} />
          <ProductsSection {...sectionProps} />
          <DeadlineSection {...sectionProps} outcome={outcome} />
        </Stack>
      </div>
      <div className={pageClasses.actions}>
        <Group className={pageClasses.actionsInner} justify="space-between">
          <div>
            {errorCount > 0 && (
              <Alert
                color="red"
                variant="transparent"
                p={0}
                icon={<IconAlertCircle size={16} />}
                role="alert"
              >
                {t('common.fixErrors', { count: errorCount })}
              </Alert>
            )}
          </div>
          <Group gap="xs">
            <Button variant="default" onClick={discard} disabled={form.submitting}>
              {t('actions.discard')}
            </Button>
            <Button type="submit" loading={form.submitting} leftSection={<IconDeviceFloppy size={16} />}>
              {t('intake.save')}
            </Button>
          </Group>
        </Group>
      </div>
    </form>
  )
}
