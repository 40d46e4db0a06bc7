/** Reading incoming documents: PDF text (in a capped child process), e-mail parsing, letter fields. */
export {
  extractPdfText,
  activePdfWorkerCount,
  activePdfProcessIds,
  DEFAULT_PDF_TIMEOUT_MS,
  DEFAULT_PDF_MAX_BYTES
} from './pdf-text'
export type { ExtractPdfTextOptions, PdfExtractionStats, PdfText, PdfTruncation } from './pdf-text'
export {
  setPdfChildSpawner,
  procResidentBytes,
  stderrTail,
  afterGrace,
  killHard,
  nodeForkSpawner
} from './pdf-process'
export type {
  PdfChildSpawner,
  PdfChildHandle,
  PdfChildEvents,
  PdfChildExit,
  PdfChildOptions
} from './pdf-process'
export { resolvePdfWorkerPath, resolvePdfjsAssets, PDF_WORKER_ENV, PDF_WORKER_FILE } from './pdf-worker-path'
export { normalizePageText, collapseWhitespace } from './page-text'
export { IngestError, isIngestError, type IngestErrorCode } from './errors'
export { parseEmail } from './email'
export type { ParsedEmail, EmailAddress, EmailAttachment, ParseEmailOptions } from './email'
export { detectDeadlinePhrase, findDeadlinePhrases, findAllDeadlinePhrases } from './letter'
export type { DeadlinePhrase, AbsoluteDeadlinePhrase, AnyDeadlinePhrase } from './letter'
export {
  extractLetterFields,
  readScheduleA,
  matchOwnStores,
  normaliseStoreName,
  extractComplaintFields,
  readMarketplaceNotice,
  recognise,
  readAll,
  hasCaption,
  hasScheduleA,
  NOTICE_KINDS,
  detectLanguage,
  findDates,
  addDays,
  cnCheckDigit,
  DEMAND_CODES,
  LANGUAGES,
  RIGHT_TYPES,
  THREAT_CODES
} from './read'
export type {
  Readings,
  ScheduleA,
  ScheduleARow,
  OwnStore,
  StoreMatch,
  ComplaintFields,
  ClaimValue,
  MarketplaceNotice,
  NoticeKind,
  NoticePeriod,
  DateHit,
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
} from './read'
export { ocrImages, ocrPdfScan, pdfJpegImages, findTessdata, OCR_LANGUAGES, TESSDATA_ENV } from './ocr'
export type { OcrLanguage, OcrOptions, OcrPage, OcrResult } from './ocr'
