/**
 * Chart.js data and options for "models grow": parameters (log) against publication date, each point
 * labelled with its model. Pure mapping; years are decimal years from the engine.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import type { LabelledPoint } from './point-labels'
import { formatCount } from '../engine'
import { chartFrame } from './chart-frame'
import { logAxis } from './log-axis'

export interface DatedModel {
  name: string
  year: number
  params: number
  /** One of the talk's models (Chinchilla Table 1 and PaLM) rather than an earlier one. */
  inTalk: boolean
  align?: LabelledPoint['align']
}

export function modelSizeChartData(models: readonly DatedModel[], theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const points = (inTalk: boolean): LabelledPoint[] => models
    .filter(m => m.inTalk === inTalk)
    .map(m => ({
      x: m.year,
      y: m.params,
      label: `${m.name} ${formatCount(m.params)}`,
      align: m.align,
    }))
  return {
    datasets: [
      {
        label: 'Earlier Transformers',
        data: points(false),
        backgroundColor: theme.series[6],
        borderColor: theme.series[6],
        pointRadius: 7,
      },
      {
        label: 'The talk\'s models',
        data: points(true),
        backgroundColor: theme.series[0],
        borderColor: theme.series[0],
        pointRadius: 8,
      },
    ],
  }
}

export function modelSizeChartOptions(theme: ChartTheme, yearRange: { min: number, max: number }): ChartOptions<'scatter'> {
  const font = { size: theme.fontSize }
  return {
    ...chartFrame(theme),
    plugins: {
      legend: {
        position: 'top',
        labels: { color: theme.text, font, usePointStyle: true },
      },
      tooltip: {
        callbacks: {
          label: item => `${(item.raw as LabelledPoint).label ?? ''}`,
        },
      },
    },
    scales: {
      x: {
        type: 'linear',
        min: yearRange.min,
        max: yearRange.max,
        title: {
          display: true,
          text: 'Published (year)',
          color: theme.text,
          font,
        },
        ticks: {
          color: theme.text,
          font,
          stepSize: 1,
          callback: value => String(Math.round(Number(value))),
        },
        grid: { color: theme.grid },
      },
      y: logAxis('Parameters (log)', formatCount, theme),
    },
  }
}
