/**
 * The legend of the deck's charts: the theme's text colour, a size read from the back of the room, and
 * either the dataset's own marker (scatter plots, where the marker is what the reader matches) or a box.
 * With markers, each entry mirrors what its dataset draws: a line series as a line with its own dash
 * (chart.js would draw the line's invisible point, a dot), a hollow marker hollow.
 */
import type { Chart, LegendItem, PointStyle } from 'chart.js'
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
  /**
   * With `pointStyle`: the radius the chart draws its markers at, so the legend's are that size
   * (chart.js draws a legend marker of radius boxHeight·√2/2).
   */
  markerRadius?: number
}

/** The fields of a dataset the legend mirrors; chart.js' own types allow scriptable values we never use. */
interface DrawnDataset {
  label?: string
  showLine?: boolean
  borderColor?: unknown
  backgroundColor?: unknown
  borderWidth?: unknown
  borderDash?: unknown
  pointStyle?: unknown
}

function asString(value: unknown, fallback: string): string {
  return typeof value === 'string'
    ? value
    : fallback
}
function asNumber(value: unknown, fallback: number): number {
  return typeof value === 'number'
    ? value
    : fallback
}

/**
 * One legend entry per dataset, drawn as the dataset is: line series as a line with their dash,
 * markers in their shape, fill and outline.
 *
 * @example
 * legendItemsLikeMarks(chart, '#000')[0] // { text: 'SemiAnalysis "~60%"', pointStyle: 'line', lineDash: [8, 6], … }
 */
export function legendItemsLikeMarks(chart: Pick<Chart, 'data' | 'isDatasetVisible'>, textColor: string): LegendItem[] {
  return chart.data.datasets.map((raw, i) => {
    const d = raw as DrawnDataset
    const line = d.showLine === true
    const stroke = asString(d.borderColor, textColor)
    return {
      text: d.label ?? '',
      datasetIndex: i,
      hidden: !chart.isDatasetVisible(i),
      fontColor: textColor,
      strokeStyle: stroke,
      fillStyle: line
        ? stroke
        : asString(d.backgroundColor, stroke),
      lineWidth: asNumber(d.borderWidth, line ? 3 : 1),
      lineDash: line && Array.isArray(d.borderDash)
        ? d.borderDash as number[]
        : [],
      pointStyle: line
        ? 'line'
        : asString(d.pointStyle, 'circle') as PointStyle,
    }
  })
}

export function legend(theme: ChartTheme, options: LegendOptions = {}) {
  const { position = 'top', fontSize = theme.fontSize - 2, pointStyle, boxWidth, markerRadius } = options
  const boxHeight = options.boxHeight ?? (markerRadius === undefined
    ? undefined
    : Math.round(markerRadius * Math.SQRT2))
  return {
    position,
    labels: {
      color: theme.text,
      font: { size: fontSize },
      usePointStyle: pointStyle,
      boxWidth,
      boxHeight,
      ...pointStyle
        ? {
            generateLabels: (chart: Chart) => legendItemsLikeMarks(chart, theme.text),
          }
        : {},
    },
  }
}
