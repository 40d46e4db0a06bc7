// The application core's public face: open a workspace, then call it through the contract.
import { createDispatcher, type Dispatch } from './kernel/dispatch'
import { auditHandlers } from './audit/handlers'
import { backupHandlers } from './backup/handlers'
import { calendarHandlers } from './calendar/handlers'
import { catalogueHandlers } from './catalogue/handlers'
import { deadlineHandlers } from './deadlines/handlers'
import { documentHandlers } from './documents/handlers'
import { exposureHandlers } from './exposure/handlers'
import { intakeHandlers } from './intake/handlers'
import type { Handlers } from './kernel/dispatch'
import { matterHandlers } from './matters/handlers'
import { opinionHandlers } from './opinions/handlers'
import { reportHandlers } from './reports/handlers'
import { peopleHandlers } from './people/handlers'
import { lawsuitHandlers } from './lawsuits/handlers'
import { rightHandlers } from './rights/handlers'
import { searchHandlers } from './search/handlers'
import { timelineHandlers } from './timeline/handlers'
import { undoHandlers } from './undo/handlers'
import { workspaceHandlers } from './workspace/handlers'
import { resumeDocumentWork } from './documents/lifecycle'
import { openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace/workspace'

export { openWorkspace, type OpenWorkspaceOptions, type Workspace }
export { AppError } from './kernel/errors'

/** Every contract call, area by area: the type says when one is missing. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...matterHandlers,
  ...intakeHandlers,
  ...timelineHandlers,
  ...deadlineHandlers,
  ...calendarHandlers,
  ...documentHandlers,
  ...searchHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...catalogueHandlers,
  ...rightHandlers,
  ...opinionHandlers,
  ...reportHandlers,
  ...exposureHandlers,
  ...lawsuitHandlers,
  ...peopleHandlers,
  ...undoHandlers
}

export interface OpenedCore {
  workspace: Workspace
  dispatch: Dispatch
}

/** Opens the workspace and binds the contract to it: what both shells run. */
export function openCore(options: OpenWorkspaceOptions): OpenedCore {
  const workspace = openWorkspace(options)
  // Documents whose text was not read yet (e.g. the app closed mid-import) are read now, and
  // copies left for the system viewer by a crash are removed.
  resumeDocumentWork(workspace)
  return { workspace, dispatch: createDispatcher(workspace, handlers) }
}
