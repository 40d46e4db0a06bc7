import { describe, expect, it } from 'vitest'
import { type Case, run, stepTexts } from './helpers'

// Every date below was counted by hand from the rule's own words (quoted above each block) and
// its weekday checked with a calendar, not taken from the engine. "+N" counts calendar days from
// the day after the trigger; "→" is the roll-over to the next (or, counted backward, previous) day.

describe('amazon.apex.response — "3 weeks" from Amazon\'s notice; a platform deadline, never rolled over', () => {
  it.each<Case>([
    { trigger: '2026-12-07', due: '2026-12-28', why: 'notice Mon 2026-12-07 + 3 weeks = Mon 2026-12-28' },
    {
      trigger: '2026-12-04',
      due: '2026-12-25',
      why: 'notice Fri 2026-12-04 + 21 days = Fri 2026-12-25 (Christmas): no roll-over, act by Christmas Day'
    },
    {
      trigger: '2027-01-30',
      due: '2027-02-20',
      why: 'notice Sat 2027-01-30 + 21 days = Sat 2027-02-20: stays on the Saturday'
    }
  ])('$why', (c) => {
    const r = run('amazon.apex.response', c)
    expect(r.due).toBe(c.due)
    expect(r.timeZone).toBeUndefined()
    expect(r.steps.map((s) => s.code)).toContain('apex.no-rollover')
  })
})

describe('us.frcp.answer-after-motion — FRCP 12(a)(4)(A): "within 14 days after notice of the court\'s action"', () => {
  it.each<Case>([
    {
      trigger: '2026-12-11',
      due: '2026-12-28',
      why: 'notice Fri 2026-12-11 + 14 = Fri 2026-12-25 (Christmas) → Sat, Sun → Mon 2026-12-28'
    },
    {
      trigger: '2026-11-12',
      due: '2026-11-27',
      why: 'notice Thu 2026-11-12 + 14 = Thu 2026-11-26 (Thanksgiving) → Fri 2026-11-27'
    },
    {
      trigger: '2027-01-29',
      due: '2027-02-12',
      why: "no district: + 14 = Fri 2027-02-12 (Lincoln's Birthday is a state holiday only), due that day"
    },
    {
      trigger: '2027-01-29',
      options: { district: 'N.D. Ill.' },
      due: '2027-02-16',
      why: "N.D. Ill. (FRCP 6(a)(6)(C), Illinois holidays): Fri 2027-02-12 is Lincoln's Birthday → Sat, Sun → Mon 02-15 is Washington's Birthday → Tue 2027-02-16"
    }
  ])('$why', (c) => {
    expect(run('us.frcp.answer-after-motion', c).due).toBe(c.due)
  })

  it("carries the court time zone: the district's, or Eastern when none is chosen", () => {
    expect(
      run('us.frcp.answer-after-motion', { trigger: '2027-01-29', options: { district: 'N.D. Ill.' } })
        .timeZone
    ).toBe('America/Chicago')
    const r = run('us.frcp.answer-after-motion', { trigger: '2027-01-29' })
    expect(r.timeZone).toBe('America/New_York')
    expect(r.steps.map((s) => s.code)).toContain('tz.court-midnight-assumed')
  })
})

describe('us.frcp.answer with C.D. Cal. — FRCP 6(a)(6)(C): "any day declared a holiday by the state where the district court is located"', () => {
  it('day 21 on César Chávez Day (Wed 2027-03-31), a California state holiday, moves to Thu 2027-04-01', () => {
    // served Wed 2027-03-10 + 21 = Wed 2027-03-31
    expect(run('us.frcp.answer', { trigger: '2027-03-10', options: { district: 'C.D. Cal.' } }).due).toBe(
      '2027-04-01'
    )
    expect(run('us.frcp.answer', { trigger: '2027-03-10' }).due).toBe('2027-03-31')
  })
})

