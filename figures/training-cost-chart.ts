/**
 * Chart.js data and options for the training-cost bar chart: one bar per model, log axis in dollars.
 * Pure mapping from engine results to chart config; no figure is computed here.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/chart-theme'
import { formatUsd } from '../engine'
import { chartFrame } from './chart-frame'
import { logAxis } from './log-axis'

export interface CostBar {
  label: string
  costUsd: number
}

export function trainingCostChartData(bars: readonly CostBar[], theme: ChartTheme): ChartData<'bar', number[], string> {
  return {
    labels: bars.map(b => b.label),
    datasets: [
      {
        // A stable label lets vue-chartjs move bars on an update instead of redrawing the chart.
        label: 'Training cost (USD)',
        data: bars.map(b => b.costUsd),
        backgroundColor: theme.series[0],
        borderRadius: 4,
      },
    ],
  }
}

export function trainingCostChartOptions(theme: ChartTheme): ChartOptions<'bar'> {
  const font = { size: theme.fontSize }
  return {
    ...chartFrame(theme),
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: item => formatUsd(item.parsed.y),
        },
      },
    },
    scales: {
      x: {
        ticks: { color: theme.text, font },
        grid: { display: false },
      },
      y: logAxis('Training cost (USD, log scale)', formatUsd, theme),
    },
  }
}
