/**
 * The State Council's yearly holiday notices (国务院办公厅关于某年部分节假日安排的通知), for
 * years the installed chinese-days data does not carry yet. Enter a year the day its notice is
 * published; a newer chinese-days that carries the year takes precedence over this table.
 *
 * Each entry lists every rest day of the notice (the statutory holidays and the bridging rest
 * days, weekends included as the notice lists them) and every make-up working day (调休上班).
 */
export interface ChinaHolidayNotice {
  readonly year: number
  /** Title and document number of the notice, e.g. 国办发明电〔2026〕N号. */
  readonly source: string
  /** [first, last, English name, Chinese name]: a run of rest days. */
  readonly rest: ReadonlyArray<readonly [string, string, string, string]>
  /** [date, English name, Chinese name]: a weekend day that is a working day. */
  readonly workdays: ReadonlyArray<readonly [string, string, string]>
}

export const CN_HOLIDAY_NOTICES: readonly ChinaHolidayNotice[] = []
