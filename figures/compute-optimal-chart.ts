/**
 * Chart.js data and options for the compute-optimal frontier: tokens against parameters, log–log,
 * the line D = k·N, Chinchilla's Table 3 and the talk's models. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import type { LabelledPoint } from './point-labels'
import { formatCount } from '../engine'
import { chartFrame } from './chart-frame'
import { logAxis } from './log-axis'

export interface FrontierInput {
  tokensPerParam: number
  frontier: readonly { params: number, tokens: number }[]
  table3: readonly { params: number, tokens: number }[]
  models: readonly { name: string, params: number, tokens: number, undertrained: boolean, align?: LabelledPoint['align'] }[]
}

export function computeOptimalChartData(input: FrontierInput, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  return {
    datasets: [
      {
        label: `Compute-optimal: D = ${formatCount(input.tokensPerParam)}·N`,
        data: input.frontier.map(p => ({ x: p.params, y: p.tokens })),
        showLine: true,
        borderColor: theme.series[2],
        backgroundColor: theme.series[2],
        borderWidth: 3,
        pointRadius: 0,
      },
      {
        label: 'Chinchilla Table 3',
        data: input.table3.map(p => ({ x: p.params, y: p.tokens })),
        borderColor: theme.series[2],
        backgroundColor: 'transparent',
        pointRadius: 6,
        pointStyle: 'rect',
      },
      {
        label: 'Under-trained',
        data: input.models.filter(m => m.undertrained).map(m => ({
          x: m.params,
          y: m.tokens,
          label: m.name,
          align: m.align,
        })),
        borderColor: theme.series[1],
        backgroundColor: theme.series[1],
        pointRadius: 8,
      },
      {
        label: 'On the frontier',
        data: input.models.filter(m => !m.undertrained).map(m => ({
          x: m.params,
          y: m.tokens,
          label: m.name,
          align: m.align,
        })),
        borderColor: theme.series[0],
        backgroundColor: theme.series[0],
        pointRadius: 8,
      },
    ],
  }
}

export function computeOptimalChartOptions(theme: ChartTheme, range: { minParams: number, maxParams: number }): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: {
        position: 'top',
        labels: {
          color: theme.text,
          font: { size: theme.fontSize - 2 },
          usePointStyle: true,
          boxWidth: 8,
        },
      },
      tooltip: {
        callbacks: {
          label: item => `${formatCount(item.parsed.x)} parameters, ${formatCount(item.parsed.y)} tokens`,
        },
      },
    },
    scales: {
      x: {
        ...logAxis('Parameters N (log)', formatCount, theme),
        min: range.minParams,
        max: range.maxParams,
      },
      y: logAxis('Training tokens D (log)', formatCount, theme),
    },
  }
}
