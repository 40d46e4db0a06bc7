// Contract -> core for the backup calls (src/shared/contract/backup.ts).
import type { backupCalls } from '../../../shared/contract/backup'
import type { Handlers } from '../kernel/dispatch'
import { exportWorkspaceArchive } from './archive'
import { importStagedArchive } from './incoming'
import { createBackup, keptManifests, listBackups, restoreBackup, verifyBackup } from './backup'
import { secondLocationStatus, setSecondLocation } from './second-location'

export const backupHandlers: Pick<Handlers, keyof typeof backupCalls> = {
  'backups.list': (ws) => listBackups(ws),
  'backups.create': (ws) => createBackup(ws, 'manual'),
  'backups.exportArchive': (ws) => exportWorkspaceArchive(ws),
  'backups.importArchive': (ws, input) => importStagedArchive(ws, input),
  'backups.secondLocation': (ws) => secondLocationStatus(ws),
  'backups.setSecondLocation': (ws, input) => setSecondLocation(ws, input.folder, keptManifests(ws)),
  'backups.verify': (ws, input) => verifyBackup(ws, input.id),
  'backups.restore': (ws, input) => restoreBackup(ws, input.id)
}
