/**
 * A relative difference with its sign, for "engine vs published" cells.
 */
import { MISSING } from './numbers.ts'

const SIGNED_PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' })

/**
 * The relative difference of `value` from `reference` (value / reference − 1), signed, whole percent;
 * "—" when either is missing or the reference is 0.
 *
 * @example
 * formatChange(356e6, 300e6) // '+19%'
 * formatChange(1.745e6, 1.75e6) // '0%'
 */
export function formatChange(value: number | null | undefined, reference: number | null | undefined): string {
  if (typeof value !== 'number' || typeof reference !== 'number' || reference === 0)
    return MISSING
  const change = value / reference - 1
  return Number.isFinite(change)
    ? SIGNED_PERCENT.format(change)
    : MISSING
}

/** The lowest and highest of several relative differences (0.4 = +40%). */
export interface ChangeRange {
  low: number
  high: number
}

/**
 * A range of relative differences (0.4 = +40%), each end signed, whole percent; one figure when both
 * ends round alike; "—" when either is missing. Not Intl's `formatRange`: it prints −8% to −4% as
 * "-8–4%", which reads as minus eight to plus four.
 *
 * @example
 * formatChangeRange({ low: 0.381, high: 0.433 }) // '+38% to +43%'
 * formatChangeRange({ low: -0.0028, high: -0.0004 }) // '0%'
 */
export function formatChangeRange(range: ChangeRange | null | undefined): string {
  if (!range || !Number.isFinite(range.low) || !Number.isFinite(range.high))
    return MISSING
  const low = SIGNED_PERCENT.format(Math.min(range.low, range.high))
  const high = SIGNED_PERCENT.format(Math.max(range.low, range.high))
  return low === high
    ? low
    : `${low} to ${high}`
}

const SIGNED_PERCENT_1 = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })

/**
 * A difference already taken as a fraction, signed, to a tenth of a percent; "—" when missing.
 *
 * @example
 * formatSignedPercent(-0.1253) // '-12.5%'
 * formatSignedPercent(0.021) // '+2.1%'
 */
export function formatSignedPercent(fraction: number | null | undefined): string {
  return typeof fraction === 'number' && Number.isFinite(fraction)
    ? SIGNED_PERCENT_1.format(fraction)
    : MISSING
}

const SIGNIFICANT_2 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 })

/**
 * A ratio (tokens per parameter, a shortfall factor), two significant digits; "—" when missing.
 *
 * @example
 * formatRatio(1.7143) // '1.7'
 * formatRatio(11.67) // '12'
 */
export function formatRatio(ratio: number | null | undefined): string {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio))
    return MISSING
  return SIGNIFICANT_2.format(ratio)
}
