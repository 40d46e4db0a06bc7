// Translations live in one file per area and language, merged here, so each area grows
// on its own. Keys must not collide between areas (a test checks both languages match).
import backupsEn from './backups.en.json'
import backupsZh from './backups.zh-CN.json'
import catalogueEn from './catalogue.en.json'
import catalogueZh from './catalogue.zh-CN.json'
import deadlinesEn from './deadlines.en.json'
import deadlinesZh from './deadlines.zh-CN.json'
import documentsEn from './documents.en.json'
import documentsZh from './documents.zh-CN.json'
import exposureEn from './exposure.en.json'
import exposureZh from './exposure.zh-CN.json'
import intakeReadEn from './intake-read.en.json'
import intakeReadZh from './intake-read.zh-CN.json'
import lawsuitsEn from './lawsuits.en.json'
import lawsuitsZh from './lawsuits.zh-CN.json'
import peopleEn from './people.en.json'
import peopleZh from './people.zh-CN.json'
import reportsEn from './reports.en.json'
import reportsZh from './reports.zh-CN.json'
import undoEn from './undo.en.json'
import undoZh from './undo.zh-CN.json'
import settingsEn from './settings.en.json'
import settingsZh from './settings.zh-CN.json'
import validationEn from './validation.en.json'
import validationZh from './validation.zh-CN.json'
import viewerSafetyEn from './viewer-safety.en.json'
import viewerSafetyZh from './viewer-safety.zh-CN.json'
import en from './en.json'
import zhCN from './zh-CN.json'

type Tree = { [key: string]: string | Tree }

function merge(...trees: Tree[]): Tree {
  const out: Tree = {}
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key]
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value
    }
  }
  return out
}

export const translations = {
  en: merge(
    en as Tree,
    deadlinesEn as Tree,
    documentsEn as Tree,
    viewerSafetyEn as Tree,
    settingsEn as Tree,
    exposureEn as Tree,
    catalogueEn as Tree,
    intakeReadEn as Tree,
    lawsuitsEn as Tree,
    peopleEn as Tree,
    reportsEn as Tree,
    validationEn as Tree,
    backupsEn as Tree,
    undoEn as Tree
  ),
  'zh-CN': merge(
    zhCN as Tree,
    deadlinesZh as Tree,
    documentsZh as Tree,
    viewerSafetyZh as Tree,
    settingsZh as Tree,
    exposureZh as Tree,
    catalogueZh as Tree,
    intakeReadZh as Tree,
    lawsuitsZh as Tree,
    peopleZh as Tree,
    reportsZh as Tree,
    validationZh as Tree,
    backupsZh as Tree,
    undoZh as Tree
  )
}
