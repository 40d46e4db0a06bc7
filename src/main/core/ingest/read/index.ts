/** The intake reader: pure functions that propose case fields from the text of what arrives. */
export { extractLetterFields } from './letter-fields'
export { detectLanguage } from './language'
export { findDates, type DateHit } from './dates'
export { cnCheckDigit } from './rights'
export * from './types'
