/**
 * Log axes for the deck's charts: a label at each power of ten only (chart.js labels every minor tick
 * on a log scale, which no one can read from the back of a room).
 */
import type { ChartTheme } from '../composables/useChartTheme'

/** True when `value` is a power of ten, tolerating floating-point noise. */
function isPowerOfTen(value: number): boolean {
  if (!(value > 0))
    return false
  const exponent = Math.log10(value)
  return Math.abs(exponent - Math.round(exponent)) < 1e-9
}

/** A chart.js log axis titled `title`, labelling every `everyDecades`-th power of ten with `format`. */
export function logAxis(title: string, format: (value: number) => string, theme: ChartTheme, fontSize: number = theme.fontSize, everyDecades = 1) {
  const font = { size: fontSize }
  return {
    type: 'logarithmic' as const,
    title: {
      display: true,
      text: title,
      color: theme.text,
      font,
    },
    ticks: {
      color: theme.text,
      font,
      autoSkip: false,
      maxRotation: 0,
      callback: (value: number | string) => {
        const n = Number(value)
        return isPowerOfTen(n) && Math.round(Math.log10(n)) % everyDecades === 0
          ? format(n)
          : ''
      },
    },
    // Grid lines at the decades only: minor lines crowd a log chart, worst on a dark background.
    grid: {
      color: (context: { tick?: { value: number } }) => (context.tick && isPowerOfTen(context.tick.value)
        ? theme.grid
        : 'transparent'),
    },
  }
}

/** The theme's series colour `i` with an alpha, for bands: '#2563eb' → 'rgba(37, 99, 235, 0.2)'. */
export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!match)
    return hex
  const [r, g, b] = match.slice(1).map(h => Number.parseInt(h, 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}
