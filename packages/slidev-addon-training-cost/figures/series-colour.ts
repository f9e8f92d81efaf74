import type { ChartTheme } from '../composables/chart-theme'

/**
 * The colour of the i-th series of a chart with more series than colours: the colours repeat.
 *
 * @example
 * seriesColour(theme, 8) // theme.series[1]
 */
export function seriesColour(theme: Pick<ChartTheme, 'series'>, i: number): string {
  return theme.series[i % theme.series.length] ?? theme.series[0]
}
