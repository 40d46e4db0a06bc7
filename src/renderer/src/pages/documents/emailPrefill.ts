// "Log as a warning letter" from an email: the intake page opens on a draft prefilled
// from the email's headers and its PDF attachment. The intake page already resumes a kept
// draft, so handing it one is the whole prefill path.
import type { DocumentRecord } from '../../../../shared/contract'
import { call } from '../../api'
import { navigate } from '../../lib/router'
import { emptyDraft, keepDraft, type IntakeDraft } from '../intake/intakeDraft'

/** The calendar date a moment falls on in the user's own time zone (YYYY-MM-DD). */
export function localCalendarDate(moment: string): string {
  const at = new Date(moment)
  if (Number.isNaN(at.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

export function draftFromEmail(email: DocumentRecord): IntakeDraft {
  const draft = emptyDraft()
  const headers = email.email
  const letter =
    email.attachments.find((a) => a.viewer === 'pdf') ?? email.attachments.find((a) => a.viewer === 'image')
  return {
    ...draft,
    title: headers?.subject ?? '',
    receivedDate: headers?.date ? localCalendarDate(headers.date) : '',
    senderAttorney: headers?.from?.name ?? '',
    senderEmail: headers?.from?.address ?? '',
    letterFile: letter
      ? {
          sha256: letter.sha256,
          originalName: letter.originalName,
          size: letter.size,
          mime: letter.mime,
          detectedKind: letter.detectedKind
        }
      : null
  }
}

/** Fetches the email with its attachments (a flat record may lack them) and opens intake. */
export async function logEmailAsWarningLetter(email: DocumentRecord): Promise<void> {
  const full = email.attachments.length > 0 ? null : await call('documents.get', { id: email.id })
  keepDraft(draftFromEmail(full?.ok ? full.value : email))
  navigate({ name: 'intake' })
}
