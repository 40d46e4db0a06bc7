import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { Alert, Button, Group, Stack, Title } from '@mantine/core'
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { WarningLetterInput } from '../../../../shared/contract'
import { call } from '../../api'
import { change, keys, useCall } from '../../lib/queries'
import pageClasses from '../../components/Page.module.css'
import { previewLetterDeadline } from '../../lib/deadlinePreview'
import { fieldErrorGetter, zodFieldErrors, type FieldErrors } from '../../lib/errors'
import { notifyFailed, notifySaved } from '../../lib/notify'
import { revealFirstError } from '../../lib/revealError'
import { navigate } from '../../lib/router'
import { DeadlineSection } from './DeadlineSection'
import { draftChecks, emptyDraft, keepDraft, keptDraft, toInput, type IntakeDraft } from './intakeDraft'
import { LetterSection } from './LetterSection'
import { ProductsSection } from './ProductsSection'
import { RightsSection } from './RightsSection'
import { SenderSection } from './SenderSection'

export function IntakePage() {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<IntakeDraft>(keptDraft)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saving, setSaving] = useState(false)
  const [suggested, setSuggested] = useState<string | null>(null)

  const update = (patch: Partial<IntakeDraft>) => {
    // Editing a field retires its old message; the rest stay until the next save.
    const touched = Object.keys(patch).map((k) => (k === 'deadline' ? 'responseDeadline' : k))
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => !touched.some((k) => path === k || path.startsWith(`${k}.`))
      )
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept)
    })
    setDraft((current) => {
      const next = { ...current, ...patch }
      keepDraft(next)
      return next
    })
  }

  const d = draft.deadline
  const trigger = d.from === 'letter_date' ? draft.letterDate : draft.receivedDate
  const closureDays = useCall(keys.closures, 'closures.list', {})
  const closures = closureDays.data
  const outcome = useMemo(
    () =>
      previewLetterDeadline({
        trigger,
        days: d.days,
        basis: d.basis,
        jurisdiction: draft.jurisdiction,
        closures: closures ?? []
      }),
    [trigger, d.days, d.basis, draft.jurisdiction, closures]
  )
  const computedDue = outcome.state === 'ok' ? outcome.preview.due : null

  // The reference follows the first right's type until the user types their own.
  const firstRight = draft.ipRights[0]?.type
  useEffect(() => {
    let live = true
    void call('matters.suggestReference', { kind: 'warning_letter', firstRight }).then((result) => {
      if (!live || !result.ok) return
      setSuggested(result.value.reference)
      setDraft((current) => {
        if (current.referenceEdited) return current
        const next = { ...current, reference: result.value.reference }
        keepDraft(next)
        return next
      })
    })
    return () => {
      live = false
    }
  }, [firstRight])

  async function save(event: FormEvent<HTMLElement>): Promise<void> {
    event.preventDefault()
    const form = event.currentTarget
    const input = toInput(draft, computedDue)
    const parsed = WarningLetterInput.safeParse(input)
    const clientErrors = {
      ...(parsed.success ? {} : zodFieldErrors(parsed.error)),
      ...draftChecks(draft, computedDue)
    }
    setErrors(clientErrors)
    if (Object.keys(clientErrors).length > 0) {
      revealFirstError(form)
      return
    }
    setSaving(true)
    const result = await change('matters.logWarningLetter', input)
    setSaving(false)
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      notifyFailed(t, result.error)
      revealFirstError(form)
      return
    }
    keepDraft(null)
    notifySaved(t('intake.saved', { reference: result.value.matter.reference }))
    navigate({ name: 'matter', id: result.value.matter.id, tab: 'overview' })
  }

  function discard(): void {
    keepDraft(null)
    setDraft(emptyDraft())
    setErrors({})
    navigate({ name: 'matters' })
  }

  const fieldError = fieldErrorGetter(t, errors)
  const sectionProps = { draft, update, fieldError }
  const errorCount = Object.keys(errors).length

  return (
    <form
      className={pageClasses.scroll}
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="intake-title"
    >
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
            <Button variant="default" onClick={discard} disabled={saving}>
              {t('actions.discard')}
            </Button>
            <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
              {t('intake.save')}
            </Button>
          </Group>
        </Group>
      </div>
    </form>
  )
}
