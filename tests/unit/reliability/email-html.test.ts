// Specification: an email's HTML body reaches the screen only through DOMPurify, in a sandboxed
// frame. A hostile message (script, event handlers, a tracking pixel, a remote stylesheet, a
// form, an iframe, a javascript: link) shows its text and runs nothing, fetches nothing. The
// sanitiser runs in real Chromium, as the viewer does; a local canary listener counts fetches.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestCore, repoRoot } from '../helpers'
import { attach, email, newMatter, ok, settle } from '../documents/helpers'

let browser: Browser
let sanitizerScript: string
let canaryUrl: string
const hits: string[] = []
let canaryServer: http.Server

beforeAll(async () => {
  canaryServer = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`)
    res.end('caught')
  })
  await new Promise<void>((resolve) => canaryServer.listen(0, '127.0.0.1', resolve))
  canaryUrl = `http://127.0.0.1:${(canaryServer.address() as AddressInfo).port}`
  const bundle = await build({
    entryPoints: [path.join(repoRoot, 'src/renderer/src/components/viewer/email-html.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'EmailHtml',
    write: false,
    logLevel: 'silent'
  })
  sanitizerScript = bundle.outputFiles[0]!.text
  browser = await chromium.launch({
    executablePath: process.env.IPDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox']
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => canaryServer.close(() => resolve()))
})

function hostileHtml(canary: string): string {
  return `<html><head><script>fetch('${canary}/head-script')</script>
<link rel="stylesheet" href="${canary}/style.css"><style>@import url('${canary}/import.css'); body { background: url('${canary}/bg.png') }</style>
<meta http-equiv="refresh" content="0;url=${canary}/refresh"><base href="${canary}/base/"></head>
<body onload="fetch('${canary}/onload')">
<p id="letter">Dear Sir, we act for Brightline Outdoor Inc. regarding US 11,234,567 B2.</p>
<img src="${canary}/pixel.gif" width="1" height="1" alt="">
<img src="x" onerror="fetch('${canary}/onerror'); window.__pwned = 1">
<img srcset="${canary}/srcset.png 2x">
<div style="background-image: url('${canary}/inline-bg.png')">Inline style</div>
<table background="${canary}/table-bg.png"><tr><td>Cell</td></tr></table>
<a href="javascript:fetch('${canary}/js-link')" id="jslink">Click here</a>
<a href="https://brightline.example/terms" id="weblink">Terms</a>
<form action="${canary}/form" method="post"><input name="pw" value="secret"><button>Send</button></form>
<iframe src="${canary}/iframe"></iframe>
<svg><script>fetch('${canary}/svg-script')</script><image href="${canary}/svg-image.png"/></svg>
<object data="${canary}/object"></object><embed src="${canary}/embed">
<video poster="${canary}/poster.png"><source src="${canary}/video.mp4"></video>
<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" id="inline">
<p onclick="window.__pwned = 2" onmouseover="window.__pwned = 3">Regards, Harwell &amp; Pike LLP</p>
</body></html>`
}

describe('email HTML', () => {
  it('the core hands the viewer the HTML body of an imported .eml, and null for other documents', async () => {
    const core = openTestCore()
    const matterId = await newMatter(core)
    const message = email({ subject: 'Notice of infringement', body: 'plain body' }).toString('latin1')
    const html = hostileHtml('http://127.0.0.1:9')
    const withHtml = message.replace(
      /Content-Type: text\/plain[^\n]*\n/i,
      'Content-Type: text/html; charset=utf-8\n'
    )
    const eml = Buffer.from(withHtml.replace('plain body', html), 'utf8')
    const { documents } = await attach(core, matterId, [
      { source: eml, name: 'notice.eml' },
      'warning-letter-patent-en.pdf'
    ])
    await settle(core)
    const body = ok(await core.dispatch('documents.emailHtml', { id: documents[0]!.id }))
    expect(body.html).toContain('we act for Brightline Outdoor Inc.')
    expect(body.truncated).toBe(false)
    const pdf = ok(await core.dispatch('documents.emailHtml', { id: documents[1]!.id }))
    expect(pdf.html).toBeNull()
    const missing = await core.dispatch('documents.emailHtml', { id: 999_999 })
    expect(missing.ok ? null : missing.error.code).toBe('not_found')
  })

  it('is sanitised and framed: its text shows; nothing runs, nothing is fetched', async () => {
    const page = await browser.newPage()
    try {
      await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>')
      await page.addScriptTag({ content: sanitizerScript })
      // exactly as EmailViewer shows it: sanitised, in a sandboxed frame (no script, form or navigation)
      const result = (await page.evaluate(`(() => {
        const clean = EmailHtml.sanitizeEmailHtml(${JSON.stringify(hostileHtml(canaryUrl))})
        const frame = document.createElement('iframe')
        frame.setAttribute('sandbox', '')
        frame.srcdoc = EmailHtml.emailFrameDocument(clean.html)
        document.getElementById('host').appendChild(frame)
        return clean
      })()`)) as { html: string; blockedRemote: number }

      const frame = page.frames().find((f) => f !== page.mainFrame())!
      await frame.waitForSelector('#letter')
      expect(await frame.textContent('#letter')).toContain('we act for Brightline Outdoor Inc.')
      expect(await frame.textContent('body')).toContain('Regards, Harwell & Pike LLP')
      // the data: image the email carries inline is kept
      expect(await frame.getAttribute('#inline', 'src')).toMatch(/^data:image\/png/)
      // a web link shows its address but does not navigate; a javascript: link is inert
      expect(await frame.getAttribute('#weblink', 'title')).toBe('https://brightline.example/terms')
      expect(await frame.getAttribute('#weblink', 'href')).toBeNull()
      expect(await frame.getAttribute('#jslink', 'href')).toBeNull()
      await frame.click('#jslink').catch(() => undefined)

      for (const banned of [
        /<script/i,
        /\son\w+=/i,
        /<form/i,
        /<input/i,
        /<iframe/i,
        /<link/i,
        /<style/i,
        /<svg/i,
        /<object/i,
        /<embed/i,
        /<meta/i,
        /<base/i,
        /javascript:/i,
        /127\.0\.0\.1/
      ]) {
        expect(result.html, String(banned)).not.toMatch(banned)
      }
      expect(result.blockedRemote).toBeGreaterThanOrEqual(3)
      await page.waitForTimeout(500)
      expect(hits).toEqual([])
      expect(await page.evaluate('window.__pwned')).toBeUndefined()
    } finally {
      await page.close()
    }
  }, 30_000)
})
