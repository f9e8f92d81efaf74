/**
 * Chart.js config for the scaling wall: one quantity (cost or days) against parameters, log–log, with
 * the band between optimistic and pessimistic assumptions, the engine's line, the 1T and 10T points
 * marked, and published figures as separate points. Pure mapping; the engine computed every number.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import { formatCount } from '../engine'
import { logAxis, withAlpha } from './log-axis'

export interface WallPoint { x: number, y: number | null }

export interface WallSeries {
  /** Axis title of the quantity, with its unit. */
  yTitle: string
  line: readonly WallPoint[]
  low: readonly WallPoint[]
  high: readonly WallPoint[]
  /** The engine's value at the marked sizes (1T, 10T). */
  marked: readonly WallPoint[]
  /** Published figures at those sizes. */
  published: readonly WallPoint[]
  format: (value: number) => string
  /** How the axis labels its powers of ten (the tooltip uses `format`). */
  tickFormat: (value: number) => string
}

/** Dataset labels are stable so vue-chartjs updates the chart in place. */
export const WALL_LABELS = {
  low: 'Optimistic (MFU 60%, cheapest reserved price)',
  high: 'Pessimistic (MFU 40%, dearest on-demand price)',
  line: 'Engine, current assumptions',
  marked: '1T and 10T, engine',
  published: 'Published (SemiAnalysis)',
} as const

export function scalingWallChartData(series: WallSeries, theme: ChartTheme): ChartData<'line', WallPoint[]> {
  const main = theme.series[0]!
  const published = theme.series[1]!
  return {
    datasets: [
      {
        order: 4,
        label: WALL_LABELS.low,
        data: [...series.low],
        borderColor: withAlpha(main, 0.35),
        borderWidth: 1,
        pointRadius: 0,
        fill: false,
      },
      {
        order: 3,
        label: WALL_LABELS.high,
        data: [...series.high],
        borderColor: withAlpha(main, 0.35),
        borderWidth: 1,
        pointRadius: 0,
        backgroundColor: withAlpha(main, 0.28),
        fill: '-1',
      },
      {
        order: 2,
        label: WALL_LABELS.line,
        data: [...series.line],
        borderColor: main,
        borderWidth: 3,
        pointRadius: 0,
        fill: false,
      },
      {
        order: 1,
        label: WALL_LABELS.marked,
        data: [...series.marked],
        borderColor: main,
        backgroundColor: main,
        pointRadius: 7,
        showLine: false,
      },
      {
        order: 0,
        label: WALL_LABELS.published,
        data: [...series.published],
        borderColor: published,
        backgroundColor: published,
        pointStyle: 'rectRot',
        pointRadius: 8,
        showLine: false,
      },
    ],
  }
}

export function scalingWallChartOptions(series: Pick<WallSeries, 'yTitle' | 'format' | 'tickFormat'>, theme: ChartTheme): ChartOptions<'line'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: theme.animate
      ? { duration: 400 }
      : false,
    parsing: false,
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatCount(item.parsed.x)} params → ${series.format(item.parsed.y ?? Number.NaN)}`,
        },
      },
    },
    scales: {
      x: logAxis('Parameters (log scale)', formatCount, theme, 14),
      // Ten decades of cost (or time) in ~200 px: label every other one.
      y: logAxis(series.yTitle, series.tickFormat, theme, 14, 2),
    },
  }
}
