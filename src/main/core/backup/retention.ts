// Which automatic backups to keep: the newest of each of the last 7 days that have one, and the
// newest of each of the 4 ISO weeks before those. Manual and pre-restore backups are the user's.

export interface DatedBackup {
  id: string
  /** UTC ISO moment it was taken. */
  createdAt: string
  kind: BackupKind
}

export type BackupKind = 'daily' | 'manual' | 'pre_restore' | 'pre_migration'

/** A backup's id, e.g. 20261130T100000000Z-daily: also its files' names, in backups/ and the second location. */
export const BACKUP_ID = /^\d{8}T\d{9}Z-(daily|manual|pre_restore|pre_migration)(-\d{1,4})?$/

const DAYS_KEPT = 7
const WEEKS_KEPT = 4

/** Monday of the ISO week of a YYYY-MM-DD date, as YYYY-MM-DD. */
function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const back = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10)
}

/** The ids of automatic (daily) backups that the retention policy removes. */
export function backupsToPrune(backups: readonly DatedBackup[]): string[] {
  const daily = backups
    .filter((b) => b.kind === 'daily')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  const days = new Set<string>()
  const weeks = new Set<string>()
  for (const backup of daily) {
    const day = backup.createdAt.slice(0, 10)
    if (days.has(day)) continue
    if (days.size < DAYS_KEPT) {
      days.add(day)
      keep.add(backup.id)
      continue
    }
    const week = weekOf(day)
    if (weeks.has(week) || [...days].some((d) => weekOf(d) === week)) continue
    if (weeks.size < WEEKS_KEPT) {
      weeks.add(week)
      keep.add(backup.id)
    }
  }
  return daily.filter((b) => !keep.has(b.id)).map((b) => b.id)
}
