// Contract -> core for the people of Settings (src/shared/contract/people.ts).
import type { peopleCalls } from '../../../shared/contract/people'
import type { Handlers } from '../kernel/dispatch'
import { createPerson, listPeople, removePerson, setPersonArchived, updatePerson } from './people'

export const peopleHandlers: Pick<Handlers, keyof typeof peopleCalls> = {
  'people.list': (ws, input) => listPeople(ws.ctx, input),
  'people.create': (ws, input) => createPerson(ws.ctx, input),
  'people.update': (ws, input) => updatePerson(ws.ctx, input),
  'people.setArchived': (ws, input) => setPersonArchived(ws.ctx, input.id, input.archived),
  'people.remove': (ws, input) => removePerson(ws.ctx, input.id)
}
