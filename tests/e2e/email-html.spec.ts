// Counsel opens a received HTML email: the formatted view shows the letter, and nothing in it
// runs or phones home (script, event handlers, a tracking pixel, remote styles, a form). A local
// canary listener stands in for the sender's server.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test } from './fixtures'

function hostileEmail(canary: string): Buffer {
  const html = `<html><head><script>fetch('${canary}/script')</script>
<link rel="stylesheet" href="${canary}/style.css"><style>body { background: url('${canary}/bg.png') }</style></head>
<body onload="fetch('${canary}/onload')">
<p>Dear Sir or Madam, we act for Quarry &amp; Vance regarding EU trade mark 018765432.</p>
<img src="${canary}/pixel.gif" width="1" height="1" alt="">
<img src="x" onerror="fetch('${canary}/onerror')">
<div style="background-image: url('${canary}/inline.png')">Please cease all sales within 14 days.</div>
<form action="${canary}/form" method="post"><input name="q" value="1"><button>Reply</button></form>
<a href="javascript:fetch('${canary}/link')">Read the full notice</a>
</body></html>`
  const boundary = 'alt_ipdesk_e2e'
  return Buffer.from(
    [
      'From: "Helen T. Quarry" <hquarry@quarryvance.example>',
      'To: Lumora Legal <legal@lumora.example>',
      'Subject: Notice of trade mark infringement',
      'Date: Mon, 23 Nov 2026 09:15:00 +0100',
      'Message-ID: <e2e-html@quarryvance.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Dear Sir or Madam, we act for Quarry & Vance regarding EU trade mark 018765432.',
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      '',
      html,
      `--${boundary}--`,
      ''
    ].join('\r\n')
  )
}

test('a hostile HTML email shows its letter in the formatted view and runs or fetches nothing', async ({
  page,
  preview
}) => {
  const hits: string[] = []
  const canary = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`)
    res.end('caught')
  })
  await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve))
  const canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`
  const attempted: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(canaryUrl)) attempted.push(request.url())
  })
  try {
    await page.getByRole('button', { name: 'Load sample workspace' }).click()
    await expect(page.getByTestId('matter-count')).toHaveText('5 matters')
    await page.getByRole('row', { name: /2026-PAT-001/ }).click()
    await page.getByRole('tab', { name: /Documents/ }).click()
    await page.getByLabel('Add documents').setInputFiles({
      name: 'notice.eml',
      mimeType: 'message/rfc822',
      buffer: hostileEmail(canaryUrl)
    })
    await page.getByRole('link', { name: 'notice.eml' }).click()
    await expect(page.getByTestId('email-headers')).toContainText('Notice of trade mark infringement')

    await page.getByText('Formatted (HTML)').click()
    const frame = page.locator('[data-testid="email-html"]')
    await expect(frame).toHaveAttribute('sandbox', '')
    const body = page.frameLocator('[data-testid="email-html"]').locator('body')
    await expect(body).toContainText('we act for Quarry & Vance regarding EU trade mark 018765432')
    await expect(body).toContainText('Please cease all sales within 14 days.')
    await expect(body.locator('script, form, input, img[src^="http"], [onerror], [onload]')).toHaveCount(0)
    await page.getByTestId('email-html-note').waitFor()
    await body.getByText('Read the full notice').click()
    await page.waitForTimeout(500)
    expect(attempted).toEqual([])
    expect(hits).toEqual([])
    // the app is still on the email, not navigated anywhere
    await expect(page.getByTestId('email-headers')).toBeVisible()
    expect(preview.server.port).toBeGreaterThan(0)
  } finally {
    await new Promise<void>((resolve) => canary.close(() => resolve()))
  }
})
