// better-sqlite3 is ABI-specific. node_modules keeps the Node build (for tests and the
// browser preview); Electron in development loads its own build from .electron-native/,
// made by scripts/electron-native.mjs. A packaged app carries an Electron build in place.
import fs from 'node:fs'
import path from 'node:path'

export function electronNativeBinding(appPath: string, isPackaged: boolean, abi: string): string | undefined {
  if (isPackaged) return undefined
  const file = path.join(appPath, '.electron-native', `better_sqlite3-abi${abi}.node`)
  if (!fs.existsSync(file)) {
    throw new Error(
      `No better-sqlite3 build for Electron (ABI ${abi}) at ${file}. Run: node scripts/electron-native.mjs`
    )
  }
  return file
}
