/**
 * Chart.js data and options for the roofline: the roof of one accelerator on log–log axes and the
 * GEMMs of one layer placed on it. Pure mapping from engine results; no figure is computed here.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { LayerGemm, RooflineFigure } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatFlopsPerSecond, formatInteger } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries } from './datasets'
import { legend } from './legend'
import { logAxis } from './log-axis'
import { pointLabelsPlugin } from './point-labels'
import { seriesColour } from './series-colour'

/** The GEMMs' names in the legend, which sits beside the plot and has room for a word or two. */
const LEGEND_NAME: Record<LayerGemm['name'], string> = {
  'QKV projection': 'QKV',
  'Attention scores QKᵀ': 'Scores QKᵀ',
  'Attention × V': 'Attention × V',
  'Output projection': 'Output',
  'MLP up': 'MLP up',
  'MLP down': 'MLP down',
}

type Data = ChartData<'scatter', LabelledPoint[], string>

const GEMM_RADIUS = 9
/** How much wider each ring around a shared point is drawn than the marker inside it. */
const RING_STEP = 5

/** How many GEMMs before the i-th sit on the same point of the plot (same intensity and rate). */
export function coincidentBefore(gemms: readonly { intensity: number, attainableFlopsPerSecond: number }[], i: number): number {
  const g = gemms[i]!
  const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b))
  return gemms.slice(0, i).filter(o => same(o.intensity, g.intensity) && same(o.attainableFlopsPerSecond, g.attainableFlopsPerSecond)).length
}

function rooflineChartData(input: RooflineFigure, theme: ChartTheme): Data {
  const color = (i: number): string => seriesColour(theme, i)
  return {
    datasets: [
      lineSeries(`${input.gpuShortName} roof`, input.roof.map(p => ({ x: p.intensity, y: p.flopsPerSecond })), theme.text),
      {
        label: 'Ridge point',
        data: [
          {
            x: input.ridge.intensity,
            y: input.ridge.flopsPerSecond,
            label: `ridge ${formatInteger(input.ridge.intensity)} FLOP/B`,
            align: 'above',
          },
        ],
        borderColor: theme.text,
        backgroundColor: theme.text,
        pointRadius: 6,
        pointStyle: 'rectRot',
      },
      ...input.gemms.map((g, i) => {
        // GEMMs of the same shape (the two attention products) land on one point: each later one is
        // drawn as a hollow ring around the earlier, so no series hides another.
        const under = coincidentBefore(input.gemms, i)
        return {
          // Stable labels per GEMM: a change of GPU moves points instead of redrawing the chart.
          label: `${LEGEND_NAME[g.name]}: ${g.bound}`,
          data: [
            { x: g.intensity, y: g.attainableFlopsPerSecond },
          ],
          borderColor: color(i),
          backgroundColor: under === 0
            ? color(i)
            : 'transparent',
          borderWidth: under === 0
            ? 1
            : 3,
          pointRadius: GEMM_RADIUS + RING_STEP * under,
          pointStyle: g.bound === 'memory'
            ? 'triangle'
            : 'circle',
        }
      }),
    ],
  }
}

function rooflineChartOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, {
        position: 'right',
        pointStyle: true,
        boxWidth: 10,
        markerRadius: 9,
      }),
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatInteger(item.parsed.x)} FLOP/B, ${formatFlopsPerSecond(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: logAxis('Arithmetic intensity (FLOP per byte moved, log)', formatInteger, theme),
      y: logAxis('Attainable FLOP/s (log)', formatFlopsPerSecond, theme),
    },
  }
}

/** The ridge and each GEMM: intensity, attainable FLOP/s and what bounds it. */
function rooflineTable(input: RooflineFigure): FigureTable {
  return {
    columns: [
      'Point',
      'Intensity (FLOP/B)',
      'Attainable FLOP/s',
      'Bound',
    ],
    rows: [
      [
        `${input.gpuName} ridge point`,
        formatInteger(input.ridge.intensity),
        formatFlopsPerSecond(input.ridge.flopsPerSecond),
        'both',
      ],
      ...input.gemms.map(g => [
        g.name,
        formatInteger(g.intensity),
        formatFlopsPerSecond(g.attainableFlopsPerSecond),
        g.bound,
      ]),
    ],
  }
}

export const ROOFLINE_CHART = defineChart({
  type: 'scatter',
  data: rooflineChartData,
  options: rooflineChartOptions,
  table: rooflineTable,
  plugins: theme => [
    pointLabelsPlugin(theme),
  ],
})
