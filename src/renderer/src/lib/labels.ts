import type { TFunction } from 'i18next'
import type { Deadline, TimelineEvent } from '../../../shared/model'

/** Rule ids contain dots and dashes, which i18next would read as nesting. */
function ruleKey(ruleId: string): string {
  return ruleId.replace(/[.-]/g, '_')
}

/** A deadline's own title, or the name of the rule that made it. */
export function deadlineTitle(deadline: Deadline, t: TFunction): string {
  if (deadline.title.trim()) return deadline.title
  if (deadline.ruleId) {
    return t(`deadlineRules.${ruleKey(deadline.ruleId)}`, { defaultValue: t('deadlines.untitled') })
  }
  return t('deadlines.untitled')
}

/** System events carry no title: they are named by their type (and statuses). */
export function eventTitle(event: TimelineEvent, t: TFunction): string {
  if (event.type === 'status_changed' && event.fromStatus && event.toStatus) {
    return t('timeline.statusChanged', {
      from: t(`matterStatuses.${event.fromStatus}`),
      to: t(`matterStatuses.${event.toStatus}`)
    })
  }
  if (event.title.trim()) return event.title
  return t(`eventTypes.${event.type}`)
}
