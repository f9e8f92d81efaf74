/**
 * Linear and category axes for the deck's charts, styled as `logAxis` is: one title and tick font, the
 * theme's text and grid colours, labels formatted by the caller (percent, dollars, years).
 */
import type { ChartTheme } from '../composables/chart-theme'

export interface LinearAxisOptions {
  min?: number
  max?: number
  beginAtZero?: boolean
  /** Distance between ticks, in the axis' own unit. */
  stepSize?: number
  /** Tick label size in CSS px; the theme's by default. */
  fontSize?: number
  /** Title size in CSS px; the tick size by default. */
  titleFontSize?: number
  /** At most this many labels, kept level (a narrow chart would otherwise tilt and crowd them). */
  maxTicks?: number
}

/** A chart.js linear axis titled `title`, each tick labelled with `format`. */
export function linearAxis(title: string, format: (value: number) => string, theme: ChartTheme, options: LinearAxisOptions = {}) {
  const { min, max, beginAtZero, stepSize, fontSize = theme.fontSize, titleFontSize = fontSize, maxTicks } = options
  return {
    type: 'linear' as const,
    min,
    max,
    beginAtZero,
    title: {
      display: true,
      text: title,
      color: theme.text,
      font: { size: titleFontSize },
    },
    ticks: {
      color: theme.text,
      font: { size: fontSize },
      stepSize,
      ...maxTicks === undefined
        ? {}
        : { maxTicksLimit: maxTicks, maxRotation: 0 },
      callback: (value: number | string) => format(Number(value)),
    },
    grid: { color: theme.grid },
  }
}

/** The row labels of a horizontal bar chart: every label shown, no grid. */
export function categoryAxis(theme: ChartTheme, fontSize: number = theme.fontSize, stacked?: boolean) {
  return {
    stacked,
    ticks: {
      color: theme.text,
      font: { size: fontSize },
      autoSkip: false,
    },
    grid: { display: false },
  }
}
