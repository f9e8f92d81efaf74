/**
 * Years on the appendix's cost trend: a decimal year ("2025.6"), and a year on a chart axis ("2024").
 */
const DECIMAL_YEAR = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
const WHOLE_YEAR = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: false })

/**
 * A decimal year to one decimal; an en dash for a missing value.
 *
 * @example
 * formatDecimalYear(2025.6248) // '2025.6'
 */
export function formatDecimalYear(year: number | null | undefined): string {
  return year === null || year === undefined || !Number.isFinite(year)
    ? '–'
    : DECIMAL_YEAR.format(year)
}

/**
 * A year as a whole number, for axis ticks.
 *
 * @example
 * formatWholeYear(2024) // '2024'
 */
export function formatWholeYear(year: number): string {
  return WHOLE_YEAR.format(year)
}
