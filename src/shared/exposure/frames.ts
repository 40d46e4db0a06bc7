import { addMonthsClamped, type Day, fromDay, toDay } from './dates'
import { line, usd } from './lines'
import { isUsPatent } from './notice'
import type { AccusedVersion, AssertedRight, ExposureLine } from './types'

/** The statutory frame of each right, for the matter as a whole (not per version). */

export const RIGHT_TYPE_LABEL: Record<AssertedRight['type'], readonly [string, string]> = {
  utility_patent: ['utility patent', '发明专利'],
  design_patent: ['design patent', '外观设计专利'],
  utility_model: ['utility model', '实用新型'],
  registered_design: ['registered design', '注册外观设计'],
  trademark: ['trademark', '商标'],
  copyright: ['copyright', '著作权'],
  trade_secret: ['trade secret', '商业秘密']
}

// 15 USC 1117(c)(1)-(2): per counterfeit mark per type of goods or services.
const TM_MIN = 1_000
const TM_MAX = 200_000
const TM_WILFUL_MAX = 2_000_000
// 17 USC 504(c)(1)-(2): per work.
const CR_MIN = 750
const CR_MAX = 30_000
const CR_WILFUL_MAX = 150_000

/** Earliest launch, first live day or first sales month of the versions accused under the right. */
function commencementOf(right: AssertedRight, versions: readonly AccusedVersion[]): Day | undefined {
  if (right.infringementCommencedDate !== undefined) return toDay(right.infringementCommencedDate)
  let first: Day | undefined
  const consider = (d: Day): void => {
    if (first === undefined || d < first) first = d
  }
  for (const v of versions) {
    if (right.versionIds !== undefined && !right.versionIds.includes(v.id)) continue
    if (v.launchDate !== undefined) consider(toDay(v.launchDate))
    for (const l of v.listings) {
      for (const c of l.statusHistory)
        if (c.status === 'live' || c.status === 'reinstated') consider(toDay(c.date))
    }
  }
  return first
}

/**
 * 17 USC 412: "no award of statutory damages or of attorney's fees ... shall be made for (1) any
 * infringement of copyright in an unpublished work commenced before the effective date of its
 * registration; or (2) any infringement of copyright commenced after first publication of the work
 * and before the effective date of its registration, unless such registration is made within three
 * months after the first publication of the work."
 */
function copyrightFrame(right: AssertedRight, versions: readonly AccusedVersion[]): ExposureLine[] {
  const cite = '17 USC 412, 504(c), 505'
  const opts = { section: 'frame' as const, citation: cite, rightId: right.id }
  const base = { right: right.number }
  const dates = right.copyright ?? {}
  const edrIso = dates.effectiveRegistrationDate ?? dates.registrationDate
  const commenced = commencementOf(right, versions)
  const amounts = { min: usd(CR_MIN), max: usd(CR_MAX), willfulMax: usd(CR_WILFUL_MAX) }
  const lines: ExposureLine[] = []
  if (dates.effectiveRegistrationDate === undefined && dates.registrationDate !== undefined) {
    lines.push(
      line('frame.cr.edr-assumed', { ...base, date: dates.registrationDate }, { ...opts, severity: 'note' })
    )
  }
  if (commenced === undefined) {
    lines.push(line('frame.cr.not-commenced', base, opts))
    return lines
  }
  const commencedIso = fromDay(commenced)
  if (edrIso === undefined) {
    lines.push(
      line(
        'frame.cr.unregistered',
        { ...base, commenced: commencedIso },
        { ...opts, citation: '17 USC 411(a), 412' }
      )
    )
    return lines
  }
  const edr = toDay(edrIso)
  const published = dates.firstPublicationDate
  if (edr <= commenced) {
    lines.push(
      line(
        'frame.cr.available.registered-first',
        { ...base, edr: edrIso, commenced: commencedIso, ...amounts },
        opts
      )
    )
    return lines
  }
  if (published !== undefined && commenced >= toDay(published)) {
    const graceEnd = addMonthsClamped(published, 3)
    if (edr <= toDay(graceEnd)) {
      lines.push(
        line(
          'frame.cr.available.grace',
          { ...base, edr: edrIso, commenced: commencedIso, published, graceEnd, ...amounts },
          opts
        )
      )
      return lines
    }
    lines.push(
      line(
        'frame.cr.unavailable.published',
        { ...base, edr: edrIso, commenced: commencedIso, published, graceEnd },
        { ...opts, severity: 'note' }
      )
    )
    return lines
  }
  lines.push(
    line(
      'frame.cr.unavailable.unpublished',
      { ...base, edr: edrIso, commenced: commencedIso },
      { ...opts, severity: 'note' }
    )
  )
  return lines
}

export function rightFrames(
  rights: readonly AssertedRight[],
  versions: readonly AccusedVersion[],
  clearance: boolean
): ExposureLine[] {
  const lines: ExposureLine[] = []
  let counterfeitMarks = 0
  let counterfeitUnits = 0
  for (const r of rights) {
    const base = { right: r.number }
    const opts = { section: 'frame' as const, rightId: r.id }
    if (clearance) continue
    if (
      r.jurisdiction !== 'US' ||
      r.type === 'utility_model' ||
      r.type === 'registered_design' ||
      r.type === 'trade_secret'
    ) {
      const [type, typeZh] = RIGHT_TYPE_LABEL[r.type]
      lines.push(line('frame.other', { ...base, type, typeZh, jurisdiction: r.jurisdiction }, opts))
      continue
    }
    if (isUsPatent(r)) {
      lines.push(
        line('frame.patent.enhanced', base, {
          ...opts,
          citation: '35 USC 284; Halo Elecs. v. Pulse Elecs., 579 U.S. 93 (2016)'
        })
      )
      lines.push(line('frame.patent.fees', base, { ...opts, citation: '35 USC 285' }))
      continue
    }
    if (r.type === 'trademark') {
      if (r.counterfeitAlleged === true) {
        const goodsTypes = r.goodsTypes ?? 1
        counterfeitMarks++
        counterfeitUnits += goodsTypes
        lines.push(
          line(
            r.goodsTypes === undefined ? 'frame.tm.counterfeit.one-type' : 'frame.tm.counterfeit.types',
            {
              ...base,
              goodsTypes,
              min: usd(TM_MIN * goodsTypes),
              max: usd(TM_MAX * goodsTypes),
              willfulMax: usd(TM_WILFUL_MAX * goodsTypes)
            },
            { ...opts, citation: '15 USC 1117(c)' }
          )
        )
        lines.push(line('frame.tm.treble', base, { ...opts, citation: '15 USC 1117(b)' }))
      } else {
        lines.push(line('frame.tm.not-counterfeit', base, { ...opts, citation: '15 USC 1117(a)' }))
      }
      continue
    }
    lines.push(...copyrightFrame(r, versions))
  }
  if (counterfeitMarks > 1) {
    lines.push(
      line(
        'frame.tm.counterfeit-total',
        {
          marks: counterfeitMarks,
          min: usd(TM_MIN * counterfeitUnits),
          max: usd(TM_MAX * counterfeitUnits),
          willfulMax: usd(TM_WILFUL_MAX * counterfeitUnits)
        },
        { section: 'frame', citation: '15 USC 1117(c)' }
      )
    )
  }
  return lines
}
