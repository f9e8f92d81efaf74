/**
 * Chart.js data and options for "Not so fast: more GPUs stop buying time": days to train the wall's
 * 1T model against cluster size, at the talk's fixed MFU (falls as 1/GPUs for ever), by the scale
 * model (flattens once the batch is spread thin), and by the scale model with failures; the floor the
 * batch puts under any cluster, and SemiAnalysis' "~3 months on 100k A100". Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { NotSoFast } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatCount, formatDays } from 'llm-training-cost'
import { SCALING_WALL_CLAIMS } from 'llm-training-cost/data/published-claims'
import { defineChart } from './chart-config'
import { lineSeries, pointSeries } from './datasets'
import { logAxis } from './log-axis'
import { clusterSizeOptions, curve, flat } from './not-so-fast-chart'

const [WALL_CLAIM] = SCALING_WALL_CLAIMS
/** SemiAnalysis' "~3 months" as one point: the middle of the range the claim allows. */
const CLAIM_DAYS = (WALL_CLAIM.daysAtLeast + WALL_CLAIM.daysAtMost) / 2

/** The legend of a floor at a batch other than the one used: stable labels, so lines move rather than redraw. */
const OTHER_FLOOR_LABEL: Record<NotSoFast['floors'][number]['batch'], string> = {
  'used': 'Batch floor',
  'law': 'Floor at the law\'s batch',
  'talk era': 'Floor at the 2021 batch',
}

export function notSoFastTimeData(figure: NotSoFast, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const [scale, withFailures, floor, fixed, published] = theme.series
  return {
    datasets: [
      {
        ...lineSeries('Scale model', curve(figure, p => p.scaleDays), scale, 4),
        pointRadius: 4,
      },
      lineSeries('With failures', curve(figure, p => p.scaleDaysWithFailures), withFailures, 3),
      lineSeries('Talk\'s fixed MFU', figure.points.map(p => ({ x: p.gpus, y: p.fixedMfuDays })), fixed, 2, [8, 6]),
      ...figure.floor === null
        ? []
        : [
            lineSeries('Batch floor', flat(figure.floor.minimumWallClockDays), floor, 2, [3, 4]),
          ],
      // The floor at the other batch worth comparing (the law's, or the talk era's 6.3M), thinner.
      ...figure.floors.slice(1).map(f => lineSeries(OTHER_FLOOR_LABEL[f.batch], flat(f.floor.minimumWallClockDays), floor, 1, [1, 3])),
      {
        ...pointSeries(`Published: ~${formatDays(CLAIM_DAYS)}`, [
          { x: WALL_CLAIM.gpus, y: CLAIM_DAYS },
        ], published, 8),
        pointStyle: 'rectRot' as const,
      },
    ],
  }
}

export function notSoFastTimeOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  // Days from a day to a few centuries: where a 1T run can fall on these clusters.
  return clusterSizeOptions(theme, formatDays, {
    ...logAxis('Days to train (log)', formatCount, theme),
    min: 1,
    max: 1e5,
  })
}

/** The numbers behind the chart: days at each cluster size, the floor and the published point. */
function notSoFastTimeTable(figure: NotSoFast): FigureTable {
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
      ...figure.floors.map(f => `${OTHER_FLOOR_LABEL[f.batch]} (${formatCount(f.batchTokens)} tokens): ${formatDays(f.floor.minimumWallClockDays)} from ${formatCount(f.floor.kneeGpus)} GPUs`),
      `Published: ~${formatDays(CLAIM_DAYS)} on ${formatCount(WALL_CLAIM.gpus)} GPUs`,
    ],
  }
}

export const NOT_SO_FAST_TIME_CHART = defineChart({
  type: 'scatter',
  data: notSoFastTimeData,
  options: notSoFastTimeOptions,
  table: notSoFastTimeTable,
})
