/**
 * Chart.js config for the tornado: one horizontal row per input, a floating bar from 0 to the cost
 * change at each end of the input's range, largest swing on top. Pure mapping from the engine's bars.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import { formatChange } from '../engine'
import { chartFrame } from './chart-frame'

export interface TornadoRow {
  label: string
  /** Relative cost change at the low and the high end of the input (0.5 = +50%). */
  changeAtLow: number
  changeAtHigh: number
}

export const TORNADO_LABELS = { low: 'Input at its low end', high: 'Input at its high end' } as const

/** Cost change as a percentage of the base, for the axis: 1.0 → "+100%". */
function percentChange(change: number): string {
  return formatChange(1 + change, 1)
}

export function sensitivityChartData(rows: readonly TornadoRow[], theme: ChartTheme): ChartData<'bar', [number, number][], string> {
  return {
    labels: rows.map(r => r.label),
    datasets: [
      {
        label: TORNADO_LABELS.low,
        data: rows.map(r => [0, r.changeAtLow]),
        backgroundColor: theme.series[2],
        borderRadius: 3,
      },
      {
        label: TORNADO_LABELS.high,
        data: rows.map(r => [0, r.changeAtHigh]),
        backgroundColor: theme.series[1],
        borderRadius: 3,
      },
    ],
  }
}

export function sensitivityChartOptions(theme: ChartTheme): ChartOptions<'bar'> {
  const font = { size: theme.fontSize }
  return {
    indexAxis: 'y',
    ...chartFrame(theme),
    plugins: {
      legend: {
        position: 'top',
        labels: {
          color: theme.text,
          font: { size: 14 },
        },
      },
      tooltip: {
        callbacks: {
          label: (item) => {
            const [, end] = item.raw as [number, number]
            return `${item.dataset.label}: ${percentChange(end)}`
          },
        },
      },
    },
    scales: {
      x: {
        stacked: false,
        title: {
          display: true,
          text: 'Change in training cost (%)',
          color: theme.text,
          font,
        },
        ticks: {
          color: theme.text,
          font,
          callback: value => percentChange(Number(value)),
        },
        grid: { color: theme.grid },
      },
      y: {
        stacked: true,
        ticks: { color: theme.text, font, autoSkip: false },
        grid: { display: false },
      },
    },
  }
}
