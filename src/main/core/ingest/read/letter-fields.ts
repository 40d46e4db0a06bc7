/**
 * extractLetterFields: reads a warning letter (cease-and-desist, 律师函, Abmahnung, takedown
 * notice) into proposed case fields. Pure: text in, fields out; no database, no files.
 */
import { readDeadline } from './deadline'
import { demandStart, readDemands, readThreats, sentences } from './demands'
import { detectLanguage } from './language'
import { numberTraps, readAsins, readItemIds, readStores } from './listings'
import {
  readAttorneys,
  readLetterDate,
  readRecipient,
  readRightsHolder,
  readSenderFirm,
  readSenderReference
} from './parties'
import { readProducts } from './products'
import { readRights } from './rights'
import { makeDoc, note } from './text'
import type { Field, LetterFields, Note, ReadOptions } from './types'

function uncertainAll(fields: LetterFields): void {
  const visit = (f: Field<unknown> | null): void => {
    if (f) f.certain = false
  }
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'notes' || key === 'language') continue
    if (Array.isArray(value)) value.forEach((v) => visit(v as Field<unknown>))
    else if (value && typeof value === 'object' && 'source' in value) visit(value as Field<unknown>)
  }
}

export function extractLetterFields(text: string, options: ReadOptions = {}): LetterFields {
  const doc = makeDoc(text, options)
  const language = detectLanguage(text)
  const notes: Note[] = []
  if (text.trim() === '') notes.push(note('no_text'))
  if (language.value === 'other')
    notes.push(note('language_unsupported', 'language', { language: language.detected ?? 'unknown' }))
  const chineseFirst =
    language.value === 'zh' || (language.value === 'mixed' && language.shares[0]?.language === 'zh')
  const date = readLetterDate(doc, chineseFirst)
  notes.push(...date.notes)
  const letterDate = date.field && date.field.certain ? date.field.value : (date.field?.value ?? null)
  const monthFirst = /\bU\.S\.|\bUnited States\b|\$\d/.test(doc.view.text)
  const deadline = readDeadline(doc, letterDate, monthFirst)
  notes.push(...deadline.notes)
  const senderFirm = readSenderFirm(doc)
  const rightsHolder = readRightsHolder(doc)
  const recipient = readRecipient(doc, [senderFirm?.value ?? '', rightsHolder?.value ?? ''])
  const all = sentences(doc)
  const start = demandStart(all)
  const fields: LetterFields = {
    language,
    letterDate: date.field,
    senderFirm,
    senderAttorneys: readAttorneys(doc, senderFirm?.value ?? null),
    senderReference: readSenderReference(doc),
    rightsHolder,
    recipient,
    rights: readRights(doc),
    asins: readAsins(doc),
    itemIds: readItemIds(doc),
    stores: readStores(doc),
    products: readProducts(doc),
    demands: readDemands(doc, all, start),
    threatenedActions: readThreats(doc, all, start),
    deadline: deadline.field,
    notes
  }
  notes.push(...numberTraps(doc))
  // an unsupported language or OCR text: every value is a proposal
  if (language.value === 'other' || language.value === 'unknown' || doc.ocr) uncertainAll(fields)
  if (doc.ocr) notes.push(note('ocr_text'))
  return fields
}
