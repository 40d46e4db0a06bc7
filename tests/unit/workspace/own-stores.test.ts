// Specification: our own stores are kept in the workspace's settings, for listings and for
// finding us in a Schedule A; the same store twice is refused next to its row.
import { describe, expect, it } from 'vitest'
import { ok, openTestCore } from '../helpers'

describe('our stores in Settings', () => {
  it('are saved with their seller ids and come back after the workspace reopens', async () => {
    const core = openTestCore()
    expect(ok(await core.dispatch('settings.get', {})).ownStores).toEqual([])
    ok(
      await core.dispatch('settings.update', {
        ownStores: [
          { name: 'LumoraGear', sellerId: 'A1B2C3D4E5F6G7', marketplace: 'Amazon.com' },
          { name: '卢莫拉户外旗舰店', sellerId: '', marketplace: 'TikTok Shop' }
        ]
      })
    )
    const dir = core.dir
    core.workspace.close()
    const again = openTestCore({ dir })
    expect(ok(await again.dispatch('settings.get', {}))).toEqual({
      language: 'en',
      ownStores: [
        { name: 'LumoraGear', sellerId: 'A1B2C3D4E5F6G7', marketplace: 'Amazon.com' },
        { name: '卢莫拉户外旗舰店', marketplace: 'TikTok Shop' }
      ]
    })
  })

  it('refuses the same store twice on one marketplace, and a store without a name', async () => {
    const core = openTestCore()
    const twice = await core.dispatch('settings.update', {
      ownStores: [
        { name: 'LumoraGear', marketplace: 'Amazon.com' },
        { name: 'lumoragear', marketplace: 'Amazon.com' },
        { name: ' ' }
      ]
    })
    expect(twice).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'ownStores.1.name': 'duplicate', 'ownStores.2.name': 'required' }
      }
    })
    expect(ok(await core.dispatch('settings.get', {})).ownStores).toEqual([])
  })
})
