// Contract calls for the workspace: what is open, its clock, the sample, and settings.
import { z } from 'zod'
import { LANGUAGES } from '../model'
import { call, empty } from './kit'

export const SettingsInput = z.object({
  language: z.enum(LANGUAGES).optional()
})
export interface Settings {
  language: (typeof LANGUAGES)[number]
}

export interface WorkspaceInfo {
  dir: string
  schemaVersion: number
  matterCount: number
  appVersion: string
}

/** The core's clock: "today" for legal dates is the core's, so the UI and the core never disagree. */
export interface WorkspaceClock {
  /** Local calendar date, YYYY-MM-DD. */
  today: string
  /** UTC ISO moment. */
  now: string
}

export const workspaceCalls = {
  'workspace.info': call<WorkspaceInfo>()(empty),
  'workspace.clock': call<WorkspaceClock>()(empty),
  'workspace.loadSample': call<{ created: number }>()(empty),
  'settings.get': call<Settings>()(empty),
  'settings.update': call<Settings>()(SettingsInput)
} as const
