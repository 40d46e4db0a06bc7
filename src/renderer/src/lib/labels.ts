import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DeadlineRuleGroup } from '../../../shared/contract'
import type { Deadline, TimelineEvent } from '../../../shared/model'
import { keys, useCall } from './queries'

/** Rule ids contain dots and dashes, which i18next would read as nesting. */
function ruleKey(ruleId: string): string {
  return ruleId.replace(/[.-]/g, '_')
}

type Titled = Pick<Deadline, 'title' | 'ruleId'>

/** A deadline's own title, or the name of the rule that made it. */
export function deadlineTitle(
  deadline: Titled,
  t: TFunction,
  lang: string,
  catalogue: readonly DeadlineRuleGroup[] | undefined
): string {
  if (deadline.title.trim()) return deadline.title
  // The rule catalogue's own name (from the core), so a rule reads the same on every screen.
  const rule = catalogue?.flatMap((group) => group.rules).find((r) => r.id === deadline.ruleId)
  if (rule) return lang === 'zh-CN' ? rule.name['zh-CN'] : rule.name.en
  if (deadline.ruleId) {
    return t(`deadlineRules.${ruleKey(deadline.ruleId)}`, { defaultValue: t('deadlines.untitled') })
  }
  return t('deadlines.untitled')
}

/**
 * deadlineTitle bound to the reader's language and the rule catalogue, which is read once from
 * the core (so the screen does not bundle the rules engine and its holiday data to name a rule).
 */
export function useDeadlineTitle(): (deadline: Titled) => string {
  const { t, i18n } = useTranslation()
  const rules = useCall(keys.rules, 'deadlines.rules', {})
  return (deadline) => deadlineTitle(deadline, t, i18n.language, rules.data)
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
