// `npm run lint:electron`: Doyensec's electronegativity over the Electron shell, offline (-e pins
// the Electron version, the release-list check that needs the network is excluded). Any finding
// above LOW fails unless security/electronegativity-allowlist.json names it with the reason.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')
).version
const allowlist = JSON.parse(
  fs.readFileSync(path.join(root, 'security', 'electronegativity-allowlist.json'), 'utf8')
)
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ipdesk-electronegativity-')), 'findings.csv')

const result = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'),
    '-i',
    path.join(root, 'src', 'main'),
    '-e',
    electronVersion,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
    '-o',
    out
  ],
  { cwd: root, encoding: 'utf8' }
)
if (!fs.existsSync(out)) {
  console.error(result.stdout, result.stderr)
  console.error('electronegativity produced no report')
  process.exit(1)
}

// CSV with quoted fields; the sample column may hold commas.
function parseCsv(text) {
  const rows = []
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue
    const cells = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') {
        quoted = !quoted
      } else if (ch === ',' && !quoted) {
        cells.push(cell)
        cell = ''
      } else {
        cell += ch
      }
    }
    cells.push(cell)
    const [check, severity, confidence, file, location] = cells.map((c) => c.trim())
    // A row electronegativity wrote malformed (its CSP check names no file) is still reported.
    const relative = file ? path.relative(root, file).replace(/\\/g, '/') : '(no file named)'
    rows.push({ check: check || '(unnamed check)', severity, confidence, file: relative, location })
  }
  return rows
}

const findings = parseCsv(fs.readFileSync(out, 'utf8'))
const bySeverity = {}
const unexplained = []
for (const finding of findings) {
  bySeverity[finding.severity] = (bySeverity[finding.severity] ?? 0) + 1
  if (finding.severity === 'LOW' || finding.severity === 'INFORMATIONAL') continue
  const allowed = allowlist.find(
    (a) => a.check === finding.check && (a.file === '*' || finding.file === a.file)
  )
  if (!allowed) unexplained.push(finding)
}
console.log(
  `electronegativity (Electron ${electronVersion}): ${findings.length} findings: ` +
    Object.entries(bySeverity)
      .map(([s, n]) => `${n} ${s}`)
      .join(', ') +
    `; ${findings.length - unexplained.length} allowlisted or LOW, ${unexplained.length} to fix`
)
for (const f of unexplained) console.log(`  ${f.severity} ${f.check} ${f.file}:${f.location}`)
process.exit(unexplained.length > 0 ? 1 : 0)
