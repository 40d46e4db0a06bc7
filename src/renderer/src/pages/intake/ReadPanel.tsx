// What the letter reader made of the attached letter: working, refused, a scan without text, or
// the proposals waiting to be accepted; for a complaint, its caption and our stores on Schedule A.
import { useState } from 'react'
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea
} from '@mantine/core'
import { IconAlertTriangle, IconChecks, IconScan, IconSparkles } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type {
  CallError,
  ComplaintReading,
  IntakeReading,
  OwnStoreFound,
  ReadSource
} from '../../../../shared/contract'
import { errorText } from '../../lib/errors'
import { formatDate } from '../../lib/dates'
import { navigate } from '../../lib/router'

export type ReaderState =
  | { state: 'idle' }
  | { state: 'reading'; ocr: boolean }
  | { state: 'failed'; error: CallError }
  | { state: 'done'; reading: IntakeReading }

// Notes worth a line on the form; the others (ignored phone numbers, ...) stay unsaid.
const SHOWN_NOTES = new Set([
  'deadline_conflict',
  'deadline_start_not_stated',
  'deadline_werktage',
  'deadline_figures_disagree',
  'date_ambiguous_day_month',
  'letter_date_conflict',
  'no_letter_date',
  'no_deadline',
  'ocr_text',
  'check_digit_mismatch'
])

/** The Schedule A line that names the store, for the letter view to show. */
function storeLine(reading: IntakeReading, match: OwnStoreFound): ReadSource | null {
  const page = reading.pages.find((p) => p.page === match.page)
  const at = page ? page.text.indexOf(match.store) : -1
  if (!page || at < 0) return null
  const lineStart = page.text.lastIndexOf('\n', at) + 1
  const lineEnd = page.text.indexOf('\n', at)
  const end = lineEnd < 0 ? page.text.length : lineEnd
  return {
    page: page.page,
    start: page.start + lineStart,
    end: page.start + end,
    text: page.text.slice(lineStart, end)
  }
}

