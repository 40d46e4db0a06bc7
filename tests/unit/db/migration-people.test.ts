// Specification: a workspace written before people existed keeps who each deadline was
// assigned to. Every distinct free-text assignee (trimmed, case folded) becomes one person in
// Settings, and each deadline points at that person; blank assignees stay unassigned.
import { describe, expect, it } from 'vitest'
import { openTestCore, workspaceBefore } from '../helpers'

const OLD_ROWS = `
  insert into matters (id, reference, title, kind) values (1, '2026-PAT-001', 'Brightline letter', 'warning_letter');
  insert into deadlines (id, matter_id, title, due, assignee) values
    (1, 1, 'Respond to letter', '2026-12-09', 'Li Wei'),
    (2, 1, 'Opinion from outside counsel', '2026-12-20', '  li wei '),
    (3, 1, 'Check listings', '2026-12-03', 'Anna Schmidt'),
    (4, 1, 'Docket review', '2026-12-04', '   '),
    (5, 1, 'Nobody yet', '2026-12-05', null);
`

describe('opening a workspace from before people', () => {
  it('makes one person per distinct assignee and links each deadline to them', () => {
    const core = openTestCore({ dir: workspaceBefore('0008_people_lawsuits_schedule_a', OLD_ROWS) })
    const db = core.workspace.ctx.sqlite
    const people = db.prepare('select id, name from people order by name').all() as {
      id: number
      name: string
    }[]
    expect(people.map((p) => p.name)).toEqual(['Anna Schmidt', 'Li Wei'])
    const byName = new Map(people.map((p) => [p.name, p.id]))
    const links = db.prepare('select id, responsible_person_id as person from deadlines order by id').all()
    expect(links).toEqual([
      { id: 1, person: byName.get('Li Wei') },
      { id: 2, person: byName.get('Li Wei') },
      { id: 3, person: byName.get('Anna Schmidt') },
      { id: 4, person: null },
      { id: 5, person: null }
    ])
  })

  it('gives matters their lawsuit fields, empty until counsel fills them', () => {
    const core = openTestCore({ dir: workspaceBefore('0008_people_lawsuits_schedule_a', OLD_ROWS) })
    const row = core.workspace.ctx.sqlite
      .prepare(
        'select court, division, case_number, judge, magistrate_judge, filing_date, responsible_person_id from matters'
      )
      .get()
    expect(row).toEqual({
      court: null,
      division: null,
      case_number: null,
      judge: null,
      magistrate_judge: null,
      filing_date: null,
      responsible_person_id: null
    })
  })

  it('removing a person leaves their deadlines unassigned, not deleted', () => {
    const core = openTestCore({ dir: workspaceBefore('0008_people_lawsuits_schedule_a', OLD_ROWS) })
    const db = core.workspace.ctx.sqlite
    db.prepare("delete from people where name = 'Anna Schmidt'").run()
    expect(db.prepare('select responsible_person_id as person from deadlines where id = 3').get()).toEqual({
      person: null
    })
  })
})
