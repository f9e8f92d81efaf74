import type { ChartTheme } from '../../../composables/chart-theme'

/**
 * The chart theme a figure test hands a chart config (the real one reads Slidev's dark and print
 * mode): the light mode's colours and size, no animation. Tests read what a chart shows, never its
 * colours.
 */
export const TEST_CHART_THEME: ChartTheme = {
  text: '#1f2937',
  grid: '#cccccc',
  series: [
    '#2563eb',
    '#dc2626',
    '#16a34a',
    '#9333ea',
    '#ea580c',
    '#0891b2',
    '#4b5563',
  ],
  fontSize: 16,
  animate: false,
}
