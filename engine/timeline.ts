/**
 * Dates as numbers, for charts without a date adapter: a publication month becomes a decimal year.
 */

/**
 * Decimal year of the middle of a month given as YYYY-MM (or YYYY-MM-DD; the day is ignored).
 * Throws on anything else, so a typo in data/ fails a test rather than plotting at year 0.
 *
 * @example
 * decimalYear('2020-05') // 2020.375: the middle of May 2020
 */
export function decimalYear(yearMonth: string): number {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(yearMonth)
  if (!match)
    throw new RangeError(`not a YYYY-MM date: ${JSON.stringify(yearMonth)}`)
  const month = Number(match[2])
  if (month < 1 || month > 12)
    throw new RangeError(`month out of range: ${JSON.stringify(yearMonth)}`)
  return Number(match[1]) + (month - 0.5) / 12
}

/**
 * Years between two publication months.
 *
 * @example
 * yearsBetween('2018-10', '2022-04') // 3.5: BERT-Large to PaLM
 */
export function yearsBetween(from: string, to: string): number {
  return decimalYear(to) - decimalYear(from)
}

/**
 * Growth factor per year between two sizes over a time span: (to/from)^(1/years).
 *
 * @example
 * annualGrowthFactor(340e6, 540e9, 3.5) // 8.2: BERT-Large to PaLM, ×8 a year
 */
export function annualGrowthFactor(fromSize: number, toSize: number, years: number): number {
  return (toSize / fromSize) ** (1 / years)
}
