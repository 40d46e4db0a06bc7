/** Willfulness-exposure computation: public API. Pure TypeScript, safe for main and renderer. */
export { computeExposure } from './compute'
export { validateExposureInput } from './validate'
export {
  comparePortfolioRows,
  computePortfolio,
  type PortfolioCoverage,
  type PortfolioGap,
  type PortfolioInput,
  type PortfolioMatter,
  type PortfolioOutcome,
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
