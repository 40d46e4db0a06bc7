// The docket someone else checks: every open deadline due in the range, the overdue ones first
// whatever their date, grouped by week, by matter or by responsible person. Today is Sunday
// 2026-11-29 (the test clock); the letter's 14-day response date 2026-11-02 is 27 days past.
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { mondayOf } from '../../../src/main/core/reports/docket'
import { ok, openTestCore, patentLetterInput } from '../helpers'

async function seed() {
  const core = openTestCore()
  const { dispatch } = core
  const letter = ok(await dispatch('matters.logWarningLetter', patentLetterInput()))
  const takedown = ok(
    await dispatch('matters.create', {
      kind: 'marketplace_complaint',
      title: 'Amazon takedown LX-300',
      rightsHolder: 'Lumen GmbH'
    })
  )
  const add = async (matterId: number, title: string, due: string) =>
    ok(await dispatch('deadlines.add', { matterId, title, due }))
  await add(takedown.matter.id, 'Send counter-notice', '2026-12-01') // Tuesday, week of Mon 2026-11-30
  await add(letter.matter.id, 'Call outside counsel', '2026-12-09') // Wednesday, week of Mon 2026-12-07
  await add(takedown.matter.id, 'Appeal to Amazon', '2026-12-07') // Monday itself
  await add(takedown.matter.id, 'Too late for this docket', '2027-01-04')
  const done = await add(letter.matter.id, 'Already done', '2026-12-02')
  ok(await dispatch('deadlines.setStatus', { id: done.id, status: 'done', doneOn: '2026-11-28' }))
  return { core, letter, takedown }
}

function csvRows(file: string): string[][] {
  const records = parse(fs.readFileSync(file), { bom: true, relax_column_count: true }) as string[][]
  return records.slice(records.findIndex((r) => r.length > 1) + 1)
}

describe('docket report', () => {
  it('counts weeks from Monday', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23') // a Sunday belongs to the week before
    expect(mondayOf('2026-11-30')).toBe('2026-11-30')
    expect(mondayOf('2026-12-09')).toBe('2026-12-07')
    expect(mondayOf('2027-01-01')).toBe('2026-12-28')
  })

  it('lists the overdue deadline first, then the range by week; done and later deadlines are left out', async () => {
    const { core } = await seed()
    const file = ok(
      await core.dispatch('reports.docket', {
        from: '2026-11-29',
        to: '2026-12-31',
        groupBy: 'week',
        format: 'csv',
        lang: 'en'
      })
    )
    const rows = csvRows(file.path)
    expect(rows.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['Overdue', '2026-11-02', '27', 'Deadline demanded in a letter'],
      ['Week of 2026-11-30', '2026-12-01', '0', 'Send counter-notice'],
      ['Week of 2026-12-07', '2026-12-07', '0', 'Appeal to Amazon'],
      ['Week of 2026-12-07', '2026-12-09', '0', 'Call outside counsel']
    ])
    expect(file.rows).toBe(4)
  })

  it('groups by matter in the order of each matter’s first deadline, in Chinese', async () => {
    const { core, letter, takedown } = await seed()
    const file = ok(
      await core.dispatch('reports.docket', {
        from: '2026-11-29',
        to: '2026-12-31',
        groupBy: 'matter',
        format: 'csv',
        lang: 'zh-CN'
      })
    )
    const rows = csvRows(file.path)
    const t = takedown.matter
    const l = letter.matter
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['已逾期', '2026-11-02'],
      [`${t.reference} ${t.title}`, '2026-12-01'],
      [`${t.reference} ${t.title}`, '2026-12-07'],
      [`${l.reference} ${l.title}`, '2026-12-09']
    ])
    expect(rows[0]![5]).toBe('函件中要求的期限')
  })

  it('groups by responsible person: a deadline’s own person wins over its matter’s, nobody last', async () => {
    const { core, takedown } = await seed()
    const { dispatch } = core
    const li = ok(await dispatch('people.create', { name: 'Li Wei', email: 'li.wei@example.com' }))
    const anna = ok(await dispatch('people.create', { name: 'Anna Berger' }))
    // The takedown is Li Wei's; its appeal is Anna's own.
    ok(await dispatch('matters.update', { id: takedown.matter.id, responsiblePersonId: li.id }))
    const appeal = ok(await dispatch('matters.get', { id: takedown.matter.id })).deadlines.find(
      (d) => d.title === 'Appeal to Amazon'
    )!
    ok(await dispatch('deadlines.update', { id: appeal.id, responsiblePersonId: anna.id }))
    const file = ok(
      await dispatch('reports.docket', {
        from: '2026-11-29',
        to: '2026-12-31',
        groupBy: 'person',
        format: 'csv',
        lang: 'en'
      })
    )
    expect(csvRows(file.path).map((r) => [r[0], r[5], r[6]])).toEqual([
      ['Overdue', 'Deadline demanded in a letter', ''],
      ['Anna Berger', 'Appeal to Amazon', 'Anna Berger'],
      ['Li Wei', 'Send counter-notice', 'Li Wei'],
      ['Nobody responsible', 'Call outside counsel', '']
    ])
  })

  it('refuses a range that ends before it starts, next to the field', async () => {
    const { core } = await seed()
    const result = await core.dispatch('reports.docket', {
      from: '2026-12-31',
      to: '2026-12-01',
      format: 'csv',
      lang: 'en'
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { to: 'range_reversed' } }
    })
    const bad = await core.dispatch('reports.docket', {
      from: '2026-02-30',
      to: '2026-12-01',
      format: 'csv',
      lang: 'en'
    })
    expect(bad).toMatchObject({ ok: false, error: { fields: { from: 'invalid_date' } } })
  })

  it('says PDF needs a printer when the shell lends none, and writes nothing', async () => {
    const { core } = await seed()
    const result = await core.dispatch('reports.docket', {
      from: '2026-11-29',
      to: '2026-12-31',
      format: 'pdf',
      lang: 'en'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'pdf_unavailable' } })
  })
})
