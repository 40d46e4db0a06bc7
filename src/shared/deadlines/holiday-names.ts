/**
 * Simplified Chinese names of the holidays date-holidays reports in English. date-holidays' own
 * 'zh' names cover only a handful of holidays, some in traditional characters (聖誕節), so the
 * courts' calendars the engine uses are translated here; a name not listed keeps its English form
 * in Chinese text. Chinese statutory holidays take their Chinese names from chinese-days itself.
 */

export interface HolidayName {
  readonly en: string
  readonly zh: string
}

const ZH: Readonly<Record<string, string>> = {
  // United States: federal (5 USC 6103) and the states of the districts the engine knows
  "New Year's Day": '元旦',
  'Martin Luther King Jr. Day': '马丁·路德·金纪念日',
  "Washington's Birthday": '华盛顿诞辰纪念日',
  "Presidents' Day": '总统日',
  'Memorial Day': '阵亡将士纪念日',
  Juneteenth: '六月节（奴隶解放纪念日）',
  'Independence Day': '独立日',
  'Labour Day': '劳动节',
  'Labor Day': '劳动节',
  'Columbus Day': '哥伦布日',
  "Indigenous Peoples' Day": '原住民日',
  'Veterans Day': '退伍军人节',
  'Thanksgiving Day': '感恩节',
  'Day after Thanksgiving': '感恩节次日',
  'Day After Thanksgiving': '感恩节次日',
  'Day after Thanksgiving Day': '感恩节次日',
  'Christmas Eve': '平安夜',
  'Christmas Day': '圣诞节',
  'Day after Christmas': '圣诞节次日',
  'Inauguration Day': '总统就职日',
  "Lincoln's Birthday": '林肯诞辰纪念日',
  'Casimir Pulaski Day': '卡齐米日·普瓦斯基纪念日',
  'Malcolm X Day': '马尔科姆·X 纪念日',
  'Election Day': '选举日',
  'César Chávez Day': '塞萨尔·查韦斯纪念日',
  'Susan B. Anthony Day': '苏珊·B·安东尼纪念日',
  'Emancipation Day': '解放日',
  'Texas Independence Day': '得克萨斯独立日',
  'San Jacinto Day': '圣哈辛托日',
  'Confederate Heroes Day': '邦联英雄纪念日',
  'Lyndon Baines Johnson Day': '林登·约翰逊纪念日',
  'Return Day': '返乡日',
  // Germany (nationwide and state holidays)
  Epiphany: '主显节',
  'Good Friday': '耶稣受难日',
  'Easter Sunday': '复活节',
  'Easter Monday': '复活节星期一',
  'Ascension Day': '耶稣升天节',
  Pentecost: '圣灵降临节',
  'Whit Monday': '圣灵降临节星期一',
  'Corpus Christi': '基督圣体节',
  Assumption: '圣母升天节',
  'National Holiday': '国庆日',
  'German Unity Day': '德国统一日',
  'Reformation Day': '宗教改革纪念日',
  "All Saints' Day": '诸圣节',
  'Day of Prayer and Repentance': '忏悔祈祷日',
  'Boxing Day': '节礼日（圣诞节第二日）',
  "International Women's Day": '国际妇女节',
  "International Children's Day": '国际儿童节',
  "World Children's Day": '世界儿童节',
  'Augsburg Peace Festival': '奥格斯堡和平节',
  // other UPC Contracting Member States and letter jurisdictions
  'Immaculate Conception': '圣母无染原罪节',
  'Armistice Day': '停战纪念日',
  'Victory Day': '胜利日',
  'Bastille Day': '法国国庆日',
  'Liberation from Nazi-Fascism (1945)': '解放日（1945 年）',
  'Republic Day': '共和国日',
  'National Day of Saint Francis of Assisi': '亚西西的圣方济各国家纪念日',
  "King's Day": '国王节',
  'Europe Day': '欧洲日',
  'National Day': '国庆日',
  'Maundy Thursday': '濯足节',
  'Prayer Day': '祈祷日',
  'Midsummer Day': '仲夏节',
  'Midsummer Eve': '仲夏夜',
  Midsummer: '仲夏节',
  "New Year's Eve": '除夕（公历）',
  "All Souls' Day": '万灵节',
  "St. John's Day": '圣约翰日',
  'Saint John the Baptist': '施洗者圣约翰节',
  Staatsfeiertag: '国家节日',
  'Liberation Day': '解放日',
  'Unification Day': '统一日',
  'Liberty Day': '自由日',
  'Portugal Day': '葡萄牙日',
  'Freedom Day': '自由日',
  "Children's Day": '儿童节',
  'Early May bank holiday': '五月初银行假日',
  'Spring bank holiday': '春季银行假日',
  'Summer bank holiday': '夏季银行假日',
  'Canada Day': '加拿大国庆日',
  'Australia Day': '澳大利亚国庆日',
  'Anzac Day': '澳新军团日',
  'Easter Saturday': '复活节前夕',
  "Emperor's Birthday": '天皇诞辰',
  'Constitution Day': '宪法纪念日',
  'Korean New Year': '春节（韩国）',
  "Buddha's Birthday": '佛诞日',
  'Korean Thanksgiving': '中秋节（韩国）'
}

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  [' (observed)', '（补假日）'],
  [' (substitute day)', '（补假日）']
]

const cache = new Map<string, HolidayName>()

/** Both-language name of a holiday from its English name, e.g. 'Christmas Day (observed)' -> 圣诞节（补假日）. */
export function holidayName(en: string): HolidayName {
  let name = cache.get(en)
  if (name === undefined) {
    let base = en
    let suffix = ''
    for (const [s, z] of SUFFIXES) {
      if (base.endsWith(s)) {
        base = base.slice(0, -s.length)
        suffix = z
      }
    }
    name = { en, zh: `${ZH[base] ?? base}${suffix}` }
    cache.set(en, name)
  }
  return name
}
