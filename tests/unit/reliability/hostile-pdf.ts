// Hostile PDFs built byte by byte for the reliability tests: a memory bomb, a huge image, and a
// file that asks to run JavaScript and launch programs. No PDF library involved, so each test
// controls exactly what the file declares.
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

/** A PDF object: its dictionary and, for a stream, the (already encoded) bytes. */
export interface PdfObject {
  dict: string
  stream?: Buffer
}

/** Writes objects 1..n with a correct xref table; object 1 must be the catalog. */
export function buildPdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = parts[0]!.length
  const offsets: number[] = []
  const push = (b: Buffer): void => {
    parts.push(b)
    length += b.length
  }
  objects.forEach((object, i) => {
    offsets.push(length)
    if (object.stream) {
      const dict = object.dict.replace(/>>\s*$/, ` /Length ${object.stream.length} >>`)
      push(Buffer.from(`${i + 1} 0 obj\n${dict}\nstream\n`, 'latin1'))
      push(object.stream)
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
    } else {
      push(Buffer.from(`${i + 1} 0 obj\n${object.dict}\nendobj\n`, 'latin1'))
    }
  })
  const xref = length
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  tail += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  push(Buffer.from(tail, 'latin1'))
  return Buffer.concat(parts)
}

/** Deflates `size` bytes of one repeated chunk without holding them all in memory. */
async function deflateRepeated(chunk: Buffer, size: number): Promise<Buffer> {
  const out: Buffer[] = []
  await pipeline(
    Readable.from(
      (function* () {
        for (let written = 0; written < size; written += chunk.length) yield chunk
      })()
    ),
    zlib.createDeflate({ level: 9 }),
    new Writable({
      write(data: Buffer, _encoding, done) {
        out.push(data)
        done()
      }
    })
  )
  return Buffer.concat(out)
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'

/** One page with a line of text (object numbers 2..5 are used by the page tree). */
function page(content: Buffer, resources: string, extraObjects: PdfObject[], catalogExtra = ''): Buffer {
  return buildPdf([
    { dict: `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>` },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${resources} >> >>`
    },
    { dict: '<< /Filter /FlateDecode >>', stream: zlib.deflateSync(content) },
    { dict: FONT },
    ...extraObjects
  ])
}

/**
 * A Flate bomb: a file of about a thousandth of `inflatedMb` whose page content inflates to
 * `inflatedMb` megabytes of blank space, the shape that took the core to 3.3 GB.
 */
export async function flateBombPdf(inflatedMb: number): Promise<Buffer> {
  const content = await deflateRepeated(Buffer.alloc(1024 * 1024, 0x20), inflatedMb * 1024 * 1024)
  return buildPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'
    },
    { dict: '<< /Filter /FlateDecode >>', stream: content },
    { dict: FONT }
  ])
}

/** A page that draws one image declared as width x height pixels (its data the first 4 MB). */
export async function hugeImagePdf(width: number, height: number): Promise<Buffer> {
  const content = Buffer.from(
    `BT /F1 18 Tf 72 720 Td (Exhibit 12: product photograph) Tj ET\nq 500 0 0 500 56 100 cm /Im1 Do Q\n`,
    'latin1'
  )
  const pixels = await deflateRepeated(Buffer.alloc(1024 * 1024, 0x80), 4 * 1024 * 1024)
  return page(content, '/XObject << /Im1 6 0 R >>', [
    {
      dict: `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode >>`,
      stream: pixels
    }
  ])
}

/**
 * A PDF that asks to run JavaScript on open, to launch a program and to open a URL, each
 * pointing at `canaryUrl` or `markerFile` so a test sees whether anything ran. Its page also
 * paints a shading with a PostScript (type 4) function, which pdf.js would compile with
 * `new Function` if eval were allowed.
 */
export function activePdf(canaryUrl: string, markerFile: string): Buffer {
  const js = `app.launchURL('${canaryUrl}/js', true); this.submitForm('${canaryUrl}/submit'); globalThis.__ipdeskCanary = 1;`
  const content = Buffer.from(
    'BT /F1 18 Tf 72 720 Td (Invoice 2026-10-19 payable on receipt) Tj ET\nq 0 0 100 100 re W n /Sh1 sh Q\n',
    'latin1'
  )
  return page(
    content,
    '/Shading << /Sh1 9 0 R >>',
    [
      { dict: `<< /Type /Action /S /JavaScript /JS (${js}) /Next 7 0 R >>` },
      {
        dict: `<< /Type /Action /S /Launch /F (${markerFile}) /Win << /F (cmd.exe) /P (/c echo pwned > ${markerFile}) >> /Unix << /F (/usr/bin/touch) /P (${markerFile}) >> /NewWindow true /Next 8 0 R >>`
      },
      { dict: `<< /Type /Action /S /URI /URI (${canaryUrl}/uri) >>` },
      {
        dict: '<< /ShadingType 2 /ColorSpace /DeviceGray /Coords [0 0 100 0] /Function 10 0 R /Extend [true true] >>'
      },
      {
        dict: '<< /FunctionType 4 /Domain [0 1] /Range [0 1] >>',
        stream: Buffer.from('{ 1 exch sub }', 'latin1')
      }
    ],
    '/OpenAction 6 0 R /AA << /WC 6 0 R >> /Names << /JavaScript << /Names [(run) 6 0 R] >> >>'
  )
}

/**
 * A zlib stream of `inflatedMb` megabytes of zero bytes, built without compressing them: one
 * megabyte deflated with a full flush (so each copy stands alone) repeated, then the final block
 * and the Adler-32 of n zeros (A = 1, B = n mod 65521). 2 GB of content costs about 2 MB and a
 * few milliseconds.
 */
export function deflatedZeros(inflatedMb: number): Buffer {
  const block = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), {
    level: 9,
    finishFlush: zlib.constants.Z_FULL_FLUSH
  })
  const last = zlib.deflateRawSync(Buffer.alloc(0), { level: 9 })
  const n = inflatedMb * 1024 * 1024
  const adler = Buffer.alloc(4)
  adler.writeUInt32BE((((n % 65521) << 16) | 1) >>> 0)
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(inflatedMb).fill(block), last, adler])
}

/** A one-page PDF whose content stream inflates to `inflatedMb` megabytes of zeros (whitespace to pdf.js). */
export function zeroFlateBombPdf(inflatedMb: number): Buffer {
  return buildPdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    {
      dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'
    },
    { dict: '<< /Filter /FlateDecode >>', stream: deflatedZeros(inflatedMb) },
    { dict: FONT }
  ])
}

/**
 * A PDF of `pages` pages in a flat page tree: one Pages dictionary whose Kids are every page (the
 * shape that made pdf.js walk every kid before page N for each page). The pages in `numbered`
 * say "Schedule A page N"; the others share one "Exhibit page" content stream.
 */
export function flatPageTreePdf(pages: number, numbered: number[]): Buffer {
  const first = 5 + numbered.length // the first page's object number
  const objects: PdfObject[] = [
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    {
      dict: `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ')}] /Count ${pages} >>`
    },
    { dict: '<< >>', stream: Buffer.from('BT /F1 12 Tf 72 720 Td (Exhibit page) Tj ET', 'latin1') },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    ...numbered.map((n) => ({
      dict: '<< >>',
      stream: Buffer.from(`BT /F1 12 Tf 72 720 Td (Schedule A page ${n}) Tj ET`, 'latin1')
    }))
  ]
  for (let n = 1; n <= pages; n++) {
    const own = numbered.indexOf(n)
    const contents = own < 0 ? 3 : 5 + own
    objects.push({
      dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R /Resources << /Font << /F1 4 0 R >> >> >>`
    })
  }
  return buildPdf(objects)
}