describe('TRO expiry — FRCP 65(b)(2): "expires at the time after entry—not to exceed 14 days—that the court sets, unless before that time the court, for good cause, extends it for a like period"', () => {
  it('us.frcp.tro-expiry shows the unrolled expiry, the 6(a)-rolled date and the last court day side by side', () => {
    // entered Fri 2026-12-11 + 14 = Fri 2026-12-25 (Christmas); next court day Mon 12-28; last court day before Thu 12-24
    const r = run('us.frcp.tro-expiry', { trigger: '2026-12-11' })
    expect(r.due).toBe('2026-12-25')
    expect(r.alternatives?.map((a) => [a.kind, a.date, a.actOn, a.code])).toEqual([
      ['unrolled', '2026-12-25', true, 'tro.alt.unrolled'],
      ['rolled', '2026-12-28', false, 'tro.alt.rolled'],
      ['last-court-day', '2026-12-24', false, 'tro.alt.last-court-day']
    ])
  })

  it.each<Case>([
    {
      trigger: '2026-12-04',
      due: '2027-01-01',
      why: "entered Fri 2026-12-04: 14 + 14 = 28 days = Fri 2027-01-01 (New Year's Day), not rolled over"
    },
    { trigger: '2026-11-30', due: '2026-12-28', why: 'entered Mon 2026-11-30 + 28 = Mon 2026-12-28' }
  ])('us.frcp.tro-extended: $why', (c) => {
    expect(run('us.frcp.tro-extended', c).due).toBe(c.due)
  })

  it("us.frcp.tro-extended: the extended expiry on New Year's Day rolls to Mon 2027-01-04; last court day Thu 2026-12-31", () => {
    const r = run('us.frcp.tro-extended', { trigger: '2026-12-04' })
    expect(r.alternatives?.map((a) => a.date)).toEqual(['2027-01-01', '2027-01-04', '2026-12-31'])
    // the original 14 days end Fri 2026-12-18, before which the extension must be granted
    expect(stepTexts(r)).toContain('2026-12-18')
  })

  it('an expiry on a court day is not moved by 6(a) either (rolled-same)', () => {
    const r = run('us.frcp.tro-extended', { trigger: '2026-11-30' })
    expect(r.alternatives?.[1]).toMatchObject({
      kind: 'rolled',
      date: '2026-12-28',
      code: 'tro.alt.rolled-same'
    })
  })
})

describe('us.frcp.pi-opposition — FRCP 6(c)(2): "any opposing affidavit must be served at least 7 days before the hearing", counted backward (6(a)(5))', () => {
  it.each<Case>([
    { trigger: '2026-12-14', due: '2026-12-07', why: 'hearing Mon 2026-12-14 − 7 = Mon 2026-12-07' },
    {
      trigger: '2026-12-03',
      due: '2026-11-25',
      why: 'hearing Thu 2026-12-03 − 7 = Thu 2026-11-26 (Thanksgiving) → backward to Wed 2026-11-25'
    },
    {
      trigger: '2027-01-25',
      due: '2027-01-15',
      why: 'hearing Mon 2027-01-25 − 7 = Mon 2027-01-18 (Martin Luther King Jr. Day) → Sun, Sat → Fri 2027-01-15'
    }
  ])('$why', (c) => {
    const r = run('us.frcp.pi-opposition', c)
    expect(r.due).toBe(c.due)
    expect(r.steps[0]?.code).toBe('trigger.hearing')
  })
})

describe('us.frap.notice-of-appeal — FRAP 4(a)(1)(A): "within 30 days after entry of the judgment or order appealed from"', () => {
  it.each<Case>([
    {
      trigger: '2026-11-05',
      due: '2026-12-07',
      why: 'entered Thu 2026-11-05 + 30 = Sat 2026-12-05 → Sun → Mon 2026-12-07 (FRAP 26(a)(1)(C))'
    },
    {
      trigger: '2026-11-25',
      due: '2026-12-28',
      why: 'entered Wed 2026-11-25 + 30 = Fri 2026-12-25 (Christmas) → Mon 2026-12-28'
    },
    {
      trigger: '2025-11-24',
      due: '2025-12-29',
      why: 'entered Mon 2025-11-24 + 30 = Wed 2025-12-24, closed by EO 14371 → Thu 12-25 Christmas → Fri 12-26 EO 14371 → Sat, Sun → Mon 2025-12-29'
    }
  ])('$why', (c) => {
    expect(run('us.frap.notice-of-appeal', c).due).toBe(c.due)
  })

  it('warns for each Executive Order day the result depends on, naming the order', () => {
    const r = run('us.frap.notice-of-appeal', { trigger: '2025-11-24' })
    const closures = r.warningCodes.filter((w) => w.code === 'us.closure-applied')
    expect(closures.map((w) => w.params.date)).toEqual(['2025-12-24', '2025-12-26'])
    expect(String(closures[0]?.params.source)).toContain('Executive Order 14371')
  })
})

