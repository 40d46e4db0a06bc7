// After a removal: "Party removed. [Undo]" for ten seconds. Undo asks the core to put back what
// the removal took (undo.restore); a refusal says why, in the reader's language.
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import type { CallError } from '../../../shared/contract'
import i18n from '../i18n'
import { callErrorText } from './errors'
import { notifySaved, notifyUndoable } from './notify'
import { change } from './queries'

/** A conflict also names what changed since (params.reason). */
function undoFailureText(t: TFunction, error: CallError): string {
  const reason = error.params?.reason
  const text = callErrorText(t, error)
  if (error.code !== 'undo_conflict' || !i18n.exists(`undo.conflict.${String(reason)}`)) return text
  return `${text} ${t(`undo.conflict.${String(reason)}`)}`
}

export function offerUndo(t: TFunction, message: string, undoToken: string): void {
  notifyUndoable(message, t('actions.undo'), () => {
    void change('undo.restore', { token: undoToken }).then((result) => {
      if (result.ok) notifySaved(t('undo.restored'))
      else
        notifications.show({
          color: 'red',
          title: t('undo.failed'),
          message: undoFailureText(t, result.error),
          autoClose: 8000
        })
    })
  })
}
