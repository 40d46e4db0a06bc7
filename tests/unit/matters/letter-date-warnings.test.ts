// Specification: a letter dated or received after today (the core's) is most likely a typo, but
// letters can be post-dated: the intake form warns under the date and still saves it.
import { describe, expect, it } from 'vitest'
import { letterDateWarnings } from '../../../src/shared/contract'
import { ok, openTestCore, patentLetterInput } from '../helpers'

const TODAY = '2026-11-29'

describe('a letter date or received date after today', () => {
  it('is warned about, each date on its own', () => {
    expect(letterDateWarnings({ letterDate: '2026-11-30', receivedDate: '2026-12-02' }, TODAY)).toEqual({
      letterDate: 'future_date',
      receivedDate: 'future_date'
    })
    expect(letterDateWarnings({ letterDate: '2026-11-20', receivedDate: '2026-11-30' }, TODAY)).toEqual({
      receivedDate: 'future_date'
    })
  })

  it('is not: today, an earlier day, an empty date, or one that is no date (its own error says so)', () => {
    expect(letterDateWarnings({ letterDate: TODAY, receivedDate: '2026-11-28' }, TODAY)).toEqual({})
    expect(letterDateWarnings({ letterDate: '', receivedDate: null }, TODAY)).toEqual({})
    expect(letterDateWarnings({ letterDate: '2026-13-45' }, TODAY)).toEqual({})
  })

  it('is still logged as typed', async () => {
    const core = openTestCore({ today: () => TODAY })
    const logged = ok(
      await core.dispatch(
        'matters.logWarningLetter',
        patentLetterInput({ letterDate: '2026-11-30', receivedDate: '2026-12-02', responseDeadline: null })
      )
    )
    expect([logged.matter.letterDate, logged.matter.receivedDate]).toEqual(['2026-11-30', '2026-12-02'])
  })
})
