// The sample lawsuit's complaint and its Schedule A as PDF documents of the matter, written when
// the sample loads (so their dates are the sample's) and added through the documents service:
// stored in the vault, hashed, logged in the chain of custody and read for search like any upload.
import { Readable } from 'node:stream'
import { attachDocuments } from '../documents/attach'
import { importUpload } from '../documents/uploads'
import type { Workspace } from './workspace'
import { SCHEDULE_A } from './sample-lawsuit'
import { textPdf, type PdfText } from './sample-pdf'

export interface SampleCase {
  matterId: number
  caseNumber: string
  /** YYYY-MM-DD on the sample's calendar. */
  filingDate: string
}

const LEFT = 72
const TOP = 720
const LINE = 14

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric'
  })
}

/** "09/08/26", as CM/ECF stamps a filing. */
function ecfDate(iso: string): string {
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(2, 4)}`
}

function wrap(text: string, width = 92): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/** Lays out blocks of text from the top of the page; each block is wrapped and followed by a gap. */
function page(
  stamp: string,
  blocks: { text: string; font?: PdfText['font']; center?: boolean }[]
): PdfText[] {
  const runs: PdfText[] = [{ x: LEFT, y: 760, text: stamp, size: 8 }]
  let y = TOP
  for (const block of blocks) {
    for (const line of wrap(block.text)) {
      const x = block.center ? Math.max(LEFT, 306 - line.length * 2.6) : LEFT
      runs.push({ x, y, text: line, font: block.font })
      y -= LINE
    }
    y -= LINE / 2
  }
  return runs
}

function complaintPdf(c: SampleCase): Buffer {
  const stamp = (n: number) =>
    `Case: ${c.caseNumber} Document #: 1 Filed: ${ecfDate(c.filingDate)} Page ${n} of 2 PageID #:${n}`
  const first = page(stamp(1), [
    {
      text: 'IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS',
      font: 'bold',
      center: true
    },
    { text: 'EASTERN DIVISION', font: 'bold', center: true },
    { text: 'BRIGHTLINE OUTDOOR INC., Plaintiff,' },
    { text: 'v.' },
    { text: 'THE PARTNERSHIPS AND UNINCORPORATED ASSOCIATIONS IDENTIFIED ON SCHEDULE A, Defendants.' },
    { text: `Case No. ${c.caseNumber}` },
    { text: 'Judge Harriet M. Vollmer' },
    { text: 'Magistrate Judge Curtis A. Lindahl' },
    { text: 'COMPLAINT FOR PATENT INFRINGEMENT; JURY TRIAL DEMANDED', font: 'bold', center: true },
    {
      text: '1. Plaintiff Brightline Outdoor Inc. brings this action against the online stores identified on Schedule A for infringement of U.S. Patent No. 11,234,567 B2 and U.S. Design Patent No. D987,654.'
    },
    {
      text: '2. Defendants sell folding camping lanterns through online marketplace accounts on Amazon.com, Walmart.com, eBay.com, AliExpress.com and Temu.com that are accessible to consumers in this District.'
    },
    {
      text: '3. This Court has subject matter jurisdiction under 28 U.S.C. 1331 and 1338(a). Venue is proper under 28 U.S.C. 1391(c)(3) because Defendants are not residents of the United States.'
    },
    { text: 'COUNT I - INFRINGEMENT OF U.S. PATENT NO. 11,234,567 B2 (35 U.S.C. 271)', font: 'bold' },
    {
      text: '4. Defendants make, use, offer for sale, sell and import products that practice each limitation of at least claim 1 of the 567 Patent, without license.'
    }
  ])
  const second = page(stamp(2), [
    {
      text: 'COUNT II - INFRINGEMENT OF U.S. DESIGN PATENT NO. D987,654 (35 U.S.C. 271 and 289)',
      font: 'bold'
    },
    {
      text: '5. The ornamental design of the accused lanterns is substantially the same as the design claimed in the D654 Patent in the eyes of an ordinary observer.'
    },
    { text: 'PRAYER FOR RELIEF', font: 'bold' },
    {
      text: 'Plaintiff asks the Court for a temporary restraining order, preliminary and permanent injunctions, an order restraining the assets of Defendants held by third-party payment and marketplace providers, damages under 35 U.S.C. 284 trebled for willful infringement, total profits under 35 U.S.C. 289, and attorneys fees under 35 U.S.C. 285.'
    },
    { text: `Dated: ${longDate(c.filingDate)}` },
    { text: 'Respectfully submitted, /s/ Daniel R. Mercer, HARWELL & PIKE LLP, Counsel for Plaintiff' },
    { text: 'Fictional sample document created by IP Desk. No real parties.', font: 'regular' }
  ])
  return textPdf([first, second], `Complaint, ${c.caseNumber}`)
}

function scheduleAPdf(c: SampleCase): Buffer {
  const runs: PdfText[] = [
    {
      x: LEFT,
      y: 760,
      text: `Case: ${c.caseNumber} Document #: 2 Filed: ${ecfDate(c.filingDate)} Page 1 of 1`,
      size: 8
    },
    { x: 270, y: TOP, text: 'SCHEDULE A', font: 'bold', size: 12 }
  ]
  // Each cell its own run; a trailing space keeps the cells apart in the text layer.
  const columns = [LEFT, 130, 330, 440]
  const row = (y: number, cells: string[], font: PdfText['font']) =>
    cells.forEach((cell, i) =>
      runs.push({ x: columns[i] ?? LEFT, y, text: i < cells.length - 1 ? `${cell} ` : cell, font })
    )
  row(TOP - 30, ['Doe No.', 'Seller Alias', 'Marketplace', 'Seller ID'], 'bold')
  SCHEDULE_A.forEach(([doe, store, platform, sellerId], i) =>
    row(TOP - 50 - i * 18, [String(doe), store, platform, sellerId], 'mono')
  )
  return textPdf([runs], `Schedule A, ${c.caseNumber}`)
}

/** Writes both PDFs into the vault and attaches them to the lawsuit, dated its filing day. */
export async function attachSampleCaseDocuments(ws: Workspace, c: SampleCase): Promise<void> {
  const files = []
  for (const [bytes, name] of [
    [complaintPdf(c), `Complaint ${c.caseNumber.replace(/:/g, '-')}.pdf`],
    [scheduleAPdf(c), `Schedule A ${c.caseNumber.replace(/:/g, '-')}.pdf`]
  ] as const) {
    const uploaded = await importUpload(ws, Readable.from([bytes]), name)
    files.push({ sha256: uploaded.sha256, originalName: uploaded.originalName })
  }
  await attachDocuments(ws, { matterId: c.matterId, files, kind: 'complaint', documentDate: c.filingDate })
}
