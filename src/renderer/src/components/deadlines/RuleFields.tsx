import { NumberInput, Select, SimpleGrid, Switch } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DeadlineRuleGroup } from '../../../../shared/contract'
import type { DeadlineRule } from '../../../../shared/deadlines'
import { DateField } from '../DateField'
import { jurisdictionLabel, localized } from './rules'

export const CUSTOM_RULE = 'custom'

/** Searchable rule list grouped by jurisdiction, with "a date set by hand" on top. */
export function RuleSelect({
  groups,
  value,
  onChange,
  withCustom = true
}: {
  groups: DeadlineRuleGroup[]
  value: string
  onChange: (value: string) => void
  withCustom?: boolean
}) {
  const { t, i18n } = useTranslation()
  const data = [
    ...(withCustom
      ? [
          {
            group: t('deadlineForm.byHandGroup'),
            items: [{ value: CUSTOM_RULE, label: t('deadlineForm.customDate') }]
          }
        ]
      : []),
    ...groups.map((group) => ({
      group: jurisdictionLabel(group.jurisdiction, t),
      items: group.rules.map((rule) => ({ value: rule.id, label: localized(rule.name, i18n.language) }))
    }))
  ]
  return (
    <Select
      label={t('deadlineForm.rule')}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('common.noMatches')}
      data={data}
      value={value}
      onChange={(next) => next && onChange(next)}
      maxDropdownHeight={360}
    />
  )
}

/** Default values for a rule's options, as the engine declares them. */
export function defaultOptions(rule: DeadlineRule | null): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const spec of rule?.options ?? []) out[spec.name] = spec.default
  return out
}

/** One input per option the rule takes (boolean, number, a choice or a date). */
export function RuleOptionFields({
  rule,
  value,
  onChange
}: {
  rule: DeadlineRule
  value: Record<string, unknown>
  onChange: (value: Record<string, unknown>) => void
}) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language
  if (rule.options.length === 0) return null
  const set = (name: string, v: unknown): void => onChange({ ...value, [name]: v })
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {rule.options.map((spec) => {
        const label = localized(spec.label, lang)
        if (spec.type === 'boolean') {
          return (
            <Switch
              key={spec.name}
              label={label}
              mt="lg"
              checked={Boolean(value[spec.name] ?? spec.default)}
              onChange={(e) => set(spec.name, e.currentTarget.checked)}
            />
          )
        }
        if (spec.type === 'number') {
          return (
            <NumberInput
              key={spec.name}
              label={label}
              min={spec.min}
              max={spec.max}
              allowDecimal={!spec.integer}
              value={typeof value[spec.name] === 'number' ? (value[spec.name] as number) : spec.default}
              onChange={(v) => set(spec.name, typeof v === 'number' ? v : spec.default)}
            />
          )
        }
        if (spec.type === 'date') {
          // An optional day the rule counts from (e.g. the day a judgment was pronounced); '' is "not given".
          return (
            <DateField
              key={spec.name}
              label={label}
              value={typeof value[spec.name] === 'string' ? (value[spec.name] as string) : ''}
              onChange={(v) => set(spec.name, v.trim())}
            />
          )
        }
        return (
          <Select
            key={spec.name}
            label={label}
            allowDeselect={false}
            // A long list (a US state's districts, UPC divisions) is searched by typing.
            searchable={spec.values.length > 8}
            nothingFoundMessage={spec.values.length > 8 ? t('common.noMatches') : undefined}
            data={spec.values.map((v) => ({
              value: v,
              label: spec.valueLabels[v] ? localized(spec.valueLabels[v], lang) : v
            }))}
            value={String(value[spec.name] ?? spec.default)}
            onChange={(v) => v && set(spec.name, v)}
          />
        )
      })}
    </SimpleGrid>
  )
}
