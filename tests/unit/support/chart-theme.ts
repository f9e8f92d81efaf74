import type { ChartTheme } from '../../../packages/slidev-addon-training-cost/composables/chart-theme'

// Seven distinct stand-ins: no test reads a colour, only which series is which.
const SERIES = Array.from({ length: 7 }, (_, i) => `#00000${i}`) as readonly string[] as ChartTheme['series']

/**
 * The chart theme a figure test hands a chart config (the real one, composables/chart-theme.ts,
 * reads Slidev's dark and print mode): the deck's font size, no animation.
 */
export const TEST_CHART_THEME: ChartTheme = {
  text: '#1f2937',
  grid: '#cccccc',
  series: SERIES,
  fontSize: 16,
  animate: false,
}
