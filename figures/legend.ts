/**
 * The legend of the deck's charts: the theme's text colour, a size read from the back of the room, and
 * either the dataset's own marker (scatter plots, where the marker is what the reader matches) or a box.
 */
import type { ChartTheme } from '../composables/chart-theme'

export interface LegendOptions {
  position?: 'top' | 'right' | 'bottom'
  /** Label size in CSS px; two below the theme's by default. */
  fontSize?: number
  /** Draw each dataset's point style instead of a box. */
  pointStyle?: boolean
  /** chart.js' box size: with `pointStyle`, the width sets the spacing and the height the marker. */
  boxWidth?: number
  boxHeight?: number
}

export function legend(theme: ChartTheme, options: LegendOptions = {}) {
  const { position = 'top', fontSize = theme.fontSize - 2, pointStyle, boxWidth, boxHeight } = options
  return {
    position,
    labels: {
      color: theme.text,
      font: { size: fontSize },
      usePointStyle: pointStyle,
      boxWidth,
      boxHeight,
    },
  }
}