describe('us.ptab.popr — 37 CFR 42.107(b): "no later than three months after the date of a notice indicating that the request ... has been granted a filing date"', () => {
  it.each<Case>([
    {
      trigger: '2026-11-30',
      due: '2027-03-01',
      why: 'notice Mon 2026-11-30 + 3 months: February 2027 has no 30th → Sun 2027-02-28 → Mon 2027-03-01 (35 USC 21(b))'
    },
    {
      trigger: '2026-09-24',
      due: '2026-12-24',
      why: 'notice 2026-09-24 + 3 months = Thu 2026-12-24, a business day in 2026'
    },
    {
      trigger: '2025-09-24',
      due: '2025-12-29',
      why: 'notice 2025-09-24 + 3 months = Wed 2025-12-24, USPTO closed by EO 14371 → 12-25 → 12-26 (EO) → weekend → Mon 2025-12-29'
    }
  ])('$why', (c) => {
    const r = run('us.ptab.popr', c)
    expect(r.due).toBe(c.due)
    expect(r.timeZone).toBe('America/New_York')
  })
})

describe('us.ptab.ipr-bar across the 2025 Christmas closures — 35 USC 21(b) with the USPTO closed by Executive Order', () => {
  it('served Tue 2024-12-24: the anniversary Wed 2025-12-24 is a closure day → Mon 2025-12-29', () => {
    expect(run('us.ptab.ipr-bar', { trigger: '2024-12-24' }).due).toBe('2025-12-29')
  })
})

describe('us.dmca.claimant-suit-window — 17 USC 512(g)(2)(C): replaced "not less than 10 ... business days following receipt of the counter notice, unless ... first receives notice ... that such person has filed an action"', () => {
  it('received Mon 2026-11-16: business days 17,18,19,20 | 23,24,25 | (26 Thanksgiving) 27 | 30 (9th), Dec 1 (10th)', () => {
    const r = run('us.dmca.claimant-suit-window', { trigger: '2026-11-16' })
    expect(r.due).toBe('2026-12-01')
    expect(r.steps.find((s) => s.code === 'dmca.claimant.safe')?.params.safe).toBe('2026-11-30')
  })
})

describe('cn.cpl.appeal — CPL art. 171: "判决书送达之日起十五日内", "裁定书送达之日起十日内"; art. 286: "三十日内"', () => {
  it.each<Case>([
    {
      trigger: '2027-01-21',
      due: '2027-02-09',
      why: "judgment served Thu 2027-01-21 + 15 = Fri 2027-02-05, New Year's Eve (除夕), Spring Festival rest days to Mon 02-08 (正月初三) → Tue 2027-02-09"
    },
    {
      trigger: '2027-01-26',
      options: { decision: 'ruling' },
      due: '2027-02-09',
      why: 'ruling served Tue 2027-01-26 + 10 = Fri 2027-02-05 (除夕) → Tue 2027-02-09'
    },
    {
      trigger: '2026-09-01',
      options: { abroad: true },
      due: '2026-10-08',
      why: 'no PRC domicile: served Tue 2026-09-01 + 30 = Thu 2026-10-01, National Day rest 10-01 to 10-07 → Thu 2026-10-08'
    },
    {
      trigger: '2027-03-21',
      due: '2027-04-06',
      why: 'served Sun 2027-03-21 + 15 = Mon 2027-04-05, Qingming (the solar term in 2027) → Tue 2027-04-06'
    }
  ])('$why', (c) => {
    const r = run('cn.cpl.appeal', c)
    expect(r.due).toBe(c.due)
    expect(r.timeZone).toBe('Asia/Shanghai')
  })

  it('in a year without the State Council schedule, a last day on a weekend warns that it may become a working day', () => {
    // served Fri 2027-03-05 + 15 = Sat 2027-03-20 → Sun → Mon 2027-03-22
    const r = run('cn.cpl.appeal', { trigger: '2027-03-05' })
    expect(r.due).toBe('2027-03-22')
    expect(r.warningCodes.map((w) => w.code)).toEqual([
      'cn.coverage.statutory',
      'cn.coverage.weekend-last-day'
    ])
  })
})

