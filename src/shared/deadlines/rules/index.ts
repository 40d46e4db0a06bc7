import type { RuleDefinition } from '../engine'
import { amazonApexResponse } from './amazon'
import { cnCplAnswer, cnCplAppeal } from './cn-cpl'
import { deZpoBerufung, deZpoBerufungsbegruendung, deZpoDefenceNotice, deZpoEinspruch } from './de-zpo'
import { letterAsserted } from './letter'
import { upcRopAppeal, upcRopDefence, upcRopPreliminaryObjection } from './upc-rop'
import { usDmcaClaimantSuitWindow, usDmcaRestoreWindow } from './us-dmca'
import {
  usFrapNoticeOfAppeal,
  usFrcpAnswer,
  usFrcpAnswerAfterMotion,
  usFrcpAnswerWaiver,
  usFrcpPiOpposition,
  usFrcpTroExpiry,
  usFrcpTroExtended
} from './us-frcp'
import { usItcResponse } from './us-itc'
import { usPtabIprBar, usPtabPopr } from './us-ptab'

/** Every rule, in the order a UI should list them (the first ten keep their original order). */
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
  letterAsserted,
  amazonApexResponse,
  usFrcpAnswerAfterMotion,
  usFrcpTroExtended,
  usFrcpPiOpposition,
  usFrapNoticeOfAppeal,
  usPtabPopr,
  usDmcaClaimantSuitWindow,
  cnCplAppeal,
  deZpoBerufung,
  deZpoBerufungsbegruendung,
  deZpoEinspruch,
  upcRopAppeal,
  upcRopPreliminaryObjection
]
