/**
 * Structural checks mailparser does not report: it decodes leniently and never says that a
 * multipart body was cut off or that a base64 part contained garbage. Each problem is "code: detail".
 */

interface Delimiter {
  start: number
  end: number
  close: boolean
}

function escapeForDetail(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, 80)
}

function delimiters(text: string, boundary: string): Delimiter[] {
  const marker = `--${boundary}`
  const found: Delimiter[] = []
  let from = 0
  for (;;) {
    const at = text.indexOf(marker, from)
    if (at === -1) return found
    from = at + marker.length
    if (at !== 0 && text[at - 1] !== '\n') continue // a delimiter must start a line
    const close = text.startsWith('--', from)
    let eol = text.indexOf('\n', from)
    if (eol === -1) eol = text.length
    // only transport padding may follow the delimiter on its line
    if (/^[ \t]*\r?$/.test(text.slice(from + (close ? 2 : 0), eol))) {
      found.push({ start: at, end: Math.min(eol + 1, text.length), close })
    }
  }
}

function partLabel(headers: string, index: number): string {
  const name = /(?:file)?name\*?\s*=\s*"?([^";\r\n]+)/i.exec(headers)?.[1]
  return name ? `part ${index + 1} (${escapeForDetail(name)})` : `part ${index + 1}`
}

function checkBase64Part(part: string, label: string, problems: string[]): void {
  const split = /\r?\n\r?\n/.exec(part)
  const headers = split ? part.slice(0, split.index) : part
  if (!/^content-transfer-encoding:\s*base64\s*$/im.test(headers)) return
  const body = split ? part.slice(split.index + split[0].length) : ''
  if (/[^A-Za-z0-9+/=\s]/.test(body)) {
    problems.push(`invalid_base64: ${label}`)
    return
  }
  const compact = body.replace(/\s+/g, '')
  // four base64 chars carry three bytes; a remainder of one char cannot come from any input
  if (compact.replace(/=+$/, '').length % 4 === 1) problems.push(`truncated_base64: ${label}`)
}

export function findMimeProblems(raw: Buffer): string[] {
  const text = raw.toString('latin1')
  const problems: string[] = []
  const boundaries = new Set<string>()
  for (const match of text.matchAll(/\bboundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/gi)) {
    const boundary = match[1] ?? match[2]
    if (boundary) boundaries.add(boundary)
  }
  for (const boundary of boundaries) {
    const found = delimiters(text, boundary)
    const opening = found.filter((d) => !d.close)
    if (opening.length === 0) {
      problems.push(`multipart_without_parts: ${escapeForDetail(boundary)}`)
      continue
    }
    if (!found.some((d) => d.close)) problems.push(`unterminated_multipart: ${escapeForDetail(boundary)}`)
    found.forEach((delimiter, index) => {
      if (delimiter.close) return
      const next = found[index + 1]
      const part = text.slice(delimiter.end, next ? next.start : text.length)
      checkBase64Part(part, partLabel(part.slice(0, 2000), index), problems)
    })
  }
  return problems
}
