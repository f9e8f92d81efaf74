/**
 * What every chart.js chart in the deck shares: it fills the box the slide gives it, and it animates in
 * once when first drawn (never in print). Later updates redraw at once: the components pass
 * `update-mode="none"`.
 */
import type { ChartTheme } from '../composables/chart-theme'

const ANIMATE_IN_MS = 400

export function chartFrame(theme: ChartTheme) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: theme.animate
      ? { duration: ANIMATE_IN_MS }
      : false as const,
  }
}
