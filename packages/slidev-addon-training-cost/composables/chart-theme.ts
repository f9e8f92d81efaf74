import type { ComputedRef } from 'vue'
import { useDarkMode } from '@slidev/client/composables/useDarkMode.ts'
import { computed } from 'vue'
import { usePrintMode } from './print-mode'

/** Colours and motion for every chart, following dark mode; no animation in print or after an edit. */
export interface ChartTheme {
  text: string
  grid: string
  /** Series colours, distinguishable in both modes and in greyscale print: seven, so an index is checked. */
  series: SeriesColours
  /** Font size in CSS pixels: readable from the back of a room. */
  fontSize: number
  /** Whether a chart animates in when first drawn: never in print. */
  animate: boolean
}

/** Seven colours: a tuple, so `series[6]` is a string and `series[7]` a type error. */
type SeriesColours = readonly [string, string, string, string, string, string, string]

const LIGHT_SERIES: SeriesColours = [
  '#2563eb',
  '#dc2626',
  '#16a34a',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#4b5563',
]
const DARK_SERIES: SeriesColours = [
  '#60a5fa',
  '#f87171',
  '#4ade80',
  '#c084fc',
  '#fb923c',
  '#22d3ee',
  '#d1d5db',
]

export function useChartTheme(): ComputedRef<ChartTheme> {
  const { isDark } = useDarkMode()
  const isPrint = usePrintMode()
  // Charts animate in once, when first drawn (not in print). After that every update (an assumption
  // edit, dark mode) redraws at once: the chart components pass `update-mode="none"`. The theme does
  // not depend on the assumptions, so an edit does not rebuild every chart's options on every mounted
  // slide (it did, and that was half of an edit's redraw time: `npm run bench:redraw`).
  return computed(() => ({
    text: isDark.value ? '#e5e7eb' : '#1f2937',
    grid: isDark.value ? 'rgba(229, 231, 235, 0.15)' : 'rgba(31, 41, 55, 0.12)',
    series: isDark.value ? DARK_SERIES : LIGHT_SERIES,
    fontSize: 16,
    animate: !isPrint.value,
  }))
}
