/**
 * Tick labels for log axes: only the powers of ten, so a projected chart shows a few readable labels
 * instead of every 2, 3, 5… chart.js generates.
 */

/** True when a tick value is a power of ten (to rounding). */
export function isPowerOfTen(value: number): boolean {
  if (!(value > 0))
    return false
  const exponent = Math.log10(value)
  return Math.abs(exponent - Math.round(exponent)) < 1e-9
}

/** A tick callback that formats powers of ten and hides the rest (chart.js skips null labels). */
export function powerOfTenTicks(format: (value: number) => string): (value: number | string) => string | null {
  return (value) => {
    const n = Number(value)
    return isPowerOfTen(n)
      ? format(n)
      : null
  }
}