describe('de.zpo.berufung — ZPO § 517: "Die Berufungsfrist beträgt einen Monat ... beginnt mit der Zustellung des in vollständiger Form abgefassten Urteils, spätestens aber mit Ablauf von fünf Monaten nach der Verkündung"', () => {
  it.each<Case>([
    {
      trigger: '2026-01-31',
      options: { state: 'NW' },
      due: '2026-03-02',
      why: 'served Sat 2026-01-31 + 1 month: February has no 31st (BGB § 188(3)) → Sat 2026-02-28 → Mon 2026-03-02 (ZPO § 222(2))'
    },
    {
      trigger: '2026-11-26',
      options: { state: 'BE' },
      due: '2026-12-28',
      why: 'served 2026-11-26 + 1 month = Sat 2026-12-26 (2nd Christmas Day) → Sun → Mon 2026-12-28'
    },
    {
      trigger: '2026-07-01',
      options: { state: 'BY', pronouncedOn: '2026-01-15' },
      due: '2026-07-15',
      why: 'pronounced 2026-01-15, five months end Mon 2026-06-15; served later (07-01), so the month runs from 06-15 → Wed 2026-07-15'
    },
    {
      trigger: '2026-03-10',
      options: { state: 'HE', pronouncedOn: '2025-09-30' },
      due: '2026-03-30',
      why: 'pronounced 2025-09-30: five months end 2026-02-28 (no 30 February); served 03-10 is later; 02-28 + 1 month = Sat 2026-03-28 → Mon 2026-03-30'
    },
    {
      trigger: '2026-03-10',
      options: { state: 'HE', pronouncedOn: '2026-01-15' },
      due: '2026-04-10',
      why: 'served 2026-03-10, within five months of 2026-01-15: 1 month from service = Fri 2026-04-10'
    }
  ])('$why', (c) => {
    const r = run('de.zpo.berufung', c)
    expect(r.due).toBe(c.due)
    expect(r.timeZone).toBe('Europe/Berlin')
  })

  it('warns when no date of pronouncement is given, since the five-month limit could not be checked', () => {
    const codes = run('de.zpo.berufung', {
      trigger: '2026-01-31',
      options: { state: 'NW' }
    }).warningCodes.map((w) => w.code)
    expect(codes).toEqual(['de.appeal.no-pronouncement'])
  })
})

describe('de.zpo.berufungsbegruendung — ZPO § 520(2): "Die Frist für die Berufungsbegründung beträgt zwei Monate" (same start as § 517)', () => {
  it.each<Case>([
    {
      trigger: '2026-10-31',
      options: { state: 'NW' },
      due: '2026-12-31',
      why: "served Sat 2026-10-31 + 2 months = Thu 2026-12-31 (New Year's Eve is a working day)"
    },
    {
      trigger: '2026-12-31',
      options: { state: 'NW' },
      due: '2027-03-01',
      why: 'served 2026-12-31 + 2 months: February 2027 has no 31st → Sun 2027-02-28 → Mon 2027-03-01'
    },
    {
      trigger: '2027-03-27',
      options: { state: 'BY' },
      due: '2027-05-28',
      why: 'served 2027-03-27 + 2 months = Thu 2027-05-27, Corpus Christi in Bavaria → Fri 2027-05-28'
    },
    {
      trigger: '2027-03-27',
      due: '2027-05-27',
      why: 'without a Land Corpus Christi is not applied: Thu 2027-05-27 (with a warning to choose the state)'
    }
  ])('$why', (c) => {
    expect(run('de.zpo.berufungsbegruendung', c).due).toBe(c.due)
  })
})

describe('de.zpo.einspruch — ZPO § 339: "Die Einspruchsfrist beträgt zwei Wochen"; (2): "Muss die Zustellung im Ausland erfolgen, so beträgt die Einspruchsfrist einen Monat"', () => {
  it.each<Case>([
    {
      trigger: '2026-12-11',
      options: { state: 'HH' },
      due: '2026-12-28',
      why: 'served Fri 2026-12-11 + 2 weeks = Fri 2026-12-25 (Christmas) → Sat 26 (2nd Christmas Day) → Sun → Mon 2026-12-28'
    },
    {
      trigger: '2027-03-31',
      options: { abroad: true, state: 'HH' },
      due: '2027-04-30',
      why: 'served abroad 2027-03-31 + 1 month: April has no 31st → Fri 2027-04-30'
    }
  ])('$why', (c) => {
    expect(run('de.zpo.einspruch', c).due).toBe(c.due)
  })
})

