import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import type { CallError } from '../../../shared/contract'
import { callErrorText } from './errors'

export function notifySaved(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 })
}

/** A failed save. Field errors are shown beside their fields, so they need no toast. */
export function notifyFailed(t: TFunction, error: CallError, title?: string): void {
  if (error.fields && Object.keys(error.fields).length > 0) return
  notifications.show({
    color: 'red',
    title: title ?? t('common.saveFailed'),
    message: callErrorText(t, error),
    autoClose: 8000
  })
}

/** How long a change can be taken back from its toast. */
export const UNDO_MS = 10_000

/** "Draft discarded. [Undo]" for ten seconds; Undo runs `onUndo` and closes the toast. */
let undoToasts = 0
export function notifyUndoable(message: string, undoLabel: string, onUndo: () => void): void {
  const id = `undo-${(undoToasts += 1)}`
  notifications.show({
    id,
    autoClose: UNDO_MS,
    message: (
      <Group gap="xs" wrap="nowrap" justify="space-between" data-testid="undo-toast">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-xs"
          variant="light"
          // A long message wraps; the button keeps its whole label in a narrow toast.
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id)
            onUndo()
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    )
  })
}
