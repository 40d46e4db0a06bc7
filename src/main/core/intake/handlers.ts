// Contract -> core for the intake calls (src/shared/contract/intake.ts).
import type { intakeCalls } from '../../../shared/contract/intake'
import { withTextQueued } from '../documents/text-index'
import type { Handlers } from '../kernel/dispatch'
import { knownBlob } from '../documents/documents'
import { readEmailForIntake } from './email-intake'
import { readArrived } from './read'
import { logWarningLetter } from './warning-letter'

export const intakeHandlers: Pick<Handlers, keyof typeof intakeCalls> = {
  // The letter attached at intake is read for search like any other document; an e-mail's
  // attachments are stored first (as attaching one to a matter does), then logged with it.
  'matters.logWarningLetter': async (ws, input) => {
    const file = input.letterFile
    const blob = file ? knownBlob(ws.ctx.db, file.sha256) : undefined
    const email =
      file && blob?.detectedKind === 'email'
        ? await readEmailForIntake(ws, file.sha256, file.originalName, [])
        : null
    return withTextQueued(ws, logWarningLetter(ws.ctx, input, email))
  },
  'intake.read': (ws, input) => readArrived(ws, input)
}
