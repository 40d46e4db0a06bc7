/**
 * US federal closures by Executive Order or presidential proclamation: days that are not in
 * 5 USC 6103 but on which a forum was closed. Add a row the day an order issues.
 *
 * `forums` lists where each day counts as a holiday:
 * - PTO: the USPTO treats a day it is officially closed as a "Federal holiday within the District
 *   of Columbia" (35 USC 21(b); MPEP 510), so PTAB periods roll past it;
 * - ITC: an executive agency closed by the order; 19 CFR 201.14(a) skips days it is not open;
 * - courts: "any day declared a holiday by the President" extends a federal court period
 *   (FRCP 6(a)(6)(B), FRAP 26(a)(6)(B)). An order closing executive departments is treated as such
 *   a declaration here; a warning says so whenever a result depends on it.
 */

export type ClosureForum = 'PTO' | 'ITC' | 'courts'

export interface FederalClosure {
  /** YYYY-MM-DD */
  readonly date: string
  readonly name: { readonly en: string; readonly zh: string }
  /** The order, as published (title, date signed; number where known). */
  readonly source: string
  readonly forums: readonly ClosureForum[]
}

const CHRISTMAS_EVE = {
  en: 'Christmas Eve (federal closure by Executive Order)',
  zh: '平安夜（行政令联邦闭馆日）'
}
const ALL: readonly ClosureForum[] = ['PTO', 'ITC', 'courts']

export const FEDERAL_CLOSURES: readonly FederalClosure[] = [
  {
    date: '2018-12-05',
    name: {
      en: 'National Day of Mourning for President George H. W. Bush',
      zh: '老布什总统国家哀悼日'
    },
    source:
      'Executive Order of December 1, 2018, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 5, 2018',
    forums: ALL
  },
  {
    date: '2018-12-24',
    name: CHRISTMAS_EVE,
    source:
      'Executive Order of December 18, 2018, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2018',
    forums: ALL
  },
  {
    date: '2019-12-24',
    name: CHRISTMAS_EVE,
    source:
      'Executive Order of December 18, 2019, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2019',
    forums: ALL
  },
  {
    date: '2020-12-24',
    name: CHRISTMAS_EVE,
    source:
      'Executive Order of December 11, 2020, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2020',
    forums: ALL
  },
  {
    date: '2024-12-24',
    name: CHRISTMAS_EVE,
    source:
      'Executive Order of December 19, 2024, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2024',
    forums: ALL
  },
  {
    date: '2025-01-09',
    name: {
      en: 'National Day of Mourning for President Jimmy Carter',
      zh: '卡特总统国家哀悼日'
    },
    source:
      'Executive Order of December 30, 2024, Providing for the Closing of Executive Departments and Agencies of the Federal Government on January 9, 2025; the federal Judiciary closed its courts that day',
    forums: ALL
  },
  {
    date: '2025-12-24',
    name: CHRISTMAS_EVE,
    source:
      'Executive Order 14371 of December 18, 2025, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2025, and December 26, 2025',
    forums: ALL
  },
  {
    date: '2025-12-26',
    name: {
      en: 'Day after Christmas (federal closure by Executive Order)',
      zh: '圣诞节次日（行政令联邦闭馆日）'
    },
    source:
      'Executive Order 14371 of December 18, 2025, Providing for the Closing of Executive Departments and Agencies of the Federal Government on December 24, 2025, and December 26, 2025',
    forums: ALL
  }
]
