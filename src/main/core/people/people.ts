// The people matters and deadlines are assigned to (Settings → People): add, edit, archive when
// they leave (still shown where they were responsible), remove only when nothing names them.
// Other areas ask assertAssignable before they point a record at someone.
import type { z } from 'zod'
import type {
  PeopleListInput,
  PersonInput,
  PersonRecord,
  PersonUpdateInput
} from '../../../shared/contract/people'
import { inTransaction, writeAudit, type CoreContext, type DbOrTx } from '../kernel/context'
import { AppError, fieldError, notFound } from '../kernel/errors'
import {
  deletePersonRow,
  getPersonRow,
  insertPersonRow,
  personRowByName,
  personRowsWithUsage,
  personRowWithUsage,
  updatePersonRow,
  type PersonWithUsage
} from './repo'

const toPerson = (r: PersonWithUsage): PersonRecord => ({
  id: r.id,
  name: r.name,
  email: r.email,
  role: r.role,
  archived: r.archived,
  matters: r.matters,
  deadlines: r.deadlines
})

function readPerson(tx: DbOrTx, id: number): PersonRecord {
  const row = personRowWithUsage(tx, id)
  if (!row) throw notFound('person', id)
  return toPerson(row)
}

/** Two people cannot share a name, whatever its case ("li wei" is Li Wei). */
function assertNameFree(tx: DbOrTx, name: string, exceptId?: number): void {
  const clash = personRowByName(tx, name)
  if (clash && clash.id !== exceptId)
    throw new AppError('validation', { fields: { name: 'duplicate_person' }, params: { name: clash.name } })
}

export function listPeople(ctx: CoreContext, input: z.output<typeof PeopleListInput>): PersonRecord[] {
  return personRowsWithUsage(ctx.db, input.includeArchived).map(toPerson)
}

export function createPerson(ctx: CoreContext, input: z.output<typeof PersonInput>): PersonRecord {
  return inTransaction(ctx, (tx) => {
    assertNameFree(tx, input.name)
    const values = { name: input.name, email: input.email ?? null, role: input.role ?? null }
    const id = insertPersonRow(tx, values, ctx.now())
    writeAudit(ctx, tx, { action: 'create', entity: 'person', entityId: id, matterId: null, after: values })
    return readPerson(tx, id)
  })
}

export function updatePerson(ctx: CoreContext, input: z.output<typeof PersonUpdateInput>): PersonRecord {
  return inTransaction(ctx, (tx) => {
    const row = getPersonRow(tx, input.id)
    if (!row) throw notFound('person', input.id)
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const key of ['name', 'email', 'role'] as const) {
      const value = input[key]
      if (value === undefined || value === row[key]) continue
      before[key] = row[key]
      after[key] = value
    }
    if (Object.keys(after).length === 0) return readPerson(tx, row.id)
    if (typeof after.name === 'string') assertNameFree(tx, after.name, row.id)
    updatePersonRow(tx, row.id, after)
    writeAudit(ctx, tx, {
      action: 'update',
      entity: 'person',
      entityId: row.id,
      matterId: null,
      before,
      after
    })
    return readPerson(tx, row.id)
  })
}

/** Archived people stay on the records they were responsible for; they are no longer offered. */
export function setPersonArchived(ctx: CoreContext, id: number, archived: boolean): PersonRecord {
  return inTransaction(ctx, (tx) => {
    const row = getPersonRow(tx, id)
    if (!row) throw notFound('person', id)
    if (row.archived !== archived) {
      updatePersonRow(tx, id, { archived })
      writeAudit(ctx, tx, {
        action: archived ? 'archive' : 'unarchive',
        entity: 'person',
        entityId: id,
        matterId: null,
        before: { archived: row.archived },
        after: { archived }
      })
    }
    return readPerson(tx, id)
  })
}

/** Only someone no matter or deadline names can be removed; the others can be archived. */
export function removePerson(ctx: CoreContext, id: number): { id: number } {
  return inTransaction(ctx, (tx) => {
    const person = readPerson(tx, id)
    if (person.matters > 0 || person.deadlines > 0)
      throw new AppError('person_in_use', {
        params: { name: person.name, matters: person.matters, deadlines: person.deadlines }
      })
    deletePersonRow(tx, id)
    writeAudit(ctx, tx, { action: 'delete', entity: 'person', entityId: id, matterId: null, before: person })
    return { id }
  })
}

/** Whether the person is still in the workspace (archived or not). */
export function personExists(tx: DbOrTx, id: number): boolean {
  return getPersonRow(tx, id) !== undefined
}

/**
 * Refuses, next to `field`, a person who does not exist, or an archived person newly chosen
 * (one a record already names stays). Null or absent (nobody, or unchanged) always passes.
 */
export function assertAssignable(
  tx: DbOrTx,
  field: string,
  personId: number | null | undefined,
  current: number | null
): void {
  if (personId == null || personId === current) return
  const row = getPersonRow(tx, personId)
  if (!row) throw fieldError(field, 'person_not_found')
  if (row.archived) throw fieldError(field, 'person_archived')
}
