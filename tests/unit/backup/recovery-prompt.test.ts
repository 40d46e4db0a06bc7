// What the desktop app tells the user when its database cannot be opened: in English and
// Chinese (the language setting is inside the damaged database), the newest backup that
// verifies offered, and a way out that writes nothing when none does.
import { describe, expect, it } from 'vitest'
import type { RecoveryChoice } from '../../../src/main/core/backup/recovery'
import { recoveryPrompt } from '../../../src/main/recovery-prompt'

const choice = (id: string, createdAt: string, usable: boolean): RecoveryChoice => ({
  id,
  kind: 'daily',
  createdAt,
  secondCopy: null,
  schemaVersion: 10,
  bytes: 1000,
  matters: 12,
  blobs: 3,
  documentsBytes: 9000,
  usable,
  problems: usable ? 0 : 1
})

describe('the recovery prompt', () => {
  it('offers the newest backup that verifies, skipping a newer one that does not', () => {
    const prompt = recoveryPrompt(
      'corrupt_database',
      [
        choice('newest-bad', '2026-11-30T08:00:00Z', false),
        choice('older-good', '2026-11-29T08:00:00Z', true)
      ],
      '/home/counsel/ipdesk'
    )
    expect(prompt.backup?.id).toBe('older-good')
    expect(prompt.message).toContain('the database file is damaged. Nothing was written to it.')
    expect(prompt.message).toContain('数据库文件已损坏')
    expect(prompt.detail).toContain('Nov 29, 2026')
    expect(prompt.detail).toContain('2026年11月29日')
    expect(prompt.detail).toContain('12 matters')
    expect(prompt.detail).toContain('it is kept, not deleted')
    expect(prompt.buttons).toEqual(['Restore this backup / 恢复此备份', 'Quit / 退出'])
  })

  it('says so, and only offers to quit, when no backup verifies', () => {
    const prompt = recoveryPrompt('not_our_database', [choice('bad', '2026-11-30T08:00:00Z', false)], '/data')
    expect(prompt.backup).toBeNull()
    expect(prompt.message).toContain('not an IP Desk database')
    expect(prompt.detail).toContain('1 found, none verifies')
    expect(prompt.detail).toContain('/data')
    expect(prompt.buttons).toEqual(['Quit / 退出'])
  })
})
