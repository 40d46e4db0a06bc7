// Contract -> core for reports and exports (src/shared/contract/reports.ts).
import type { reportCalls } from '../../../shared/contract/reports'
import type { Handlers } from '../kernel/dispatch'
import { docketReport } from './docket'
import { matterReport } from './matter'
import { portfolioReport } from './portfolio'
import { exportRegister } from './register'

export const reportHandlers: Pick<Handlers, keyof typeof reportCalls> = {
  'reports.register': (ws, input) => exportRegister(ws, input),
  'reports.docket': (ws, input) => docketReport(ws, input),
  'reports.portfolio': (ws, input) => portfolioReport(ws, input),
  'reports.matter': (ws, input) => matterReport(ws, input)
}
