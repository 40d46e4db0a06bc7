// The application core's public face: open a workspace, then call it through the contract.
import { createDispatcher, type Dispatch } from './dispatch'
import { handlers } from './handlers'
import { queuePendingText } from './text-index'
import { openWorkspace, type OpenWorkspaceOptions, type Workspace } from './workspace'

export { openWorkspace, type OpenWorkspaceOptions, type Workspace }
export { AppError } from './errors'

export interface OpenedCore {
  workspace: Workspace
  dispatch: Dispatch
}

/** Opens the workspace and binds the contract to it: what both shells run. */
export function openCore(options: OpenWorkspaceOptions): OpenedCore {
  const workspace = openWorkspace(options)
  // Documents whose text was not read yet (e.g. the app closed mid-import) are read now.
  queuePendingText(workspace)
  return { workspace, dispatch: createDispatcher(workspace, handlers) }
}
