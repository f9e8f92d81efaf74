/**
 * Compact, human figures for slides and the command line, with Intl.NumberFormat (en-US).
 *
 * Missing or impossible values (null, undefined, NaN, ±Infinity) format as an em dash ("—") rather
 * than throwing: a slide must never show "NaN" and never go blank mid-talk because one input is
 * being edited. Callers that need to know use the numbers, not the strings.
 */
import { DAYS_PER_MONTH } from '../formulas/time-cost.ts'

/** What every formatter returns for null, undefined, NaN or ±Infinity. */
export const MISSING = '—'

const LOCALE = 'en-US'

const USD_COMPACT = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumSignificantDigits: 3,
})
const COMPACT = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumSignificantDigits: 3 })
const SCIENTIFIC = new Intl.NumberFormat(LOCALE, { notation: 'scientific', maximumSignificantDigits: 3 })
const PERCENT = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 })
const SIGNIFICANT_3 = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 3 })
const INTEGER = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 })

function durationFormat(unit: 'hour' | 'day' | 'month' | 'year', options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(LOCALE, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    ...options,
  })
}

const HOURS = durationFormat('hour', { maximumFractionDigits: 0 })
const DAYS_FINE = durationFormat('day', { maximumFractionDigits: 1 })
const DAYS = durationFormat('day', { maximumFractionDigits: 0 })
const MONTHS = durationFormat('month', { maximumFractionDigits: 1 })
const YEARS = durationFormat('year', { maximumFractionDigits: 1 })

const BYTE_UNITS = [
  [
    1e15,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'petabyte', maximumSignificantDigits: 3 }),
  ],
  [
    1e12,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'terabyte', maximumSignificantDigits: 3 }),
  ],
  [
    1e9,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'gigabyte', maximumSignificantDigits: 3 }),
  ],
  [
    1e6,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'megabyte', maximumSignificantDigits: 3 }),
  ],
  [
    1e3,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'kilobyte', maximumSignificantDigits: 3 }),
  ],
  [
    1,
    new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'byte', maximumSignificantDigits: 3 }),
  ],
] as const

/** SI prefixes for quantities Intl has no unit for (FLOP/s, Wh). */
const SI_PREFIXES = [
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
] as const

const HOURS_PER_DAY = 24
const DAYS_PER_YEAR = 365.25

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** The talk writes thousands as "k" ($326k); Intl's en-US compact symbol is "K". */
function joinCompactParts(parts: Intl.NumberFormatPart[]): string {
  return parts.map(p => (p.type === 'compact' && p.value === 'K'
    ? 'k'
    : p.value)).join('')
}

function siScaled(value: number, unit: string): string {
  const magnitude = Math.abs(value)
  const [scale, prefix] = SI_PREFIXES.find(([s]) => magnitude >= s) ?? SI_PREFIXES[SI_PREFIXES.length - 1]!
  return `${SIGNIFICANT_3.format(value / scale)} ${prefix}${unit}`
}

/**
 * Dollars, compact with three significant digits.
 *
 * @example
 * formatUsd(325_854) // '$326k'
 * formatUsd(1_745_000) // '$1.75M'
 * formatUsd(2.89e10) // '$28.9B'
 */
export function formatUsd(usd: number | null | undefined): string {
  if (!isFiniteNumber(usd))
    return MISSING
  return joinCompactParts(USD_COMPACT.formatToParts(usd))
}

/**
 * A count (parameters, tokens, GPUs), compact with three significant digits.
 *
 * @example
 * formatCount(175e9) // '175B'
 * formatCount(1.4e12) // '1.4T'
 * formatCount(12_500) // '12.5k'
 */
export function formatCount(count: number | null | undefined): string {
  if (!isFiniteNumber(count))
    return MISSING
  return joinCompactParts(COMPACT.formatToParts(count))
}

/**
 * A FLOP count in scientific notation.
 *
 * @example
 * formatFlops(1.27e26) // '1.27e26 FLOP'
 */
export function formatFlops(flops: number | null | undefined): string {
  if (!isFiniteNumber(flops))
    return MISSING
  const text = SCIENTIFIC.formatToParts(flops).map(p => (p.type === 'exponentSeparator'
    ? 'e'
    : p.value)).join('')
  return `${text} FLOP`
}

/**
 * A throughput in FLOP/s with an SI prefix.
 *
 * @example
 * formatFlopsPerSecond(312e12) // '312 TFLOP/s'
 */
