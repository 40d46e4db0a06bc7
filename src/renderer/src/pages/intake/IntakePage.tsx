import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Alert, Button, Group, Stack, Title } from '@mantine/core'
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import {
  WarningLetterForm,
  type ClosureDay,
  type ReadSource,
  type UploadedFile
} from '../../../../shared/contract'
import { call } from '../../api'
import { change, keys, useCall } from '../../lib/queries'
import pageClasses from '../../components/Page.module.css'
import { fieldErrorGetter, type FieldErrors } from '../../lib/errors'
import { contractValidator, showCallError, submitInOneRound } from '../../lib/forms'
import { notifySaved, notifyUndoable } from '../../lib/notify'
import { revealFirstError } from '../../lib/revealError'
import { navigate } from '../../lib/router'
import { useReferenceCheck } from '../../lib/referenceCheck'
import { DeadlineSection } from './DeadlineSection'
import {
  computedDueOf,
  emptyDraft,
  isEmptyDraft,
  keepDraft,
  keptDraft,
  previewResponse,
  toFormInput,
  toInput,
  type IntakeDraft
} from './intakeDraft'
import { CaseSection } from './CaseSection'
import { LetterSection } from './LetterSection'
import { LetterTextView } from './LetterTextView'
import {
  applyReading,
  editedProposals,
  keepReading,
  keptReading,
  withoutKeys,
  type Pending
} from './letterReading'
import { ProposalProvider } from './Proposed'
import { ReadPanel, type ReaderState } from './ReadPanel'
import classes from './Intake.module.css'
import { ProductsSection } from './ProductsSection'
import { RightsSection } from './RightsSection'
import { SenderSection } from './SenderSection'

// The draft's shape is the screen's (row keys, a stated/none switch), so the contract's schema
// checks the call the draft becomes rather than the draft itself.
const validateLetter = contractValidator<ReturnType<typeof toFormInput>>(WarningLetterForm)

/** The contract's check of the letter the draft would log, with the response date counted as the core will. */
function letterErrors(draft: IntakeDraft, closures: readonly ClosureDay[]) {
  return validateLetter(toFormInput(draft, computedDueOf(previewResponse(draft, closures))))
}

/** A line in the action bar saying why the letter was not logged. */
function BarAlert({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Alert color={color} variant="transparent" p={0} icon={<IconAlertCircle size={16} />} role="alert">
      {children}
    </Alert>
  )
}

