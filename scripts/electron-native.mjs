// Builds better-sqlite3 for Electron's ABI into .electron-native/, leaving the Node build in
// node_modules alone, so `npm test` (Node) and `npm start` (Electron) never fight.
// The result is verified by the ABI in its exported symbol: a rebuild that silently used
// Node's headers (npm's nodedir setting) is refused instead of crashing the app later.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = path.join(root, 'node_modules', 'electron')
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version
const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim()
const outDir = path.join(root, '.electron-native')
const target = path.join(outDir, `better_sqlite3-abi${abi}.node`)

function exportsAbi(file, wanted) {
  const bytes = fs.readFileSync(file)
  return bytes.includes(Buffer.from(`node_register_module_v${wanted}`))
}

function build() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-electron-sqlite-'))
  const source = path.join(root, 'node_modules', 'better-sqlite3')
  fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) })
  // npm may set nodedir to the system Node headers; it must not leak into an Electron build.
  const env = { ...process.env }
  for (const key of Object.keys(env))
    if (/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)) delete env[key]
  const args = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`]
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...args], {
      cwd: work,
      env,
      stdio: 'inherit'
    })
  } catch {
    console.log('No prebuilt binary; compiling better-sqlite3 against Electron headers.')
    execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        ...args,
        '--dist-url=https://electronjs.org/headers'
      ],
      { cwd: work, env, stdio: 'inherit' }
    )
  }
  return path.join(work, 'build', 'Release', 'better_sqlite3.node')
}

if (fs.existsSync(target) && exportsAbi(target, abi)) {
  console.log(`better-sqlite3 for Electron ${electronVersion} (ABI ${abi}) is ready.`)
} else {
  let built
  try {
    built = build()
  } catch (error) {
    console.error(`Could not build better-sqlite3 for Electron ${electronVersion}: ${error.message}`)
    process.exit(1)
  }
  if (!exportsAbi(built, abi)) {
    console.error(
      `The build does not export node_register_module_v${abi}: it was built for another runtime. Refusing it.`
    )
    process.exit(1)
  }
  fs.mkdirSync(outDir, { recursive: true })
  fs.copyFileSync(built, target)
  console.log(`Built ${path.relative(root, target)}`)
}
