/**
 * Log axes for the deck's charts: a label at each power of ten only (chart.js labels every minor tick
 * on a log scale, which no one can read from the back of a room).
 */
import type { ChartTheme } from '../composables/chart-theme'

/** True when `value` is a power of ten, tolerating floating-point noise. */
function isPowerOfTen(value: number): boolean {
  if (!(value > 0))
    return false
  const exponent = Math.log10(value)
  return Math.abs(exponent - Math.round(exponent)) < 1e-9
}

/**
 * Keeps the decades of the ticks chart.js built (1, 2, 3 … 9 × 10^k), when there are at least two.
 * The minor ticks carried no label and no visible grid line, yet chart.js resolved options, formatted
 * and measured each of them on every update: on the scaling-wall slide that was most of an edit's
 * redraw (`npm run bench:redraw`).
 */
function keepDecades(axis: { ticks: { value: number }[] }): void {
  const decades = axis.ticks.filter(tick => isPowerOfTen(tick.value))
  if (decades.length >= 2)
    axis.ticks = decades
}

/** A chart.js log axis titled `title`, labelling every `everyDecades`-th power of ten with `format`. */
export function logAxis(title: string, format: (value: number) => string, theme: ChartTheme, fontSize: number = theme.fontSize, everyDecades = 1) {
  const font = { size: fontSize }
  return {
    type: 'logarithmic' as const,
    afterBuildTicks: keepDecades,
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
      // null, not '': chart.js neither measures nor draws a null label.
      callback: (value: number | string) => {
        const n = Number(value)
        return isPowerOfTen(n) && Math.round(Math.log10(n)) % everyDecades === 0
          ? format(n)
          : null
      },
    },
    // One colour, not a function of the tick: chart.js can then resolve it once per update.
    grid: {
      color: theme.grid,
    },
  }
}
