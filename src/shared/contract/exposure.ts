// Contract calls for exposure: the willfulness record of a matter and of the whole catalogue,
// computed by the pure engine in src/shared/exposure from what the other areas hold.
import { z } from 'zod'
import type { ExposureOutcome, ExposureValidationError, PortfolioOutcome } from '../exposure'
import { call, empty, id } from './kit'

/** The engine's outcome with the ids the screens link to (the engine's ids are strings of them). */
export type MatterExposure = ExposureOutcome & { matterId: number; reference: string }

export interface PortfolioRowLink {
  versionId: number
  productId: number
  matters: { id: number; reference: string }[]
}

/** A matter whose record the engine refused (e.g. sales in a currency its listing does not pay); the rest are shown. */
export interface PortfolioSkipped {
  matterId: number
  reference: string
  errors: ExposureValidationError[]
}

export type PortfolioView = PortfolioOutcome & {
  links: Record<string, PortfolioRowLink>
  skipped: PortfolioSkipped[]
}

export const exposureCalls = {
  'exposure.matter': call<MatterExposure>()(z.object({ matterId: id })),
  'exposure.portfolio': call<PortfolioView>()(empty)
} as const
