// A packaged IP Desk cannot be turned into a Node runtime, debugged from outside or made to load
// another app: the afterPack hook flips these fuses and refuses a package where any is wrong.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const hook = require('../../../scripts/after-pack.cjs') as {
  REQUIRED_FUSES: Record<string, boolean>
  fuseConfig: (platform: string) => Record<string, unknown>
  fuseProblems: (wire: Record<number, number>) => string[]
}
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> }

const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)

function wire(overrides: Record<string, boolean> = {}): Record<number, number> {
  const states: Record<number, number> = {}
  for (const [name, on] of Object.entries({ ...hook.REQUIRED_FUSES, ...overrides })) {
    states[FuseV1Options[name]!] = on ? ON : OFF
  }
  return states
}

describe('Electron fuses of a packaged app', () => {
  it('requires RunAsNode, NODE_OPTIONS and inspect arguments off; cookie encryption, ASAR integrity and ASAR-only on', () => {
    expect(hook.REQUIRED_FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false
    })
    const config = hook.fuseConfig('linux')
    expect(config[FuseV1Options.RunAsNode!]).toBe(false)
    expect(config[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true)
  })

  it('accepts a binary whose fuses are as required and names each one that is not', () => {
    expect(hook.fuseProblems(wire())).toEqual([])
    expect(hook.fuseProblems(wire({ RunAsNode: true, OnlyLoadAppFromAsar: false }))).toEqual([
      'RunAsNode should be off',
      'OnlyLoadAppFromAsar should be on'
    ])
    const missing = wire()
    delete missing[FuseV1Options.GrantFileProtocolExtraPrivileges!]
    expect(hook.fuseProblems(missing)).toEqual(['GrantFileProtocolExtraPrivileges should be off'])
  })
})
