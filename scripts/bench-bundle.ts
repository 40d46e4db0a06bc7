// How much JavaScript the window parses before its first screen: the module script index.html
// loads plus the chunks it modulepreloads. Pages, pdf.js and the calendar load later, on demand.
// Run after a build: `node --import tsx scripts/bench-bundle.ts` (reads out/renderer).
import fs from 'node:fs'
import path from 'node:path'

export interface FirstScreenBundle {
  /** Uncompressed bytes of every script index.html loads or preloads. */
  initialJsBytes: number
  files: { name: string; bytes: number }[]
}

/** The local scripts an HTML page loads at once: module scripts and modulepreload links. */
export function initialScripts(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined =>
      tag
        .match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))
        ?.slice(1)
        .find(Boolean)
    const isScript = /^<script/i.test(tag)
    const url = isScript
      ? attr('src')
      : /\bmodulepreload\b/i.test(attr('rel') ?? '')
        ? attr('href')
        : undefined
    if (url && !/^[a-z]+:/i.test(url) && !found.includes(url)) found.push(url)
  }
  return found
}

export function measureFirstScreenBundle(outDir = 'out/renderer'): FirstScreenBundle {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const files = initialScripts(html).map((url) => {
    const file = path.join(outDir, decodeURIComponent(url.split(/[?#]/)[0]!.replace(/^\.?\//, '')))
    return { name: path.relative(outDir, file), bytes: fs.statSync(file).size }
  })
  return { initialJsBytes: files.reduce((sum, f) => sum + f.bytes, 0), files }
}

if (require.main === module) {
  const outDir = process.argv[2] ?? 'out/renderer'
  console.log(JSON.stringify(measureFirstScreenBundle(outDir), null, 2))
}
