/**
 * Percentages that must not round away: a 99.95% share printed as "100%" hides the point it makes.
 */

const SHARE = new Intl.NumberFormat('en-US', { style: 'percent', maximumSignificantDigits: 4 })

/**
 * A fraction as a percentage with four significant digits; "—" for null, NaN or ±Infinity.
 *
 * @example
 * formatShare(0.99951) // '99.95%'
 * formatShare(0.000491) // '0.0491%'
 */
export function formatShare(fraction: number | null | undefined): string {
  if (typeof fraction !== 'number' || !Number.isFinite(fraction))
    return '—'
  return SHARE.format(fraction)
}