export function formatFlopsPerSecond(flopsPerSecond: number | null | undefined): string {
  if (!isFiniteNumber(flopsPerSecond))
    return MISSING
  return siScaled(flopsPerSecond, 'FLOP/s')
}

/**
 * A fraction as a percentage.
 *
 * @example
 * formatPercent(0.4573) // '45.7%'
 */
export function formatPercent(fraction: number | null | undefined): string {
  if (!isFiniteNumber(fraction))
    return MISSING
  return PERCENT.format(fraction)
}

/**
 * GPU-hours, compact.
 *
 * @example
 * formatGpuHours(217_236) // '217k GPU-hours'
 */
export function formatGpuHours(gpuHours: number | null | undefined): string {
  if (!isFiniteNumber(gpuHours))
    return MISSING
  return `${formatCount(gpuHours)} GPU-hours`
}

/**
 * A duration in days, in the unit a person would say: hours under 2 days, days under 2 months,
 * months under 2 years, then years.
 *
 * @example
 * formatDays(33.9) // '34 days'
 * formatDays(85.8) // '2.8 months'
 * formatDays(802) // '2.2 years'
 */
export function formatDays(days: number | null | undefined): string {
  if (!isFiniteNumber(days))
    return MISSING
  const magnitude = Math.abs(days)
  if (magnitude < 2)
    return HOURS.format(days * HOURS_PER_DAY)
  if (magnitude < 10)
    return DAYS_FINE.format(days)
  if (magnitude < 2 * DAYS_PER_MONTH)
    return DAYS.format(days)
  if (magnitude < 2 * DAYS_PER_YEAR)
    return MONTHS.format(days / DAYS_PER_MONTH)
  return YEARS.format(days / DAYS_PER_YEAR)
}

const DAY_COUNT_SMALL = new Intl.NumberFormat(LOCALE, { maximumSignificantDigits: 2 })

/**
 * A duration as a number of days, without the unit, for a column whose header names it ("Days on 100k
 * GPUs"): every row in the same unit, so rows compare (`formatDays` would switch to hours or months).
 * Two significant digits under 100 days, whole days above.
 *
 * @example
 * formatDayCount(0.2604) // '0.26'
 * formatDayCount(33.9) // '34'
 * formatDayCount(1234.4) // '1,234'
 */
export function formatDayCount(days: number | null | undefined): string {
  if (!isFiniteNumber(days))
    return MISSING
  return Math.abs(days) < 100
    ? DAY_COUNT_SMALL.format(days)
    : INTEGER.format(days)
}

/**
 * A duration in seconds, as `formatDays` words it.
 *
 * @example
 * formatDuration(2.93e6) // '34 days'
 */
export function formatDuration(seconds: number | null | undefined): string {
  if (!isFiniteNumber(seconds))
    return MISSING
  return formatDays(seconds / 86_400)
}

/**
 * Bytes with a decimal (SI) unit, as GPU memory is sold.
 *
 * @example
 * formatBytes(2.8e12) // '2.8 TB'
 * formatBytes(80e9) // '80 GB'
 */
export function formatBytes(bytes: number | null | undefined): string {
  if (!isFiniteNumber(bytes))
    return MISSING
  const magnitude = Math.abs(bytes)
  const [scale, format] = BYTE_UNITS.find(([s]) => magnitude >= s) ?? BYTE_UNITS[BYTE_UNITS.length - 1]!
  return format.format(bytes / scale)
}

/**
 * Energy from kWh, with an SI prefix on Wh.
 *
 * @example
 * formatEnergyKwh(1_287_000) // '1.29 GWh'
 */
export function formatEnergyKwh(kwh: number | null | undefined): string {
  if (!isFiniteNumber(kwh))
    return MISSING
  return siScaled(kwh * 1000, 'Wh')
}

/**
 * CO₂-equivalent mass from kilograms, in tonnes.
 *
 * @example
 * formatCo2Kg(552_123) // '552 t CO₂e'
 */
export function formatCo2Kg(kg: number | null | undefined): string {
  if (!isFiniteNumber(kg))
    return MISSING
  return `${SIGNIFICANT_3.format(kg / 1000)} t CO₂e`
}

/**
 * An integer with grouping, for GPU counts in tables.
 *
 * @example
 * formatInteger(100_000) // '100,000'
 */
export function formatInteger(n: number | null | undefined): string {
  if (!isFiniteNumber(n))
    return MISSING
  return INTEGER.format(n)
}
