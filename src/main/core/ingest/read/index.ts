/** The intake reader: pure functions that propose case fields from the text of what arrives. */
export { extractLetterFields } from './letter-fields'
export { readScheduleA, matchOwnStores, normaliseStoreName } from './schedule-a'
export type { ScheduleA, ScheduleARow, OwnStore, StoreMatch } from './schedule-a'
export { extractComplaintFields } from './complaint'
export { readMarketplaceNotice, NOTICE_KINDS } from './marketplace'
export type { MarketplaceNotice, NoticeKind, NoticePeriod } from './marketplace'
export type { ComplaintFields, ClaimValue } from './complaint'
export { recognise, readAll, hasCaption, hasScheduleA, type Readings } from './recognise'
export { detectLanguage } from './language'
export { findDates, addDays, type DateHit } from './dates'
export { cnCheckDigit } from './rights'
export { DEMAND_CODES, LANGUAGES, RIGHT_TYPES, THREAT_CODES } from './types'
export type {
  DeadlineValue,
  DemandCode,
  Field,
  ItemIdValue,
  LanguageCode,
  LanguageReading,
  LetterFields,
  Note,
  NoteCode,
  PageOffsets,
  ProductValue,
  ReadOptions,
  RightType,
  RightValue,
  Source,
  StoreValue,
  SupportedLanguage,
  ThreatCode,
  ThreatValue
} from './types'
