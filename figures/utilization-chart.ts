/**
 * Chart.js data and options for the published utilization figures: MFU and HFU against model size,
 * with the current MFU and SemiAnalysis' "~60%" as reference lines. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import type { LabelledPoint } from './point-labels'
import { formatCount, formatPercent } from '../engine'
import { chartFrame } from './chart-frame'
import { logAxis } from './log-axis'

export interface UtilizationSeries {
  label: string
  kind: 'mfu' | 'hfu' | 'reference'
  points: readonly LabelledPoint[]
}

export function utilizationChartData(series: readonly UtilizationSeries[], theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  return {
    datasets: series.map((s, i) => {
      const color = theme.series[i % theme.series.length]!
      return s.kind === 'reference'
        ? {
            label: s.label,
            data: [...s.points],
            showLine: true,
            borderColor: color,
            backgroundColor: color,
            borderDash: [8, 6],
            borderWidth: 2,
            pointRadius: 0,
          }
        : {
            label: s.label,
            data: [...s.points],
            borderColor: color,
            // HFU hollow, MFU filled: the same run's two figures read as a pair.
            backgroundColor: s.kind === 'hfu'
              ? 'transparent'
              : color,
            borderWidth: 2,
            pointRadius: 7,
            pointStyle: s.kind === 'hfu'
              ? 'triangle'
              : 'circle',
          }
    }),
  }
}

export function utilizationChartOptions(theme: ChartTheme, range: { minParams: number, maxParams: number }): ChartOptions<'scatter'> {
  const font = { size: theme.fontSize }
  return {
    ...chartFrame(theme),
    plugins: {
      legend: {
        position: 'right',
        labels: {
          color: theme.text,
          font: { size: theme.fontSize - 3 },
          usePointStyle: true,
          boxWidth: 8,
        },
      },
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatCount(item.parsed.x)} parameters, ${formatPercent(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: {
        ...logAxis('Model parameters (log)', formatCount, theme),
        min: range.minParams,
        max: range.maxParams,
      },
      y: {
        min: 0,
        max: 0.7,
        title: {
          display: true,
          text: 'Utilization of dense peak',
          color: theme.text,
          font,
        },
        ticks: {
          color: theme.text,
          font,
          stepSize: 0.1,
          callback: value => formatPercent(Number(value)),
        },
        grid: { color: theme.grid },
      },
    },
  }
}
