/**
 * Chart.js data and options for "what utilization does to cost": one run's cost against MFU, with the
 * MFUs published runs reached marked on the curve and the current MFU highlighted. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import type { LabelledPoint } from './point-labels'
import { formatPercent, formatUsd } from '../engine'
import { chartFrame } from './chart-frame'

export interface UtilizationCostInput {
  curve: readonly { mfu: number, costUsd: number }[]
  published: readonly { label: string, mfu: number, costUsd: number }[]
  current: { mfu: number, costUsd: number }
}

export function utilizationCostChartData(input: UtilizationCostInput, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  return {
    datasets: [
      {
        label: 'Cost at this MFU',
        data: input.curve.map(p => ({ x: p.mfu, y: p.costUsd })),
        showLine: true,
        borderColor: theme.series[0],
        backgroundColor: theme.series[0],
        borderWidth: 3,
        pointRadius: 0,
      },
      {
        label: 'MFU a published run reached',
        data: input.published.map((p, i) => ({
          x: p.mfu,
          y: p.costUsd,
          label: p.label,
          align: i % 2 === 0
            ? 'right'
            : 'above',
        })),
        borderColor: theme.series[6],
        backgroundColor: theme.series[6],
        pointRadius: 6,
      },
      {
        label: 'Current MFU',
        data: [
          {
            x: input.current.mfu,
            y: input.current.costUsd,
            label: `now ${formatPercent(input.current.mfu)}`,
            align: 'below',
          },
        ],
        borderColor: theme.series[1],
        backgroundColor: theme.series[1],
        pointRadius: 10,
        pointStyle: 'rectRot',
      },
    ],
  }
}

export function utilizationCostChartOptions(theme: ChartTheme, mfuRange: { min: number, max: number }): ChartOptions<'scatter'> {
  const font = { size: theme.fontSize }
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
          label: item => `MFU ${formatPercent(item.parsed.x)}: ${formatUsd(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        min: mfuRange.min,
        max: mfuRange.max,
        title: {
          display: true,
          text: 'Model FLOPs utilization (MFU)',
          color: theme.text,
          font,
        },
        ticks: {
          color: theme.text,
          font,
          callback: value => formatPercent(Number(value)),
        },
        grid: { color: theme.grid },
      },
      y: {
        type: 'linear',
        beginAtZero: true,
        title: {
          display: true,
          text: 'Training cost (USD)',
          color: theme.text,
          font,
        },
        ticks: {
          color: theme.text,
          font,
          callback: value => formatUsd(Number(value)),
        },
        grid: { color: theme.grid },
      },
    },
  }
}
