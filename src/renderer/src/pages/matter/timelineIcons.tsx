import {
  IconArrowsExchange,
  IconBuildingBank,
  IconCalendarDue,
  IconCircleDot,
  IconFileText,
  IconGavel,
  IconMail,
  IconMailForward,
  IconMailOpened,
  IconNote,
  IconShoppingCartOff,
  IconShoppingCartCheck,
  IconSend,
  IconHeartHandshake,
  IconFileDescription,
  IconUsers
} from '@tabler/icons-react'
import type { EventType } from '../../../../shared/model'

const EVENT_ICONS: Record<EventType, typeof IconMail> = {
  letter_dated: IconMail,
  letter_received: IconMailOpened,
  response_sent: IconMailForward,
  complaint_filed: IconBuildingBank,
  complaint_served: IconFileDescription,
  marketplace_complaint_received: IconShoppingCartOff,
  listing_removed: IconShoppingCartOff,
  listing_restored: IconShoppingCartCheck,
  counter_notice_sent: IconSend,
  counter_notice_received: IconMailOpened,
  apex_notice_received: IconShoppingCartOff,
  tro_entered: IconGavel,
  pi_hearing_set: IconUsers,
  ptab_filing_date_notice: IconFileDescription,
  motion_ruling: IconGavel,
  judgment_entered: IconGavel,
  judgment_served: IconFileDescription,
  hearing: IconUsers,
  order_entered: IconGavel,
  settlement: IconHeartHandshake,
  status_changed: IconArrowsExchange,
  note: IconNote,
  other: IconCircleDot
}

export function eventIcon(type: EventType) {
  const Icon = EVENT_ICONS[type]
  return <Icon size={14} />
}

export const deadlineIcon = <IconCalendarDue size={14} />
export const documentIcon = <IconFileText size={14} />