export function IntakePage() {
  const { t } = useTranslation()
  const [suggested, setSuggested] = useState<string | null>(null)
  const closureDays = useCall(keys.closures, 'closures.list', {})
  const settings = useCall(keys.settings, 'settings.get', {})
  const [reader, setReader] = useState<ReaderState>(() => {
    const { reading } = keptReading()
    return reading ? { state: 'done', reading } : { state: 'idle' }
  })
  const [pending, setPending] = useState<Pending>(() => keptReading().pending)
  const [active, setActive] = useState<string | null>(null)
  const [shown, setShown] = useState<ReadSource | null>(null)
  const [unaccepted, setUnaccepted] = useState(false)
  const readCount = useRef(0)
  const closures = closureDays.data
  const form = useForm<IntakeDraft>({
    mode: 'controlled',
    initialValues: keptDraft(),
    validate: (draft) => letterErrors(draft, closures ?? []),
    // The draft outlives a trip to another page; it is cleared on save or on discard.
    onValuesChange: (values) => keepDraft(values),
    // Editing a field retires its own messages (see update); the rest stay until the next save.
    clearInputErrorOnChange: false
  })
  const draft = form.values
  const referenceCheck = useReferenceCheck()
  const errors = form.errors as FieldErrors

  const update = (patch: Partial<IntakeDraft>) => {
    const touched = Object.keys(patch).map((k) => (k === 'deadline' ? 'responseDeadline' : k))
    form.setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([path]) => !touched.some((k) => path === k || path.startsWith(`${k}.`))
      )
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept)
    })
    // editing a proposed value is taking it over
    setPending((current) => withoutKeys(current, editedProposals(draft, patch, current)))
    form.setValues(patch)
  }

  const reading = reader.state === 'done' ? reader.reading : null
  useEffect(() => keepReading({ reading, pending }), [reading, pending])
  const pendingCount = Object.keys(pending).length
  useEffect(() => {
    if (pendingCount === 0) setUnaccepted(false)
  }, [pendingCount])

  /** Reads the letter and fills the empty fields with its proposals; a newer read wins. */
  async function readLetter(input: { sha256: string } | { text: string }, ocr = false): Promise<void> {
    const count = ++readCount.current
    setReader({ state: 'reading', ocr })
    const result = await call('intake.read', { ...input, ocr })
    if (count !== readCount.current) return
    if (!result.ok) {
      setReader({ state: 'failed', error: result.error })
      return
    }
    setReader({ state: 'done', reading: result.value })
    const applied = applyReading(form.getValues(), result.value, t)
    form.setValues(applied.patch)
    setPending(applied.pending)
  }

  function onLetterFile(letterFile: UploadedFile | null): void {
    update({ letterFile })
    if (letterFile) {
      void readLetter({ sha256: letterFile.sha256 })
    } else {
      readCount.current++
      setReader({ state: 'idle' })
      setPending({})
    }
  }

  const outcome = useMemo(() => previewResponse(draft, closures ?? []), [draft, closures])
  const computedDue = computedDueOf(outcome)

  // The reference follows the kind (a complaint is a lawsuit: LIT) and the first right's type
  // until the user types their own.
  const firstRight = draft.ipRights[0]?.type
  const kind = draft.kind
  useEffect(() => {
    let live = true
    void call('matters.suggestReference', { kind, firstRight }).then((result) => {
      if (!live || !result.ok) return
      setSuggested(result.value.reference)
      form.setValues((current) => (current.referenceEdited ? {} : { reference: result.value.reference }))
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the form's setter is new on every render
  }, [kind, firstRight])

  // The form's own check and the core's (a reference another matter holds) in one round.
  const save = submitInOneRound(
    form,
    {
      validate: (values) => letterErrors(values, closures ?? []),
      core: (values) => referenceCheck.check(values.reference)
    },
    async (values, element) => {
      const result = await change('matters.logWarningLetter', toInput(values, computedDue))
      if (!result.ok) {
        referenceCheck.refused(result.error)
        showCallError(form, t, result.error)
        revealFirstError(element)
        return
      }
      keepDraft(null)
      keepReading(null)
      notifySaved(t('intake.saved', { reference: result.value.matter.reference }))
      navigate({ name: 'matter', id: result.value.matter.id, tab: 'overview' })
    }
  )

  // Discarding is taken back from its toast for ten seconds: the draft and the reading return.
  function discard(): void {
    const before = { draft: form.values, reading: keptReading() }
    const blank = isEmptyDraft(before.draft) && !before.reading.reading
    form.setValues(emptyDraft())
    form.clearErrors()
    keepDraft(null)
    keepReading(null)
    navigate({ name: 'matters' })
    if (blank) return
    notifyUndoable(t('intake.draftDiscarded'), t('actions.undo'), () => {
      keepDraft(before.draft)
      keepReading(before.reading)
      navigate({ name: 'intake' })
    })
  }

  const fieldError = fieldErrorGetter(t, errors)
  const sectionProps = { draft, update, fieldError }
  const errorCount = Object.keys(errors).length

  // Nothing the reader proposed is saved before the user accepted it (or typed over it).
  function submit(event: FormEvent<HTMLFormElement>): void {
    if (pendingCount > 0) {
      event.preventDefault()
      setUnaccepted(true)
      return
    }
    void save(event)
  }

  const split = reading !== null && reading.pages.some((p) => p.text.trim() !== '')
  const activeSource = (active ? pending[active]?.source : undefined) ?? shown
  const uncertainCount = Object.values(pending).filter((p) => !p.certain).length
  const readPanel = (
    <ReadPanel
      reader={reader}
      pendingCount={pendingCount}
      uncertainCount={uncertainCount}
      storesKnown={(settings.data?.ownStores.length ?? 0) > 0}
      onOcr={() => draft.letterFile && void readLetter({ sha256: draft.letterFile.sha256 }, true)}
      onAcceptAll={() => setPending({})}
      onShow={setShown}
      onPaste={(text) => void readLetter({ text })}
    />
  )
  const proposals = {
    pending,
    active,
    setActive,
    accept: (key: string) => setPending((current) => withoutKeys(current, [key]))
  }

  return (
    <form className={pageClasses.scroll} onSubmit={submit} noValidate aria-labelledby="intake-title">
      <ProposalProvider value={proposals}>
        <div className={split ? classes.split : pageClasses.content} onMouseLeave={() => setActive(null)}>
          <Stack gap="md" className={classes.formColumn}>
            <Title order={3} id="intake-title">
              {t('intake.title')}
            </Title>
            <LetterSection
              {...sectionProps}
              suggested={suggested}
              referenceError={referenceCheck.message(t, errors.reference)}
              onLetterFile={onLetterFile}
              readPanel={readPanel}
            />
            {draft.kind === 'lawsuit' && <CaseSection {...sectionProps} />}
            <SenderSection {...sectionProps} />
            <RightsSection {...sectionProps} />
            <ProductsSection {...sectionProps} />
            <DeadlineSection {...sectionProps} outcome={outcome} />
          </Stack>
          {split && reading && (
            <aside className={classes.letterColumn}>
              <LetterTextView reading={reading} source={activeSource} />
            </aside>
          )}
        </div>
      </ProposalProvider>
      <div className={pageClasses.actions}>
        <Group className={split ? classes.splitActions : pageClasses.actionsInner} justify="space-between">
          <div>
            {unaccepted && pendingCount > 0 && (
              <BarAlert color="orange">{t('intakeRead.acceptFirst', { count: pendingCount })}</BarAlert>
            )}
            {errorCount > 0 && (
              <BarAlert color="red">{t('common.fixErrors', { count: errorCount })}</BarAlert>
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