function ComplaintPanel({
  reading,
  complaint,
  storesKnown,
  onShow
}: {
  reading: IntakeReading
  complaint: ComplaintReading
  storesKnown: boolean
  onShow: (source: ReadSource | null) => void
}) {
  const { t, i18n } = useTranslation()
  const caption = [
    complaint.caseNumber?.value,
    complaint.court?.value,
    complaint.judge ? t('intakeRead.complaint.judge', { name: complaint.judge.value }) : null,
    complaint.filingDate
      ? t('intakeRead.complaint.filed', { date: formatDate(complaint.filingDate.value, i18n.language) })
      : null
  ].filter(Boolean)
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="complaint-panel">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('intakeRead.complaint.title')}
        </Text>
        {caption.length > 0 && <Text size="sm">{caption.join(' · ')}</Text>}
        {complaint.ownStores.map((m) => (
          <Group
            key={`${m.doe}-${m.ownStore}`}
            gap="xs"
            wrap="nowrap"
            data-testid="own-store-match"
            onMouseEnter={() => onShow(storeLine(reading, m))}
            onMouseLeave={() => onShow(null)}
          >
            <Badge color={m.certain ? 'red' : 'orange'} variant="light" style={{ flexShrink: 0 }}>
              {m.certain ? t('intakeRead.complaint.certain') : t('intakeRead.complaint.possible')}
            </Badge>
            <Text size="sm" fw={500}>
              {m.page
                ? t('intakeRead.complaint.storeIsDoeOnPage', { store: m.store, doe: m.doe, page: m.page })
                : t('intakeRead.complaint.storeIsDoe', { store: m.store, doe: m.doe })}
            </Text>
          </Group>
        ))}
        {complaint.ownStores.length === 0 && complaint.scheduleARows > 0 && (
          <Text size="sm" c="dimmed">
            {storesKnown
              ? t('intakeRead.complaint.noneOfOurs', { count: complaint.scheduleARows })
              : t('intakeRead.complaint.noStoresYet', { count: complaint.scheduleARows })}{' '}
            {!storesKnown && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => navigate({ name: 'settings' })}
              >
                {t('intakeRead.complaint.openSettings')}
              </Anchor>
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}

export function ReadPanel({
  reader,
  pendingCount,
  uncertainCount,
  storesKnown,
  onOcr,
  onAcceptAll,
  onPaste,
  onShow
}: {
  reader: ReaderState
  pendingCount: number
  uncertainCount: number
  storesKnown: boolean
  onOcr: () => void
  onAcceptAll: () => void
  onPaste: (text: string) => void
  /** Shows a line of the document beside the form (a Schedule A row), or nothing. */
  onShow: (source: ReadSource | null) => void
}) {
  const { t } = useTranslation()
  const [pasting, setPasting] = useState(false)
  const [pasted, setPasted] = useState('')

  const paste = pasting ? (
    <Stack gap="xs">
      <Textarea
        label={t('intakeRead.pasteLabel')}
        autosize
        minRows={4}
        maxRows={12}
        value={pasted}
        onChange={(e) => setPasted(e.currentTarget.value)}
      />
      <Group gap="xs">
        <Button size="xs" disabled={pasted.trim() === ''} onClick={() => onPaste(pasted)}>
          {t('intakeRead.readPasted')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setPasting(false)}>
          {t('actions.cancel')}
        </Button>
      </Group>
    </Stack>
  ) : (
    <Anchor component="button" type="button" size="sm" onClick={() => setPasting(true)}>
      {t('intakeRead.pasteInstead')}
    </Anchor>
  )

  if (reader.state === 'reading') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{reader.ocr ? t('intakeRead.readingOcr') : t('intakeRead.reading')}</Text>
      </Group>
    )
  }
  if (reader.state === 'failed') {
    return (
      <Stack gap="xs">
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} role="alert" p="xs">
          <Text size="sm">{errorText(t, reader.error.code, reader.error.params)}</Text>
          <Text size="xs" c="dimmed">
            {t('intakeRead.typeInstead')}
          </Text>
        </Alert>
        {paste}
      </Stack>
    )
  }
  if (reader.state === 'idle') return paste

  const { reading } = reader
  if (reading.status === 'no_text_layer') {
    return (
      <Alert
        color="orange"
        variant="light"
        icon={<IconScan size={16} />}
        role="alert"
        p="xs"
        data-testid="no-text-layer"
      >
        <Text size="sm" fw={500}>
          {t('intakeRead.noTextLayer')}
        </Text>
        <Text size="xs">{t('intakeRead.noTextLayerHint')}</Text>
        <Group gap="xs" mt="xs">
          <Button size="xs" leftSection={<IconScan size={14} />} onClick={onOcr}>
            {t('intakeRead.runOcr')}
          </Button>
        </Group>
      </Alert>
    )
  }
  const notes = reading.notes.filter((n) => SHOWN_NOTES.has(n.code))
  return (
    <Stack gap="xs">
      <Paper withBorder p="xs" radius="sm" data-testid="read-summary">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconSparkles size={18} style={{ flexShrink: 0 }} />
            <Text size="sm">
              {pendingCount > 0
                ? t('intakeRead.summary', {
                    kind: t(`intakeRead.kinds.${reading.kind}`),
                    count: pendingCount,
                    uncertain: uncertainCount
                  })
                : t('intakeRead.allAccepted', { kind: t(`intakeRead.kinds.${reading.kind}`) })}
            </Text>
          </Group>
          {pendingCount > 0 && (
            <Button
              size="xs"
              leftSection={<IconChecks size={14} />}
              onClick={onAcceptAll}
              style={{ flexShrink: 0 }}
            >
              {t('intakeRead.acceptAll')}
            </Button>
          )}
        </Group>
        {notes.length > 0 && (
          <List size="xs" mt={6} c="orange.9" spacing={2}>
            {notes.map((n, i) => (
              <List.Item key={i}>{t(`intakeRead.notes.${n.code}`, n.params ?? {})}</List.Item>
            ))}
          </List>
        )}
      </Paper>
      {reading.complaint && (
        <ComplaintPanel
          reading={reading}
          complaint={reading.complaint}
          storesKnown={storesKnown}
          onShow={onShow}
        />
      )}
    </Stack>
  )
}
