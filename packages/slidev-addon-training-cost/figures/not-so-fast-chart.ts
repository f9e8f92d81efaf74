/**
 * Chart.js data and options for "Not so fast: utilization falls with cluster size": the scale model's
 * MFU for the wall's model at each cluster size, the shares of the step lost to the pipeline bubble
 * and to exposed communication, and the two flat lines it is measured against (the kernel efficiency,
 * where MFU would start with no bubble and no network, and the talk's fixed MFU). Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { NotSoFast } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatCount, formatPercent, NOT_SO_FAST_GPUS } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries, pointSeries } from './datasets'
import { legend } from './legend'
import { linearAxis } from './linear-axis'
import { logAxis } from './log-axis'

/** The x axis of every "Not so fast" chart against cluster size. */
const GPU_RANGE = {
  min: NOT_SO_FAST_GPUS[0]!,
  max: NOT_SO_FAST_GPUS.at(-1)!,
}

/** A horizontal line across the cluster sizes. */
export function flat(y: number): LabelledPoint[] {
  return [
    { x: GPU_RANGE.min, y },
    { x: GPU_RANGE.max, y },
  ]
}

/** One figure of each cluster size as points, skipping sizes where no layout fits. */
export function curve(figure: NotSoFast, pick: (p: NotSoFast['points'][number]) => number | null): LabelledPoint[] {
  return figure.points.flatMap((p) => {
    const y = pick(p)
    return y === null
      ? []
      : [
          { x: p.gpus, y },
        ]
  })
}

const RECOMPUTES = ['full', 'selective', 'none'] as const
const RECOMPUTE_NAME: Record<(typeof RECOMPUTES)[number], string> = {
  full: 'full recompute',
  selective: 'selective recompute',
  none: 'no recompute',
}
const PUBLISHED_MARKERS = ['rectRot', 'rect', 'star'] as const

export function notSoFastUtilizationData(figure: NotSoFast, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const [mfu, bubble, network, kernel, fixed, published] = theme.series
  return {
    datasets: [
      {
        ...lineSeries(`MFU (scale model, ${RECOMPUTE_NAME[figure.recompute]})`, curve(figure, p => p.effectiveMfu), mfu, 4),
        pointRadius: 4,
      },
      lineSeries('Pipeline bubble', curve(figure, p => p.bubbleShare), bubble, 2),
      lineSeries('Network wait', curve(figure, p => p.exposedCommShare), network, 2),
      ...figure.kernelEfficiency === null
        ? []
        : [
            lineSeries('Kernel efficiency', flat(figure.kernelEfficiency), kernel, 2, [4, 4]),
          ],
      lineSeries(`Talk's MFU (${formatPercent(figure.fixedMfu)})`, flat(figure.fixedMfu), fixed, 2, [8, 6]),
      // One series per recomputation, named: a full-recompute run does ~1.3× the work of the curve's
      // selective one for the same model FLOPs, so its MFU sits lower for that reason alone.
      ...RECOMPUTES.filter(r => figure.publishedRuns.some(run => run.recompute === r)).map((r, i) => ({
        ...pointSeries(`Published runs, ${RECOMPUTE_NAME[r]}`, figure.publishedRuns.filter(run => run.recompute === r).map(run => ({ x: run.gpus, y: run.mfu, label: run.label })), published, 7),
        pointStyle: PUBLISHED_MARKERS[i % PUBLISHED_MARKERS.length],
      })),
    ],
  }
}

/**
 * Options of every "Not so fast" chart against cluster size: the legend below, a tooltip naming the
 * point (its own caption, else its series) with its value on so many GPUs, the GPU axis, and the
 * chart's own y axis.
 */
export function clusterSizeOptions(theme: ChartTheme, formatY: (value: number) => string, y: NonNullable<ChartOptions<'scatter'>['scales']>[string]): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, { position: 'bottom', boxWidth: 18 }),
      tooltip: {
        callbacks: {
          label: item => `${(item.raw as LabelledPoint).label ?? item.dataset.label}: ${formatY(item.parsed.y ?? Number.NaN)} on ${formatCount(item.parsed.x)} GPUs`,
        },
      },
    },
    scales: {
      x: {
        ...logAxis('GPUs in the cluster (log)', formatCount, theme),
        ...GPU_RANGE,
      },
      y,
    },
  }
}

function notSoFastUtilizationOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  return clusterSizeOptions(theme, formatPercent, linearAxis('Share of peak or of step', formatPercent, theme, { min: 0, max: 1, stepSize: 0.25 }))
}

/** One row per cluster size: MFU and the two shares of the step lost; the flat lines as notes. */
function notSoFastUtilizationTable(figure: NotSoFast): FigureTable {
  return {
    columns: [
      'GPUs',
      'MFU (scale model)',
      'Pipeline bubble',
      'Network wait',
    ],
    rows: figure.points.map(p => [
      formatCount(p.gpus),
      formatPercent(p.effectiveMfu),
      formatPercent(p.bubbleShare),
      formatPercent(p.exposedCommShare),
    ]),
    notes: [
      ...figure.kernelEfficiency === null
        ? []
        : [
            `Kernel efficiency: ${formatPercent(figure.kernelEfficiency)}`,
          ],
      `Talk's MFU: ${formatPercent(figure.fixedMfu)}`,
      ...figure.unavailable === null
        ? []
        : [
            figure.unavailable,
          ],
    ],
  }
}

export const NOT_SO_FAST_UTILIZATION_CHART = defineChart({
  type: 'scatter',
  data: notSoFastUtilizationData,
  options: notSoFastUtilizationOptions,
  table: notSoFastUtilizationTable,
})
