/**
 * Chart.js data and options for "Not so fast: more GPUs stop buying time": days to train the wall's
 * 1T model against cluster size, at the talk's fixed MFU (falls as 1/GPUs for ever), by the scale
 * model (flattens once the batch is spread thin), and by the scale model with failures; the floor the
 * batch puts under any cluster, and SemiAnalysis' "~3 months on 100k A100". Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/chart-theme'
import type { NotSoFast } from '../engine'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { SCALING_WALL_CLAIMS } from '../data/published-claims'
import { formatCount, formatDays } from '../engine'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries, pointSeries } from './datasets'
import { legend } from './legend'
import { logAxis } from './log-axis'
import { curve, flat, GPU_RANGE } from './not-so-fast-chart'

const [WALL_CLAIM] = SCALING_WALL_CLAIMS

export function notSoFastTimeData(figure: NotSoFast, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const [scale, withFailures, floor, fixed, published] = theme.series
  const claimDays = (WALL_CLAIM.daysAtLeast + WALL_CLAIM.daysAtMost) / 2
  return {
    datasets: [
      {
        ...lineSeries('Scale model', curve(figure, p => p.scaleDays), scale!, 4),
        pointRadius: 4,
      },
      lineSeries('With failures', curve(figure, p => p.scaleDaysWithFailures), withFailures!, 3),
      lineSeries('Talk\'s fixed MFU', figure.points.map(p => ({ x: p.gpus, y: p.fixedMfuDays })), fixed!, 2, [8, 6]),
      ...figure.floor === null
        ? []
        : [
            lineSeries('Batch floor', flat(figure.floor.minimumWallClockDays), floor!, 2, [3, 4]),
          ],
      {
        ...pointSeries('Published: ~3 months', [
          { x: WALL_CLAIM.gpus, y: claimDays },
        ], published!, 8),
        pointStyle: 'rectRot' as const,
      },
    ],
  }
}

export function notSoFastTimeOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, { position: 'bottom', boxWidth: 18 }),
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatDays(item.parsed.y)} on ${formatCount(item.parsed.x)} GPUs`,
        },
      },
    },
    scales: {
      x: {
        ...logAxis('GPUs in the cluster (log)', formatCount, theme),
        ...GPU_RANGE,
      },
      // Days from a week to a few decades: where a 1T run can fall on these clusters.
      y: {
        ...logAxis('Days to train (log)', formatCount, theme),
        min: 1,
        max: 1e5,
      },
    },
  }
}

/** The numbers behind the chart: days at each cluster size, the floor and the published point. */
export function notSoFastTimeTable(figure: NotSoFast): FigureTable {
  return {
    columns: [
      'GPUs',
      'Scale model',
      'With failures',
      'Talk\'s fixed MFU',
    ],
    rows: figure.points.map(p => [
      formatCount(p.gpus),
      formatDays(p.scaleDays),
      formatDays(p.scaleDaysWithFailures),
      formatDays(p.fixedMfuDays),
    ]),
    notes: [
      ...figure.floor === null
        ? []
        : [`Batch floor: ${formatDays(figure.floor.minimumWallClockDays)} from ${formatCount(figure.floor.kneeGpus)} GPUs`],
      `Published: ~3 months on ${formatCount(WALL_CLAIM.gpus)} GPUs`,
    ],
  }
}

export const NOT_SO_FAST_TIME_CHART = defineChart({
  type: 'scatter',
  data: notSoFastTimeData,
  options: notSoFastTimeOptions,
  table: notSoFastTimeTable,
})
