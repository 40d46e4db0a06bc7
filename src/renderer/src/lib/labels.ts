import type { TFunction } from 'i18next'
import { getRule, isDeadlineRuleId } from '../../../shared/deadlines'
import type { Deadline, TimelineEvent } from '../../../shared/model'
import i18n from '../i18n'

/** Rule ids contain dots and dashes, which i18next would read as nesting. */
function ruleKey(ruleId: string): string {
  return ruleId.replace(/[.-]/g, '_')
}

/** A deadline's own title, or the name of the rule that made it. */
export function deadlineTitle(deadline: Pick<Deadline, 'title' | 'ruleId'>, t: TFunction): string {
  if (deadline.title.trim()) return deadline.title
  // The rule catalogue's own name, so a rule reads the same on every screen.
  if (deadline.ruleId && isDeadlineRuleId(deadline.ruleId)) {
    const name = getRule(deadline.ruleId).name
    return i18n.language === 'zh-CN' ? name['zh-CN'] : name.en
  }
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
