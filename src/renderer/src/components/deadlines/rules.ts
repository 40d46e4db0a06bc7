// The rule catalogue as the UI reads it: one fetch per session, names in the reader's language.
import type { TFunction } from 'i18next'
import type { DeadlineRuleGroup } from '../../../../shared/contract'
import type { DeadlineRule, LocalizedText } from '../../../../shared/deadlines'
import { keys, useCall } from '../../lib/queries'

/** The catalogue never changes while the app runs: no change invalidates ['rules']. */
export function useRules() {
  return useCall(keys.rules, 'deadlines.rules', {})
}

export function localized(text: LocalizedText, lang: string): string {
  return lang === 'zh-CN' ? text['zh-CN'] : text.en
}

export function findRule(
  groups: DeadlineRuleGroup[] | undefined,
  ruleId: string | null
): DeadlineRule | null {
  if (!groups || !ruleId) return null
  for (const group of groups) {
    const rule = group.rules.find((r) => r.id === ruleId)
    if (rule) return rule
  }
  return null
}

export function jurisdictionLabel(jurisdiction: string, t: TFunction): string {
  if (jurisdiction === 'ANY') return t('rules.anyJurisdiction')
  return t(`jurisdictions.${jurisdiction}`, { defaultValue: jurisdiction })
}
