// Specification: a product's photo. The seller's photo of the LX-200 is uploaded the way every
// file is (into the vault, its type read from its bytes) and named on the product; the product
// page reads it back. A PDF is not a photo, and bytes nobody uploaded cannot be named.
import { describe, expect, it } from 'vitest'
import { upload } from '../documents/helpers'
import { ok, openTestCore } from '../helpers'

async function lantern(core: ReturnType<typeof openTestCore>): Promise<number> {
  return ok(
    await core.dispatch('catalogue.create', { name: 'Folding camping lantern LX-200', sku: 'LX-200' })
  ).id
}

describe("a product's image", () => {
  it('is the uploaded photo, shown on the product page and taken off again', async () => {
    const core = openTestCore()
    const id = await lantern(core)
    const photo = await upload(core, 'product-photo.jpg')
    expect(photo.mime).toBe('image/jpeg')
    ok(await core.dispatch('catalogue.setImage', { id, sha256: photo.sha256 }))
    expect(ok(await core.dispatch('catalogue.get', { id })).product.imageSha256).toBe(photo.sha256)
    const image = ok(await core.dispatch('catalogue.image', { id }))
    expect(image?.mime).toBe('image/jpeg')
    // The bytes come back as they went in.
    const bytes = Buffer.from(image!.dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64')
    expect(bytes.length).toBe(photo.size)
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    ok(await core.dispatch('catalogue.setImage', { id, sha256: null }))
    expect(ok(await core.dispatch('catalogue.image', { id }))).toBeNull()
  })

  it('refuses a PDF, and bytes that were never uploaded, next to the image; nothing changes', async () => {
    const core = openTestCore()
    const id = await lantern(core)
    const letter = await upload(core, 'warning-letter-patent-en.pdf')
    expect(await core.dispatch('catalogue.setImage', { id, sha256: letter.sha256 })).toMatchObject({
      ok: false,
      error: { fields: { sha256: 'not_an_image' } }
    })
    expect(await core.dispatch('catalogue.setImage', { id, sha256: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      error: { fields: { sha256: 'unknown_upload' } }
    })
    expect(ok(await core.dispatch('catalogue.get', { id })).product.imageSha256).toBeNull()
  })
})
