// Specification: once the free-text assignees are people (migration 0008), the old column goes
// (0009). A workspace written in between keeps who is responsible for each deadline.
import { describe, expect, it } from 'vitest'
import { openTestCore, workspaceBefore } from '../helpers'
import { ok } from '../deadlines/app-helpers'

describe('opening a workspace that still has the free-text assignee column', () => {
  it('drops the column and keeps each deadline with its person', async () => {
    const dir = workspaceBefore(
      '0009_drop_deadline_assignee',
      `insert into matters (id, reference, title, kind) values (1, '2026-PAT-001', 'Brightline letter', 'warning_letter');
       insert into people (id, name) values (1, 'Li Wei');
       insert into deadlines (id, matter_id, title, due, assignee, responsible_person_id) values
         (1, 1, 'Respond to letter', '2026-12-09', 'Li Wei', 1),
         (2, 1, 'Docket review', '2026-12-04', null, null);`
    )
    const core = openTestCore({ dir })
    const columns = core.workspace.ctx.sqlite
      .prepare('select name from pragma_table_info(?)')
      .all('deadlines')
    expect(columns.map((c) => (c as { name: string }).name)).not.toContain('assignee')
    const page = ok(await core.dispatch('matters.get', { id: 1 }))
    expect(page.deadlines.map((d) => [d.title, d.responsible])).toEqual([
      ['Docket review', null],
      ['Respond to letter', { id: 1, name: 'Li Wei', own: true }]
    ])
  })
})
