/** Willfulness-exposure computation: public API. Pure TypeScript, safe for main and renderer. */
export { computeExposure, computeValidatedExposure } from './compute'
export { validateExposureInput } from './validate'
export {
  comparePortfolioRows,
  computePortfolio,
  portfolioDefect,
  portfolioMatterErrors,
  portfolioRow,
  portfolioRows,
  type PortfolioCoverage,
  type PortfolioGap,
  type PortfolioInput,
  type PortfolioMatter,
  type PortfolioOutcome,
  type PortfolioContribution,
  type PortfolioResult,
  type PortfolioRow
} from './portfolio'
export {
  exposureMessages,
  renderExposureError,
  renderExposureLine,
  renderExposureMessage,
  type ExposureLang
} from './messages'
export type * from './types'
