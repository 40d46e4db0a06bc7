// `npm start`: the desktop app where Electron can run; the browser preview where it cannot.
// Electron's binary and headers are downloaded on first use. On a machine that cannot reach
// them (no internet, a locked-down network) that used to end in a node-gyp stack trace; now
// it says in one line what is missing and starts the browser preview, so the first command
// of the README always gives a working app.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = path.join(root, 'node_modules', 'electron')
const npmCli = process.env.npm_execpath
const log = path.join(root, 'out', 'start.log')

function run(command, args, options = {}) {
  fs.mkdirSync(path.dirname(log), { recursive: true })
  const out = fs.openSync(log, 'a')
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', out, out], ...options })
  fs.closeSync(out)
  return result.status === 0
}

/** The Electron executable, downloading it if missing; null when it cannot be had. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt')
  const binary = () =>
    fs.existsSync(pathFile) ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim()) : null
  const existing = binary()
  if (existing && fs.existsSync(existing)) return existing
  if (!run(process.execPath, [path.join(electronDir, 'install.js')], { timeout: 120_000 })) return null
  const downloaded = binary()
  return downloaded && fs.existsSync(downloaded) ? downloaded : null
}

function build() {
  const ok = npmCli ? run(process.execPath, [npmCli, 'run', 'build']) : run('npm', ['run', 'build'])
  if (!ok) {
    console.error(`The app could not be built; see ${path.relative(root, log)}.`)
    process.exit(1)
  }
}

function startPreview(reason) {
  console.log(`${reason} Starting the browser preview instead (the same app in your browser):`)
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main/web/cli.ts')], {
    cwd: root,
    stdio: 'inherit'
  })
  child.on('exit', (code) => process.exit(code ?? 0))
}

build()
if (process.env.IPDESK_PREVIEW === '1') {
  startPreview('IPDESK_PREVIEW=1.')
} else if (!electronBinary()) {
  startPreview(
    'Electron is not available: its binary could not be downloaded (no internet access to its release host?).'
  )
} else if (!run(process.execPath, [path.join(root, 'scripts/electron-native.mjs')])) {
  startPreview(
    `better-sqlite3 could not be built for Electron (Electron's headers could not be downloaded?); see ${path.relative(root, log)}.`
  )
} else {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
  child.on('exit', (code) => process.exit(code ?? 0))
}
