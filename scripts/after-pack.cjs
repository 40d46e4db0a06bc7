// electron-builder afterPack hook, run on every packaged app before it is signed:
// 1. refuse a better-sqlite3 built for Node instead of Electron (npm's nodedir setting can
//    make a rebuild "succeed" wrongly);
// 2. flip Electron's fuses so the packaged binary cannot be turned into a Node runtime or
//    debugged from outside, loads only its own integrity-checked app.asar, and gives file:
//    no extra privileges; then read the fuses back and refuse the package unless each is set.
const fs = require('node:fs')
const path = require('node:path')
const { flipFuses, getCurrentFuseWire, FuseVersion, FuseV1Options } = require('@electron/fuses')

/** Each fuse and the state a shipped IP Desk must have. */
const REQUIRED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false
}
// @electron/fuses' FuseState: the wire stores ASCII '0' / '1'.
const DISABLED = '0'.charCodeAt(0)
const ENABLED = '1'.charCodeAt(0)

function fuseConfig(platform) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' }
  for (const [name, on] of Object.entries(REQUIRED_FUSES)) config[FuseV1Options[name]] = on
  return config
}

/** The fuses of a wire (as getCurrentFuseWire reads it) that are not as required. */
function fuseProblems(wire) {
  const problems = []
  for (const [name, on] of Object.entries(REQUIRED_FUSES)) {
    const state = wire[FuseV1Options[name]]
    if (state !== (on ? ENABLED : DISABLED)) problems.push(`${name} should be ${on ? 'on' : 'off'}`)
  }
  return problems
}

function findFiles(dir, name, found = []) {
  if (!fs.existsSync(dir)) return found
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) findFiles(full, name, found)
    else if (entry.name === name) found.push(full)
  }
  return found
}

function verifyNativeAbi(appOutDir) {
  const abi = fs
    .readFileSync(path.join(__dirname, '..', 'node_modules', 'electron', 'abi_version'), 'utf8')
    .trim()
  const binaries = findFiles(appOutDir, 'better_sqlite3.node')
  if (binaries.length === 0) throw new Error('Packaged app has no better_sqlite3.node')
  for (const file of binaries) {
    if (!fs.readFileSync(file).includes(Buffer.from(`node_register_module_v${abi}`))) {
      throw new Error(`${file} was not built for Electron's ABI ${abi}; refusing to ship it`)
    }
  }
}

function electronBinary(context) {
  const name = context.packager.appInfo.productFilename
  const platform = context.electronPlatformName
  if (platform === 'darwin' || platform === 'mas') {
    return path.join(context.appOutDir, `${name}.app`, 'Contents', 'MacOS', name)
  }
  if (platform === 'win32') return path.join(context.appOutDir, `${name}.exe`)
  return path.join(context.appOutDir, context.packager.executableName)
}

async function afterPack(context) {
  verifyNativeAbi(context.appOutDir)
  const binary = electronBinary(context)
  await flipFuses(binary, fuseConfig(context.electronPlatformName))
  const problems = fuseProblems(await getCurrentFuseWire(binary))
  if (problems.length > 0) throw new Error(`Electron fuses not set on ${binary}: ${problems.join('; ')}`)
}

exports.default = afterPack
exports.REQUIRED_FUSES = REQUIRED_FUSES
exports.fuseConfig = fuseConfig
exports.fuseProblems = fuseProblems
