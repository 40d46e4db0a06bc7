// Specification (issue 13): the matter's timeline marks privileged documents as the documents
// list does, so counsel sees at a glance what must not be handed over.
import { importUpload } from '../../src/main/core/documents/uploads'
import { expect, fixture, test } from './fixtures'

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

test('a privileged document is marked on the timeline; another is not', async ({ page, preview }) => {
  const { dispatch, workspace } = preview.core
  const matter = (
    await ok(dispatch('matters.create', { title: 'Brightline letter', kind: 'warning_letter' }))
  ).matter
  for (const [file, privileged] of [
    ['warning-letter-patent-en.pdf', false],
    ['listing-screenshot.png', true]
  ] as const) {
    const up = await importUpload(workspace, fixture(file), file)
    await ok(
      dispatch('documents.attach', {
        matterId: matter.id,
        files: [{ sha256: up.sha256, originalName: up.originalName }],
        privileged
      })
    )
  }
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`${preview.server.url}#/matters/${matter.id}/timeline`)
  const items = page.locator('[data-kind="document"]')
  await expect(items).toHaveCount(2)
  await expect(
    items.filter({ hasText: 'listing-screenshot.png' }).getByTestId('timeline-privileged')
  ).toHaveText('Privileged')
  await expect(
    items.filter({ hasText: 'warning-letter-patent-en.pdf' }).getByTestId('timeline-privileged')
  ).toHaveCount(0)
})
