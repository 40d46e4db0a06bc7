/**
 * Accused products: model numbers after their label ("model LX-200", "Modell KX-500", "型号为QH-J6")
 * and, when a letter lists its products in a table with a "Model" column, the model codes under
 * it (uncertain: a table read from text loses its columns). Product names are taken when quoted
 * after a naming phrase ("under the name “…”", "unter der Bezeichnung „…“", "名称为“…”的").
 */
import { note, sourceOfView, type Doc } from './text'
import type { Field, ProductValue } from './types'

const MODEL_CODE = '[A-Z0-9]{1,6}(?:[-./][A-Z0-9]{1,8})+(?:\\s?v\\d)?|[A-Z]{1,5}\\d{2,6}[A-Z]{0,2}'
const MODEL_LABEL = new RegExp(
  `(?<![A-Za-z])(?:model(?:\\s+(?:no\\.?|number))?|Modell(?:nummer|bezeichnung)?|Typ(?:enbezeichnung)?|Art\\.?-Nr\\.?|SKU|型号(?:为|是)?|款号)\\s*[:：#]?\\s*(?<model>${MODEL_CODE})(?![A-Za-z0-9])`,
  'giu'
)
// "QL-12型电动螺丝刀": a model code followed by 型
const MODEL_XING = /(?<![A-Za-z0-9-])(?<model>[A-Z]{1,4}-?\d{1,5}[A-Z]?)\s?型(?!号码)/gu
const NAME_QUOTED =
  /(?:under\s+the\s+(?:name|title)|unter\s+der\s+Bezeichnung|名称为|商品名称|产品名称|品名)\s*[:：]?\s*[“"„「](?<name>[^”"“」\n]{3,80})[”"“」]/giu
const MODEL_HEADER = /^(?:model(?:\s+no\.?)?|modell|型号)$/i

export function readProducts(doc: Doc): Field<ProductValue>[] {
  const text = doc.view.text
  const out = new Map<string, Field<ProductValue>>()
  for (const re of [MODEL_LABEL, MODEL_XING]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const model = m.groups?.model ?? ''
      if (!/\d/.test(model) || /^\d+$/.test(model) || /^(?:19|20)\d{2}$/.test(model)) continue
      const key = model.toUpperCase()
      if (out.has(key)) continue
      const vs = m.index + m[0].lastIndexOf(model)
      out.set(key, { value: { model }, source: sourceOfView(doc, vs, vs + model.length), certain: true })
    }
  }
  // a "Model" column: codes standing at the start of a line (or alone) in the lines that follow
  const lines = doc.lines
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const cells = line.text.split(/\s{2,}|\t/)
    const headerHere =
      MODEL_HEADER.test(line.text) || (/\bASIN\b/.test(line.text) && /\bModel\b/.test(line.text))
    if (!headerHere && !cells.some((c) => MODEL_HEADER.test(c))) continue
    for (const next of lines.slice(i + 1, i + 40)) {
      const code = new RegExp(`(?:^|\\s)(?<code>[A-Z]{1,4}-\\d{2,5}[A-Z]?)(?=\\s|$)`, 'u').exec(next.text)
        ?.groups?.code
      if (!code) continue
      const key = code.toUpperCase()
      if (out.has(key)) continue
      const at = next.start + Math.max(0, next.raw.indexOf(code))
      const vs = viewIndexAt(doc, at)
      out.set(key, {
        value: { model: code },
        source: sourceOfView(doc, vs, vs + code.length),
        certain: false,
        notes: [note('value_from_table', 'products', { model: code })]
      })
    }
  }
  NAME_QUOTED.lastIndex = 0
  for (let m = NAME_QUOTED.exec(text); m; m = NAME_QUOTED.exec(text)) {
    const name = (m.groups?.name ?? '').trim()
    // "名称为“一种便携式榨汁机”的发明专利": the title of a right, not a product
    if (
      /^[\s、,，]*的?(?:发明|实用新型|外观设计)?专利|^\s*(?:patent|design)/iu.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12)
      )
    )
      continue
    const vs = m.index + m[0].indexOf(name)
    // attach to a model named in the same sentence
    const src = sourceOfView(doc, vs, vs + name.length)
    const sameSentence = [...out.values()].find((f) => f.source.start === src.start && !f.value.name)
    if (sameSentence) sameSentence.value.name = name
    else out.set(`name:${name}`, { value: { name }, source: src, certain: true })
  }
  return [...out.values()].sort((a, b) => a.source.start - b.source.start)
}

function viewIndexAt(doc: Doc, inputOffset: number): number {
  const map = doc.view.map
  let lo = 0
  let hi = doc.view.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((map[mid] ?? 0) < inputOffset) lo = mid + 1
    else hi = mid
  }
  return lo
}
