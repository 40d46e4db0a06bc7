// `npm run workspace:import -- <archive.zip> <empty folder>`: makes the folder the workspace in a
// workspace archive (Settings > Backups > Export the whole workspace), after checking every file
// in it against its hash. Start the app on it with IPDESK_DATA_DIR=<folder>.
import path from 'node:path'
import { importWorkspaceArchive } from '../src/main/core/backup/archive'

async function main(): Promise<void> {
  const [archive, folder] = process.argv.slice(2)
  if (!archive || !folder) {
    process.stderr.write('usage: npm run workspace:import -- <archive.zip> <empty folder>\n')
    process.exit(2)
  }
  const result = await importWorkspaceArchive(path.resolve(archive), path.resolve(folder))
  process.stdout.write(
    `Imported ${result.matters} matters and ${result.blobs} document files into ${result.dir}; every file matched its hash.\n` +
      `Open it with: IPDESK_DATA_DIR=${result.dir} npm run preview:web\n`
  )
}

main().catch((error: unknown) => {
  const params = (error as { params?: Record<string, unknown> }).params
  process.stderr.write(
    `Not imported: ${String(error)}${params ? ` ${JSON.stringify(params)}` : ''}\nThe folder was left as it was.\n`
  )
  process.exit(1)
})
