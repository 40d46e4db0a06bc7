import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// shared/ sits beside the repo (in CI too), so resolve from the repo root, never from an absolute path.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const FIXTURES = path.resolve(repoRoot, '../shared/fixtures')
export const fixture = (name: string): string => path.join(FIXTURES, name)

/** SHA-256 values from shared/fixtures/README.md. */
export const FIXTURE_SHA256: Record<string, string> = {
  'complaint-schedule-a.pdf': '2dae8e1c21cb85d63708b44806cb4f130f4a54ffd57c896639592ffc41649aa2',
  'exhibit-long.pdf': '4d27cbe66e770f10635260c5730c74b7d6683257472adcda4071f9cfd7f5b9b2',
  'listing-screenshot.png': 'c0cbd451dd6c35762b50fe7dd43df2c765d8d40c750a360f011a0750b645714b',
  'malformed.pdf': '19b638aeb55a810639c5cbfd2e90a2ab9141df9ed52c8defd68d5258a0ef40cf',
  'not-really.pdf': '6c3b262be8b921238c4c21b03723d980c2125c8150dc03f3f443e3dad6e22a4d',
  'opinion-non-infringement.pdf': '651c5b0b6356728e8b10e7aa85398505cb71d8f394dde5128d51a213895acc85',
  'product-photo.jpg': '8b7e495b88e893fbc55608979bbe69ac5dcfc044ca3c18a3932b7ad662c35a19',
  'scanned-only.pdf': 'f0f3e648136fa9d46f09c1b182fd73a0277fe9c82bffd5110523d3dd72b88957',
  'warning-letter-patent-en.pdf': 'c7d8d067f47cf5a05f3ef541b1a74c6b9364c57d9aea6e0f3f22f8a7a9777073',
  'warning-letter-trademark-zh.pdf': '4d755e1ef4e932690e892894c6026bc4fe0115bdbc51be250ec612a955110ced',
  'warning-letter.eml': '2636e833b30d3c76bd171feba06d608996bf4d63ce120d7cfcb77a766d15886d'
}

export async function makeTempDir(
  prefix = 'ipdesk-vault-'
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
