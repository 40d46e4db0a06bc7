// Reports as one self-contained HTML page: inline CSS, no script, nothing fetched (a strict CSP
// says so), print CSS whose table headers repeat on every page, long names that wrap, and a CJK
// font stack that finds Noto Sans CJK SC (installed on CI and Linux) or Windows'/macOS' own.
// Every value is escaped here; nothing the user typed is ever markup.
import type { Language } from '../../../shared/model'
import { asOfLine, type ReportText } from './i18n'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

export function escapeHtml(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** Markup built here, safe to place as is (everything in it was escaped on the way in). */
export interface Html {
  readonly html: string
}
export const raw = (html: string): Html => ({ html })
const isHtml = (v: unknown): v is Html => typeof v === 'object' && v !== null && 'html' in v

export type HtmlCell = string | number | null | undefined | Html

const cell = (v: HtmlCell): string => (isHtml(v) ? v.html : escapeHtml(v))

export interface HtmlColumn {
  header: string
  /** code: dates and short codes on one line; number: right-aligned, one line; hash, id: break anywhere. */
  kind?: 'text' | 'code' | 'number' | 'hash' | 'id'
  /** Relative width, e.g. '12%'. */
  width?: string
}

export function htmlTable(columns: HtmlColumn[], rows: HtmlCell[][], caption?: string): Html {
  const cls = (c: HtmlColumn) => (c.kind && c.kind !== 'text' ? ` class="${c.kind}"` : '')
  const head = columns
    .map((c) => `<th${cls(c)}${c.width ? ` style="width:${c.width}"` : ''}>${escapeHtml(c.header)}</th>`)
    .join('')
  const body = rows
    .map((r) => `<tr>${columns.map((c, i) => `<td${cls(c)}>${cell(r[i])}</td>`).join('')}</tr>`)
    .join('\n')
  return raw(
    `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
  )
}

/** Label / value pairs (an overview), two columns of a table that may also break across pages. */
export function htmlFacts(pairs: [string, HtmlCell][]): Html {
  const rows = pairs
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${cell(v)}</td></tr>`)
    .join('\n')
  return raw(`<table class="facts"><tbody>${rows}</tbody></table>`)
}

export function htmlSection(title: string, ...content: (Html | string)[]): Html {
  const inner = content.map((c) => (isHtml(c) ? c.html : `<p>${escapeHtml(c)}</p>`)).join('\n')
  return raw(`<section><h2>${escapeHtml(title)}</h2>\n${inner}\n</section>`)
}

export const htmlList = (items: string[]): Html =>
  raw(items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '')

export const htmlParagraph = (text: string, className?: string): Html =>
  raw(`<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`)

// Windows: Microsoft YaHei; macOS: PingFang SC / Hiragino; Linux and CI: Noto Sans CJK SC.
const FONTS =
  '"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
// Chinese reports take the CJK face first, so Latin digits and Chinese share one face's metrics.
const FONTS_ZH =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans", "Segoe UI", Arial, sans-serif'

/** A CSS string literal: quotes and backslashes escaped, line breaks as escapes. */
export const cssString = (value: string): string =>
  `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]/g, '\\a ')}"`

const CSS = (lang: Language, privileged: boolean, legend: string, footer: string, landscape: boolean) => `
@page { size: A4${landscape ? ' landscape' : ''}; margin: ${privileged ? '20mm' : '16mm'} 14mm 16mm 14mm;
  @bottom-left { content: ${cssString(footer)}; color: #868e96; font-size: 7.5pt; }
  @bottom-right { content: counter(page) " / " counter(pages); color: #868e96; font-size: 7.5pt; } }
* { box-sizing: border-box; }
html { font-family: ${lang === 'zh-CN' ? FONTS_ZH : FONTS}; font-size: 10pt; color: #1a1b1e; }
body { margin: 0; padding: 0 4px; line-height: 1.4; }
header.report { border-bottom: 2px solid #1a1b1e; margin-bottom: 12px; padding-bottom: 6px; }
h1 { font-size: 16pt; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 12pt; margin: 16px 0 6px; border-bottom: 1px solid #ced4da; padding-bottom: 2px; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 12px 0 4px; break-after: avoid; }
.meta { color: #495057; margin: 0; }
p { margin: 4px 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0 10px; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #ced4da; padding: 3px 5px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; word-break: normal; }
th { background: #f1f3f5; font-weight: 600; overflow-wrap: normal; hyphens: manual; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
td.number { white-space: nowrap; }
td.id { word-break: break-all; }
td.code { white-space: nowrap; overflow-wrap: normal; }
td.hash { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; font-size: 7.5pt; word-break: break-all; }
table.facts th { width: 28%; }
ol.steps { margin: 2px 0 2px 16px; padding: 0; }
td ul { margin: 0; padding-left: 12px; }
ol.steps li { margin: 0; }
.citation { color: #495057; }
.warning { color: #a61e4d; }
.overdue { color: #c92a2a; font-weight: 600; }
.gap { color: #c92a2a; }
.muted { color: #868e96; }
.legend { color: #c92a2a; font-weight: 700; text-align: center; font-size: 8.5pt; letter-spacing: 0.02em; }
.legend.running { border: 1px solid #c92a2a; padding: 3px 6px; margin-bottom: 10px; background: #fff5f5; }
@media print {
  body { padding: 0; }
  /* In print the legend rides in every page's top margin instead (the @page margin box below). */
  .legend.running { display: none; }
}
${privileged ? `@page { @top-center { content: ${cssString(legend)}; color: #c92a2a; font-weight: 700; font-size: 8pt; font-family: ${lang === 'zh-CN' ? FONTS_ZH : FONTS}; vertical-align: bottom; padding-bottom: 3mm; } }` : ''}
`

export interface ReportPage {
  lang: Language
  title: string
  text: ReportText
  asOf: string
  actor: string
  /** The report includes privileged content: every page carries the legend. */
  privileged: boolean
  /** Wide tables (the portfolio) print on landscape pages. */
  landscape?: boolean
  /** Lines under the title (filters, grouping, what was left out). */
  subtitle?: string[]
  body: Html[]
}

export function reportHtml(page: ReportPage): string {
  const { t } = page.text
  const legend = page.privileged
    ? `<div class="legend running" role="note">${escapeHtml(t('reports.doc.legend'))}</div>`
    : ''
  const meta = [
    asOfLine(page.text, page.asOf),
    t('reports.doc.preparedBy', { actor: page.actor }),
    ...(page.subtitle ?? [])
  ]
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${CSS(page.lang, page.privileged, t('reports.doc.legend'), `${page.title} · ${asOfLine(page.text, page.asOf)}`, page.landscape ?? false)}</style>
</head>
<body>
${legend}
<header class="report"><h1>${escapeHtml(page.title)}</h1>
${meta.map((m) => `<p class="meta">${escapeHtml(m)}</p>`).join('\n')}
</header>
<main>
${page.body.map((b) => b.html).join('\n')}
</main>
</body>
</html>
`
}
