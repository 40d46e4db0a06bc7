// Contract calls for the workspace: what is open, its clock, the sample, and settings.
import { z } from 'zod'
import { LANGUAGES } from '../model'
import { call, empty, optionalText, required } from './kit'

/** One of our own stores: its name as marketplaces show it, and its seller id where known. */
export const OwnStoreInput = z.object({
  name: required(200),
  sellerId: optionalText(100).transform((v) => v ?? undefined),
  marketplace: optionalText(100).transform((v) => v ?? undefined)
})
export interface OwnStore {
  name: string
  sellerId?: string
  marketplace?: string
}

export const SettingsInput = z.object({
  language: z.enum(LANGUAGES).optional(),
  /** Our stores: listings name one; a Schedule A is searched for them. */
  ownStores: z
    .array(OwnStoreInput)
    .max(500)
    .superRefine((stores, ctx) => {
      const seen = new Set<string>()
      stores.forEach((s, i) => {
        const key = `${s.marketplace ?? ''}|${s.name.toLowerCase()}`
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'duplicate' })
        seen.add(key)
      })
    })
    .optional()
})
export interface Settings {
  language: (typeof LANGUAGES)[number]
  ownStores: OwnStore[]
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
