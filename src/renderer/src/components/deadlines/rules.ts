// The rule catalogue as the UI reads it: one fetch per session, names in the reader's language.
import type { TFunction } from 'i18next'
import type { DeadlineRuleGroup } from '../../../../shared/contract'
import type { DeadlineRule, LocalizedText } from '../../../../shared/deadlines'
import { query } from '../../api'
import { useAsync, type AsyncState } from '../../hooks/useAsync'

let cached: Promise<DeadlineRuleGroup[]> | null = null

function loadRules(): Promise<DeadlineRuleGroup[]> {
  // Failed loads are not cached, so a retry asks again.
  cached ??= query('deadlines.rules', {}).catch((error: unknown) => {
    cached = null
    throw error
  })
  return cached
}

export function useRules(): AsyncState<DeadlineRuleGroup[]> {
  return useAsync(loadRules, [])
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
