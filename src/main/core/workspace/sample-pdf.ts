// A small text PDF written by hand (PDF 1.4, the standard Helvetica and Courier fonts, one
// content stream a page): enough for the sample's complaint and Schedule A to be real documents
// with a text layer, dated on the sample's own calendar when it is loaded. ASCII text only.

/** One run of text on a page, in points from the bottom-left corner of a US Letter page. */
export interface PdfText {
  x: number
  y: number
  text: string
  size?: number
  font?: 'regular' | 'bold' | 'mono'
}

const FONTS = { regular: 'F1', bold: 'F2', mono: 'F3' } as const

/** A PDF string literal: backslash, parentheses escaped; anything outside printable ASCII dropped. */
function literal(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, '')
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`
}

function contentStream(runs: readonly PdfText[]): string {
  return runs
    .map(
      (r) =>
        `BT /${FONTS[r.font ?? 'regular']} ${r.size ?? 10} Tf ${r.x.toFixed(2)} ${r.y.toFixed(2)} Td ${literal(r.text)} Tj ET`
    )
    .join('\n')
}

/** The PDF file of these pages, each a list of text runs. */
export function textPdf(pages: readonly (readonly PdfText[])[], title: string): Buffer {
  const objects: string[] = []
  const add = (body: string): number => objects.push(body)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add('') // the page tree, filled in once the pages have their numbers
  const font = (name: string): number =>
    add(`<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`)
  const fonts = [font('Helvetica'), font('Helvetica-Bold'), font('Courier')]
  const resources = `<< /Font << /F1 ${fonts[0]} 0 R /F2 ${fonts[1]} 0 R /F3 ${fonts[2]} 0 R >> >>`
  const kids: number[] = []
  for (const runs of pages) {
    const stream = contentStream(runs)
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources ${resources} /Contents ${contents} 0 R >>`
      )
    )
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`
  const info = add(`<< /Title ${literal(title)} /Producer (IP Desk sample) >>`)

  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
