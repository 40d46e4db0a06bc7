import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  extractLetterFields,
  findTessdata,
  IngestError,
  ocrPdfScan,
  pdfJpegImages
} from '../../../src/main/core/ingest'
import { fixture } from './helpers'

// The language data comes from the system (apt-get install tesseract-ocr-eng tesseract-ocr-chi-sim
// tesseract-ocr-deu); without it the OCR tests report themselves skipped.
const tessdata = findTessdata(['eng'])
const ocrIt = it.skipIf(tessdata === null)

describe('OCR of scanned letters', () => {
  it('finds the page images of a scanned PDF', () => {
    const images = pdfJpegImages(readFileSync(fixture('scanned-only.pdf')))
    expect(images).toHaveLength(2)
    for (const image of images) expect([...image.subarray(0, 2)]).toEqual([0xff, 0xd8])
    expect(pdfJpegImages(readFileSync(fixture('warning-letter-patent-en.pdf')))).toEqual([])
  })

  it('refuses without language data, and a PDF without page images', async () => {
    expect(findTessdata(['eng'], '/nonexistent')).toBeNull()
    await expect(
      ocrPdfScan(fixture('scanned-only.pdf'), { tessdataDir: '/nonexistent' })
    ).rejects.toMatchObject({
      code: 'worker_missing'
    })
    await expect(ocrPdfScan(fixture('warning-letter-patent-en.pdf'))).rejects.toBeInstanceOf(IngestError)
  })

  ocrIt(
    `scanned-only.pdf in English (tessdata: ${tessdata ?? 'not installed, skipped'})`,
    async () => {
      const result = await ocrPdfScan(fixture('scanned-only.pdf'), { languages: ['eng'] })
      expect(result.ocr).toBe(true)
      expect(result.pages).toHaveLength(2)
      const text = result.pages.map((p) => p.text).join('\f')
      expect(text).toContain('QUARRY & VANCE LLP')
      const fields = extractLetterFields(text, { ocr: true })
      expect(fields.notes.map((n) => n.code)).toContain('ocr_text')
      // read right, and still only proposals: OCR can misread any character
      expect(fields.letterDate).toMatchObject({ value: '2026-09-28', certain: false })
      expect(fields.senderFirm).toMatchObject({ value: 'QUARRY & VANCE LLP', certain: false })
      expect(fields.rights.map((r) => [r.value.id, r.certain])).toEqual([['US-TM-7012345', false]])
      expect(fields.deadline).toMatchObject({
        value: { kind: 'relative', days: 21, from: 'letter_date' },
        certain: false
      })
      expect(fields.recipient?.value).toBe('Shenzhen Lumora Trading Co., Ltd.')
    },
    180_000
  )

  ocrIt(
    'a timeout stops the worker',
    async () => {
      await expect(ocrPdfScan(fixture('scanned-only.pdf'), { timeoutMs: 50 })).rejects.toMatchObject({
        code: 'timeout'
      })
      const controller = new AbortController()
      controller.abort()
      await expect(
        ocrPdfScan(fixture('scanned-only.pdf'), { signal: controller.signal })
      ).rejects.toMatchObject({
        code: 'aborted'
      })
    },
    60_000
  )
})
