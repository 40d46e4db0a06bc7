// The first screen stays light (issue 7: under 1.5 MB of JavaScript, npm run bench
// renderer.first_screen_js): nothing the window loads before its first screen may import the
// deadline engine's holiday data or pdf.js statically. Pages and dialogs that need them load them
// on demand (React.lazy / import()). This follows the static imports from the renderer's entry.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../..')
const entry = path.join(root, 'src/renderer/src/main.tsx')
const HEAVY = /^(date-holidays|date-holidays-parser|chinese-days|lunar-typescript|pdfjs-dist)(\/|$)/
// value imports only: `import type` and `export type` bring no code
const IMPORT = /^\s*(import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec)
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const file = base + ext
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return null
}

/** Every package reached from the entry by static imports, with the chain that reaches it. */
function staticPackages(): Map<string, string[]> {
  const parent = new Map<string, string | null>([[entry, null]])
  const packages = new Map<string, string[]>()
  const queue = [entry]
  while (queue.length) {
    const file = queue.shift()!
    if (!/\.(ts|tsx)$/.test(file)) continue
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[2]!
      if (!spec.startsWith('.')) {
        if (!packages.has(spec)) {
          const chain = [spec]
          for (let at: string | null | undefined = file; at; at = parent.get(at))
            chain.push(path.relative(root, at))
          packages.set(spec, chain)
        }
        continue
      }
      const next = resolve(file, spec)
      if (next && !parent.has(next)) {
        parent.set(next, file)
        queue.push(next)
      }
    }
  }
  return packages
}

describe('the first screen', () => {
  it('imports neither the holiday data nor pdf.js before it is shown', () => {
    const packages = staticPackages()
    // the walk itself works: the entry reaches React and Mantine
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['react', '@mantine/core']))
    const heavy = [...packages].filter(([spec]) => HEAVY.test(spec)).map(([, chain]) => chain.join(' <- '))
    expect(heavy).toEqual([])
  })
})
