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
