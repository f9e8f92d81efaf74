/**
 * Shares of a whole, with no more digits than a reader can use: three significant digits (24.3%,
 * 0.0491%). A share close to all of it keeps the digits it needs not to round to 100%: a 99.95%
 * share printed as "100%" hides the point it makes (the rest is not zero).
 */

const SHARE = new Intl.NumberFormat('en-US', { style: 'percent', maximumSignificantDigits: 3 })
/** Two to four decimals of a percent, tried in turn for a share that three digits would show as 100%. */
const NEAR_ALL = [2, 3, 4].map(digits => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: digits }))
const ALL = SHARE.format(1)

/**
 * A fraction as a percentage with three significant digits, or the decimals a share just under 1 needs
 * to stay under 100%; "—" for null, NaN or ±Infinity.
 *
 * @example
 * formatShare(0.24312) // '24.3%'
 * formatShare(0.0004913) // '0.0491%'
 * formatShare(0.99951) // '99.95%'
 */
export function formatShare(fraction: number | null | undefined): string {
  if (typeof fraction !== 'number' || !Number.isFinite(fraction))
    return '—'
  const text = SHARE.format(fraction)
  if (text !== ALL || fraction >= 1)
    return text
  return NEAR_ALL.map(f => f.format(fraction)).find(t => t !== ALL) ?? NEAR_ALL.at(-1)!.format(fraction)
}
