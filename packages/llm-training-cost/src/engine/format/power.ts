/**
 * Power with an SI prefix on W (Intl has no watt unit), in the style of the other formatters.
 */
import { MISSING } from './numbers.ts'

const SIGNIFICANT_3 = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 })
const PREFIXES = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
] as const

/**
 * Watts, three significant digits with an SI prefix; "—" for a missing or impossible value.
 *
 * @example
 * formatWatts(4.4e7) // '44 MW'
 * formatWatts(400) // '400 W'
 */
export function formatWatts(watts: number | null | undefined): string {
  if (typeof watts !== 'number' || !Number.isFinite(watts))
    return MISSING
  const [scale, prefix] = PREFIXES.find(([s]) => Math.abs(watts) >= s) ?? PREFIXES[PREFIXES.length - 1]!
  return `${SIGNIFICANT_3.format(watts / scale)} ${prefix}W`
}
