// Specification: a PDF is evidence, never a program. A file that asks to run JavaScript on open
// (/OpenAction, /AA, document-level /JS), to launch a program (/Launch) and to open a URL is
// imported, its text read and its page drawn as the viewer draws it, and nothing runs: no
// request reaches the canary listener, no marker file appears, no code is compiled with eval.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PDF_SAFETY_OPTIONS, viewerDocumentOptions } from '../../../src/shared/pdf-safety'
import { openTestCore, tempDir } from '../helpers'
import { attach, getDoc, newMatter, ok, settle } from '../documents/helpers'
import { activePdf } from './hostile-pdf'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c()
})

/** A local HTTP listener that records every request: the canary anything that ran would hit. */
async function canary(): Promise<{ url: string; hits: string[] }> {
  const hits: string[] = []
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`)
    res.end('caught')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits }
}

/** Counts code compiled from strings (`new Function`, pdf.js's eval path) while `run` runs. */
async function countCompiledFunctions(run: () => Promise<void>): Promise<number> {
  const original = globalThis.Function
  let compiled = 0
  globalThis.Function = new Proxy(original, {
    construct(target, args: string[]) {
      compiled++
      return Reflect.construct(target, args) as object
    },
    apply(target, self, args: string[]) {
      compiled++
      return Reflect.apply(target, self, args) as unknown
    }
  })
  try {
    await run()
  } finally {
    globalThis.Function = original
  }
  return compiled
}

/** Opens the file as the viewer does (its options, in-process pdf.js): page 1's drawing and text. */
async function viewLikeTheViewer(data: Uint8Array, options: Record<string, unknown>): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({ ...options, data, useSystemFonts: false, verbosity: 0 })
  try {
    const doc = await task.promise
    const actions = Object.keys((await doc.getJSActions()) ?? {})
    const page = await doc.getPage(1)
    // what page.render asks the worker for: every operator and resource of the page, decoded
    await page.getOperatorList()
    await page.getTextContent()
    await page.getAnnotations()
    return actions
  } finally {
    await task.destroy()
  }
}

describe('a PDF that asks to run code', () => {
  it('is imported and its text read; nothing it asks for runs or is fetched', async () => {
    const { url, hits } = await canary()
    const marker = path.join(tempDir('ipdesk-canary-'), 'launched')
    const core = openTestCore()
    const matterId = await newMatter(core)
    const { documents } = await attach(core, matterId, [
      { source: activePdf(url, marker), name: 'invoice.pdf' }
    ])
    await settle(core)
    const doc = await getDoc(core, documents[0]!.id)
    expect(doc.textStatus).toBe('done')
    const text = ok(await core.dispatch('documents.text', { id: doc.id, page: 1 }))
    expect(text.pages[0]?.text).toContain('Invoice 2026-10-19 payable on receipt')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(hits).toEqual([])
    expect(fs.existsSync(marker)).toBe(false)
    expect((globalThis as { __ipdeskCanary?: number }).__ipdeskCanary).toBeUndefined()
  })

  it('is drawn with eval off and XFA off, and nothing runs: no request, no launch, no compiled code', async () => {
    const { url, hits } = await canary()
    const marker = path.join(tempDir('ipdesk-canary-'), 'launched')
    const data = new Uint8Array(activePdf(url, marker))
    const options = viewerDocumentOptions('unused')
    expect(options).toMatchObject({ isEvalSupported: false, enableXfa: false })
    expect(PDF_SAFETY_OPTIONS.isEvalSupported).toBe(false)
    const { url: _unused, ...viewer } = options
    void _unused

    let actions: string[] = []
    const compiled = await countCompiledFunctions(async () => {
      actions = await viewLikeTheViewer(data.slice(), viewer)
    })
    // the file really carries the scripts (pdf.js sees them) and none of them is run
    expect(actions.length).toBeGreaterThan(0)
    expect(compiled).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(hits).toEqual([])
    expect(fs.existsSync(marker)).toBe(false)
    expect((globalThis as { __ipdeskCanary?: number }).__ipdeskCanary).toBeUndefined()

    // the same file with eval allowed compiles its PostScript function: the canary is live
    const withEval = await countCompiledFunctions(async () => {
      await viewLikeTheViewer(data.slice(), { ...viewer, isEvalSupported: true })
    })
    expect(withEval).toBeGreaterThan(0)
  })
})