describe('upc.rop.appeal — RoP 224.1: "(a) within two months of ... notification of a decision ...; (b) within 15 calendar days of ... notification of the decision ... referred to in Rule 220.1(c)"', () => {
  it.each<Case>([
    {
      trigger: '2026-10-31',
      due: '2026-12-31',
      why: 'decision served 2026-10-31 + 2 months = Thu 2026-12-31 (Luxembourg working day)'
    },
    {
      trigger: '2026-12-10',
      options: { against: 'order' },
      due: '2026-12-28',
      why: "order served Thu 2026-12-10 + 15 = Fri 2026-12-25 (Christmas, Luxembourg) → Sat 26 (St Stephen's) → Sun → Mon 2026-12-28 (RoP 301)"
    },
    {
      trigger: '2026-06-08',
      options: { against: 'order' },
      due: '2026-06-24',
      why: "order served 2026-06-08 + 15 = Tue 2026-06-23, Luxembourg's National Holiday → Wed 2026-06-24"
    }
  ])('$why', (c) => {
    const r = run('upc.rop.appeal', c)
    expect(r.due).toBe(c.due)
    expect(r.timeZone).toBe('Europe/Luxembourg')
  })
})

describe('upc.rop.preliminary-objection — RoP 19.1: "Within one month of service of the Statement of claim"; divisions apply their seat\'s holidays (RoP 301)', () => {
  it.each<Case>([
    {
      trigger: '2025-07-15',
      options: { memberState: 'Munich' },
      due: '2025-08-18',
      why: 'Munich: 2025-07-15 + 1 month = Fri 2025-08-15, Assumption Day in Munich → Sat, Sun → Mon 2025-08-18'
    },
    {
      trigger: '2025-07-15',
      options: { memberState: 'DE' },
      due: '2025-08-15',
      why: 'Germany nationwide: Assumption Day is not a nationwide holiday → Fri 2025-08-15'
    },
    {
      trigger: '2026-05-04',
      options: { memberState: 'Munich' },
      due: '2026-06-05',
      why: 'Munich: 2026-05-04 + 1 month = Thu 2026-06-04, Corpus Christi in Bavaria → Fri 2026-06-05'
    },
    {
      trigger: '2026-05-04',
      options: { memberState: 'Paris' },
      due: '2026-06-04',
      why: 'Paris: Corpus Christi is not a French holiday → Thu 2026-06-04'
    }
  ])('$why', (c) => {
    const r = run('upc.rop.preliminary-objection', c)
    expect(r.due).toBe(c.due)
    expect(r.timeZone).toBe(c.options?.memberState === 'Paris' ? 'Europe/Paris' : 'Europe/Berlin')
  })
})

describe('letter.asserted in Germany — BGB § 193: a last day on "einen Sonntag, einen ... allgemeinen Feiertag oder einen Sonnabend" is replaced by "der nächste Werktag"', () => {
  it('14 days from Fri 2026-12-11 = Fri 2026-12-25 (Christmas) → Sat 26 (2nd Christmas Day) → Sun → Mon 2026-12-28', () => {
    const r = run('letter.asserted', { trigger: '2026-12-11', options: { days: 14, jurisdiction: 'DE' } })
    expect(r.due).toBe('2026-12-28')
    const codes = r.steps.map((s) => s.code)
    expect(codes).toContain('letter.bgb193')
    expect(codes).not.toContain('letter.no-rollover')
    expect(r.warningCodes.map((w) => w.code)).not.toContain('letter.day-off.holiday')
  })

  it('a demanded day that is a working day stays: 10 days from Sat 2026-10-24 = Tue 2026-11-03', () => {
    expect(
      run('letter.asserted', { trigger: '2026-10-24', options: { days: 10, jurisdiction: 'DE' } }).due
    ).toBe('2026-11-03')
  })
})
