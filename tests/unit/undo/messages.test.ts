// Specification: when Undo is refused, the toast says why in English and in Chinese: each
// refusal code, and each change since the removal that keeps it from coming back.
import { describe, expect, it } from 'vitest'
import { translations } from '../../../src/renderer/src/i18n/resources'
import { CUSTODY_ACTIONS, UNDO_CONFLICT_REASONS, UNDO_ERRORS } from '../../../src/shared/contract'

type Tree = { [key: string]: string | Tree }

function text(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const key of path.split('.')) node = typeof node === 'object' ? node[key] : undefined
  return typeof node === 'string' ? node : undefined
}

describe('undo messages', () => {
  it.each(['en', 'zh-CN'] as const)('every refusal and reason reads in %s', (language) => {
    const tree = translations[language] as Tree
    for (const code of UNDO_ERRORS) expect(text(tree, `errors.${code}`), code).toBeTruthy()
    for (const reason of UNDO_CONFLICT_REASONS)
      expect(text(tree, `undo.conflict.${reason}`), reason).toBeTruthy()
    // the custody log names a restore as it names a removal
    for (const action of CUSTODY_ACTIONS)
      expect(text(tree, `docs.custody.actions.${action}`), action).toBeTruthy()
  })
})
