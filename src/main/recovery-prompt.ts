// What the desktop app says when its workspace database cannot be opened (damaged, or not an
// IP Desk database): in both languages, since the user's language is stored in that database.
// Kept apart from Electron so it is tested (tests/unit/backup/recovery-prompt.test.ts).
import type { RecoveryChoice } from './core/backup/recovery'

export interface RecoveryPrompt {
  message: string
  detail: string
  /** The backup offered, or null: nothing can be restored, the app says where the files are. */
  backup: RecoveryChoice | null
  buttons: string[]
}

const moment = (iso: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

export function recoveryPrompt(
  code: 'corrupt_database' | 'not_our_database',
  choices: readonly RecoveryChoice[],
  dir: string
): RecoveryPrompt {
  const message =
    code === 'corrupt_database'
      ? 'IP Desk cannot open its workspace: the database file is damaged. Nothing was written to it.\nIP Desk 无法打开工作区：数据库文件已损坏。未对其写入任何内容。'
      : 'IP Desk cannot open its workspace: the database file is not an IP Desk database. Nothing was written to it.\nIP Desk 无法打开工作区：数据库文件不是 IP Desk 数据库。未对其写入任何内容。'
  // choices come newest first: the newest that verifies is offered
  const backup = choices.find((c) => c.usable) ?? null
  if (!backup) {
    const unusable = choices.length
    return {
      message,
      detail:
        `No intact backup to restore (${unusable} found, none verifies). The workspace folder is ${dir}; keep it as it is and contact support.\n` +
        `没有可恢复的完好备份（找到 ${unusable} 份，均未通过校验）。工作区文件夹：${dir}。请保持原样并联系技术支持。`,
      backup: null,
      buttons: ['Quit / 退出']
    }
  }
  return {
    message,
    detail:
      `The latest intact backup is from ${moment(backup.createdAt, 'en')} (${backup.matters} matters). Restoring it moves the damaged file aside as workspace.damaged-….db in ${dir}; it is kept, not deleted. Work recorded after the backup is not in it.\n` +
      `最近一份完好的备份时间为 ${moment(backup.createdAt, 'zh-CN')}（${backup.matters} 个案件）。恢复后，损坏的文件会以 workspace.damaged-….db 的名称保留在 ${dir} 中，不会被删除。备份之后记录的内容不在其中。`,
    backup,
    buttons: ['Restore this backup / 恢复此备份', 'Quit / 退出']
  }
}
