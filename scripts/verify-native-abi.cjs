// electron-builder afterPack hook: refuse a package whose better-sqlite3 was built for
// Node instead of Electron (npm's nodedir setting can make a rebuild "succeed" wrongly).
const fs = require('node:fs')
const path = require('node:path')

function findFiles(dir, name, found = []) {
  if (!fs.existsSync(dir)) return found
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) findFiles(full, name, found)
    else if (entry.name === name) found.push(full)
  }
  return found
}

exports.default = async function verifyNativeAbi(context) {
  const abi = fs
    .readFileSync(path.join(__dirname, '..', 'node_modules', 'electron', 'abi_version'), 'utf8')
    .trim()
  const binaries = findFiles(context.appOutDir, 'better_sqlite3.node')
  if (binaries.length === 0) throw new Error('Packaged app has no better_sqlite3.node')
  for (const file of binaries) {
    if (!fs.readFileSync(file).includes(Buffer.from(`node_register_module_v${abi}`))) {
      throw new Error(`${file} was not built for Electron's ABI ${abi}; refusing to ship it`)
    }
  }
}
