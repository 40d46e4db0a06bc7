import type { PlaceName } from './places'

/** Where courts sit: the state whose legal holidays apply and the time zone a day ends in. */

export interface UsDistrict {
  readonly name: PlaceName
  /** date-holidays state code: its legal holidays count under FRCP 6(a)(6)(C) and FRAP 26(a)(6)(C). */
  readonly state: string
  readonly stateName: PlaceName
  /** IANA zone of the clerk's office (FRCP 6(a)(4)(A): electronic filing ends at midnight there). */
  readonly timeZone: string
}

export const US_DISTRICTS: Readonly<Record<string, UsDistrict>> = {
  'N.D. Ill.': {
    name: { en: 'N.D. Ill. (Chicago)', zh: '伊利诺伊州北区（芝加哥）' },
    state: 'IL',
    stateName: { en: 'Illinois', zh: '伊利诺伊州' },
    timeZone: 'America/Chicago'
  },
  'E.D. Tex.': {
    name: { en: 'E.D. Tex. (Marshall, Sherman, Tyler...)', zh: '得克萨斯州东区' },
    state: 'TX',
    stateName: { en: 'Texas', zh: '得克萨斯州' },
    timeZone: 'America/Chicago'
  },
  'W.D. Tex.': {
    name: { en: 'W.D. Tex. (Austin, Waco, San Antonio...)', zh: '得克萨斯州西区' },
    state: 'TX',
    stateName: { en: 'Texas', zh: '得克萨斯州' },
    timeZone: 'America/Chicago'
  },
  'D. Del.': {
    name: { en: 'D. Del. (Wilmington)', zh: '特拉华州地区（威尔明顿）' },
    state: 'DE',
    stateName: { en: 'Delaware', zh: '特拉华州' },
    timeZone: 'America/New_York'
  },
  'S.D.N.Y.': {
    name: { en: 'S.D.N.Y. (Manhattan)', zh: '纽约州南区（曼哈顿）' },
    state: 'NY',
    stateName: { en: 'New York', zh: '纽约州' },
    timeZone: 'America/New_York'
  },
  'C.D. Cal.': {
    name: { en: 'C.D. Cal. (Los Angeles)', zh: '加利福尼亚州中区（洛杉矶）' },
    state: 'CA',
    stateName: { en: 'California', zh: '加利福尼亚州' },
    timeZone: 'America/Los_Angeles'
  },
  'N.D. Cal.': {
    name: { en: 'N.D. Cal. (San Francisco, San Jose)', zh: '加利福尼亚州北区（旧金山、圣何塞）' },
    state: 'CA',
    stateName: { en: 'California', zh: '加利福尼亚州' },
    timeZone: 'America/Los_Angeles'
  }
}

/**
 * Without a district, the time zone of the earliest-ending continental court day (Eastern): a
 * deadline kept by midnight there is kept everywhere in the 48 states.
 */
export const US_DEFAULT_COURT_ZONE = 'America/New_York'
/** USPTO (Alexandria, Virginia) and the ITC (Washington, DC). */
export const US_DC_ZONE = 'America/New_York'
export const CHINA_ZONE = 'Asia/Shanghai'
export const GERMANY_ZONE = 'Europe/Berlin'

/** A UPC Contracting Member State or a division seat: whose official holidays apply (RoP 301). */
export interface UpcSeat {
  readonly name: PlaceName
  /** Country code for date-holidays. */
  readonly country: string
  /** German Land of a German division's seat, for its state holidays. */
  readonly germanState?: 'BY' | 'NW' | 'BW' | 'HH'
  /** Holidays observed at the seat beyond its state's list (Munich: Assumption Day, 15 August). */
  readonly localAssumptionDay?: boolean
  readonly timeZone: string
}

const EU_ZONES: Readonly<Record<string, string>> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  DE: 'Europe/Berlin',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  LV: 'Europe/Riga',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SE: 'Europe/Stockholm',
  SI: 'Europe/Ljubljana'
}

export function memberStateZone(country: string): string {
  return EU_ZONES[country] ?? 'Europe/Luxembourg'
}

/** UPC divisions by seat (`memberState` accepts these besides the country codes). */
export const UPC_DIVISIONS: Readonly<Record<string, UpcSeat>> = {
  Munich: {
    name: {
      en: 'Munich (local and central division, Bavaria)',
      zh: '慕尼黑（地方分庭及中央分庭，巴伐利亚州）'
    },
    country: 'DE',
    germanState: 'BY',
    localAssumptionDay: true,
    timeZone: 'Europe/Berlin'
  },
  Düsseldorf: {
    name: {
      en: 'Düsseldorf (local division, North Rhine-Westphalia)',
      zh: '杜塞尔多夫（地方分庭，北莱茵-威斯特法伦州）'
    },
    country: 'DE',
    germanState: 'NW',
    timeZone: 'Europe/Berlin'
  },
  Mannheim: {
    name: { en: 'Mannheim (local division, Baden-Württemberg)', zh: '曼海姆（地方分庭，巴登-符腾堡州）' },
    country: 'DE',
    germanState: 'BW',
    timeZone: 'Europe/Berlin'
  },
  Hamburg: {
    name: { en: 'Hamburg (local division)', zh: '汉堡（地方分庭）' },
    country: 'DE',
    germanState: 'HH',
    timeZone: 'Europe/Berlin'
  },
  Paris: {
    name: { en: 'Paris (local and central division)', zh: '巴黎（地方分庭及中央分庭）' },
    country: 'FR',
    timeZone: 'Europe/Paris'
  },
  Milan: {
    name: { en: 'Milan (local and central division)', zh: '米兰（地方分庭及中央分庭）' },
    country: 'IT',
    timeZone: 'Europe/Rome'
  },
  'The Hague': {
    name: { en: 'The Hague (local division)', zh: '海牙（地方分庭）' },
    country: 'NL',
    timeZone: 'Europe/Amsterdam'
  },
  Brussels: {
    name: { en: 'Brussels (local division)', zh: '布鲁塞尔（地方分庭）' },
    country: 'BE',
    timeZone: 'Europe/Brussels'
  },
  Copenhagen: {
    name: { en: 'Copenhagen (local division)', zh: '哥本哈根（地方分庭）' },
    country: 'DK',
    timeZone: 'Europe/Copenhagen'
  },
  Helsinki: {
    name: { en: 'Helsinki (local division)', zh: '赫尔辛基（地方分庭）' },
    country: 'FI',
    timeZone: 'Europe/Helsinki'
  },
  Lisbon: {
    name: { en: 'Lisbon (local division)', zh: '里斯本（地方分庭）' },
    country: 'PT',
    timeZone: 'Europe/Lisbon'
  },
  Ljubljana: {
    name: { en: 'Ljubljana (local division)', zh: '卢布尔雅那（地方分庭）' },
    country: 'SI',
    timeZone: 'Europe/Ljubljana'
  },
  Vienna: {
    name: { en: 'Vienna (local division)', zh: '维也纳（地方分庭）' },
    country: 'AT',
    timeZone: 'Europe/Vienna'
  },
  Stockholm: {
    name: { en: 'Stockholm (Nordic-Baltic regional division)', zh: '斯德哥尔摩（北欧-波罗的海地区分庭）' },
    country: 'SE',
    timeZone: 'Europe/Stockholm'
  }
}
