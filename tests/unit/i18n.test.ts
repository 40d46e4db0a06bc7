// Specification: every screen speaks English and Simplified Chinese; nothing is missing in
// either, and every domain value and error code the core can send has a label in both.
import { describe, expect, it } from 'vitest'
import { translations } from '../../src/renderer/src/i18n/resources'
import {
  DEADLINE_STATUSES,
  DOCUMENT_KINDS,
  EVENT_TYPES,
  IP_RIGHT_TYPES,
  JURISDICTIONS,
  MATTER_KINDS,
  MATTER_STATUSES,
  PARTY_ROLES
} from '../../src/shared/model'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

const enLeaves = leaves(translations.en as Tree)
const zhLeaves = leaves(translations['zh-CN'] as Tree)

describe('translations', () => {
  it('English and Chinese have exactly the same keys, none empty', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort())
    for (const [key, value] of [...enLeaves, ...zhLeaves]) expect(value.trim(), key).not.toBe('')
  })

  it('the Chinese text is Chinese, not English left untranslated', () => {
    const properNames = new Set(['app.name'])
    const words = (value: string): string => value.replace(/\{\{[^}]*\}\}/g, '')
    const untranslated = [...zhLeaves].filter(
      ([key, value]) =>
        value === enLeaves.get(key) &&
        /[a-z]{4,}\s+[a-z]{2,}/i.test(words(value)) &&
        !properNames.has(key) &&
        !key.startsWith('languageNames')
    )
    // Proper names and codes may stay in Latin script; sentences may not.
    expect(untranslated.map(([k]) => k)).toEqual([])
  })

  it.each([
    ['matterKinds', MATTER_KINDS],
    ['matterStatuses', MATTER_STATUSES],
    ['ipRightTypes', IP_RIGHT_TYPES],
    ['jurisdictions', JURISDICTIONS],
    ['partyRoles', PARTY_ROLES],
    ['eventTypes', EVENT_TYPES],
    ['deadlineStatuses', DEADLINE_STATUSES],
    ['documentKinds', DOCUMENT_KINDS]
  ] as const)('every value of %s has a label in both languages', (group, values) => {
    for (const value of values) {
      expect(enLeaves.has(`${group}.${value}`), `en ${group}.${value}`).toBe(true)
      expect(zhLeaves.has(`${group}.${value}`), `zh ${group}.${value}`).toBe(true)
    }
  })

  it('every error code the core sends has a message', () => {
    const codes = [
      'required',
      'too_long',
      'invalid_date',
      'received_before_letter',
      'duplicate_reference',
      'invalid_reference',
      'at_least_one_right',
      'invalid_url',
      'out_of_range',
      'override_reason_required',
      'invalid_event_type',
      'file_missing',
      'not_found',
      'newer_database',
      'unreachable',
      'internal',
      'validation',
      'too_large',
      'empty',
      'refused_type',
      'not_a_file',
      'workspace_not_empty',
      'invalid'
    ]
    for (const code of codes) {
      expect(enLeaves.has(`errors.${code}`), `en errors.${code}`).toBe(true)
      expect(zhLeaves.has(`errors.${code}`), `zh errors.${code}`).toBe(true)
    }
  })
})
