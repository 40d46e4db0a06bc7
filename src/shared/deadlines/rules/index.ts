import type { RuleDefinition } from '../engine'
import { cnCplAnswer } from './cn-cpl'
import { deZpoDefenceNotice } from './de-zpo'
import { letterAsserted } from './letter'
import { upcRopDefence } from './upc-rop'
import { usDmcaRestoreWindow } from './us-dmca'
import { usFrcpAnswer, usFrcpAnswerWaiver, usFrcpTroExpiry } from './us-frcp'
import { usItcResponse } from './us-itc'
import { usPtabIprBar } from './us-ptab'

/** Every rule, in the order a UI should list them. */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  usFrcpAnswer,
  usFrcpAnswerWaiver,
  usFrcpTroExpiry,
  usPtabIprBar,
  usItcResponse,
  usDmcaRestoreWindow,
  cnCplAnswer,
  deZpoDefenceNotice,
  upcRopDefence,
  letterAsserted
]
