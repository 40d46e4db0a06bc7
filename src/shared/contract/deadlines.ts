// Contract calls for deadlines: rules, triggers, states, calendar, reminders, ICS.
import { z } from 'zod'
import { DEADLINE_STATUSES, type Deadline } from '../model'
import { call, id, isoDate, optionalDate, optionalText, required } from './kit'

export const DeadlineInput = z.object({
  matterId: id,
  title: required(300),
  due: isoDate,
  ruleId: optionalText(80),
  triggerDate: optionalDate,
  options: z.record(z.string(), z.unknown()).default({}),
  overrideReason: optionalText(500),
  assignee: optionalText(120)
})

export const DeadlineStatusInput = z.object({
  id,
  status: z.enum(DEADLINE_STATUSES),
  doneOn: optionalDate
})

export const deadlineCalls = {
  'deadlines.add': call<Deadline>()(DeadlineInput),
  'deadlines.setStatus': call<Deadline>()(DeadlineStatusInput)
} as const
