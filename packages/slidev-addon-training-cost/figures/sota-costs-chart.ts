/**
 * Chart.js config for "State-of-the-art costs": the engine's compute-optimal cost against model size
 * (log–log), with MosaicML's prices, SemiAnalysis' compute-only costs and the engine's figure for the
 * same runs as points. Pure mapping from numbers the engine computed.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { CostPoint, PublishedCostSeries } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import { formatCount, formatUsd } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { atDecades, pointRows } from './figure-table'
import { legend } from './legend'
import { logAxis } from './log-axis'

interface XY { x: number, y: number }

const xy = (points: readonly CostPoint[]): XY[] => points.map(p => ({ x: p.params, y: p.costUsd }))

export const SOTA_COSTS_LABELS = {
  line: 'Engine, compute-optimal',
  mosaic: 'MosaicML price',
  semiAnalysis: 'SemiAnalysis compute-only',
  engine: 'Engine, same runs',
} as const

function sotaCostsChartData(series: PublishedCostSeries, theme: ChartTheme): ChartData<'line', XY[], string> {
  const [line, mosaic, semi] = [theme.series[0], theme.series[1], theme.series[2]]
  return {
    datasets: [
      {
        label: SOTA_COSTS_LABELS.line,
        data: xy(series.line),
        borderColor: line,
        borderWidth: 3,
        pointRadius: 0,
      },
      {
        label: SOTA_COSTS_LABELS.mosaic,
        data: xy(series.price),
        borderColor: mosaic,
        backgroundColor: mosaic,
        pointStyle: 'rect',
        pointRadius: 8,
        showLine: false,
      },
      {
        label: SOTA_COSTS_LABELS.semiAnalysis,
        data: xy(series.computeOnly),
        borderColor: semi,
        backgroundColor: semi,
        pointStyle: 'rectRot',
        pointRadius: 9,
        showLine: false,
      },
      {
        label: SOTA_COSTS_LABELS.engine,
        data: xy(series.engine),
        borderColor: line,
        backgroundColor: line,
        pointStyle: 'circle',
        pointRadius: 6,
        showLine: false,
      },
    ],
  }
}

function sotaCostsChartOptions(theme: ChartTheme): ChartOptions<'line'> {
  return {
    ...chartFrame(theme),
    parsing: false,
    plugins: {
      legend: legend(theme, {
        position: 'bottom',
        fontSize: 14,
        pointStyle: true,
        boxHeight: 8,
      }),
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatCount(item.parsed.x)} → ${formatUsd(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: logAxis('Parameters (log scale)', formatCount, theme, 14),
      y: logAxis('Training cost (USD, log)', formatUsd, theme, 14),
    },
  }
}

/** Every published point and the engine's for the same runs; the compute-optimal line at whole decades. */
function sotaCostsTable(series: PublishedCostSeries): FigureTable {
  return {
    columns: [
      'Series',
      'Parameters',
      'Training cost',
    ],
    rows: pointRows([
      { label: SOTA_COSTS_LABELS.mosaic, points: series.price },
      { label: SOTA_COSTS_LABELS.semiAnalysis, points: series.computeOnly },
      { label: SOTA_COSTS_LABELS.engine, points: series.engine },
      {
        label: SOTA_COSTS_LABELS.line,
        points: atDecades(series.line, p => p.params),
      },
    ], p => formatCount(p.params), p => formatUsd(p.costUsd)),
  }
}

export const SOTA_COSTS_CHART = defineChart({
  type: 'line',
  data: sotaCostsChartData,
  options: sotaCostsChartOptions,
  table: sotaCostsTable,
})
