/**
 * Chart.js data and options for the compute-optimal frontier: tokens against parameters, log–log,
 * the line D = k·N, Chinchilla's Table 3 and the talk's models. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ComputeOptimalFigure, FrontierModel } from 'llm-training-cost'
import type { ModelId } from 'llm-training-cost/data/models'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { computeOptimalRange, formatCount } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries, pointSeries } from './datasets'
import { pointRows } from './figure-table'
import { legend } from './legend'
import { logAxis } from './log-axis'
import { pointLabelsPlugin } from './point-labels'

// Near-identical points (GPT-3 and Jurassic-1, 175B vs 178B on 300B tokens) get their caption on
// different sides.
const LABEL_SIDE: Partial<Record<ModelId, LabelledPoint['align']>> = {
  'lamda': 'below',
  'gpt-3': 'left',
  'jurassic-1': 'below',
  'gopher': 'above',
  'mt-nlg': 'right',
  'chinchilla': 'left',
  'palm': 'right',
}

/** Models drawn on the same spot as another: their name joins that one's caption. */
const CAPTIONED_WITH: Partial<Record<ModelId, ModelId>> = { 'jurassic-1': 'gpt-3' }

/** A model's caption: its name and those of the models on its spot; empty for those. */
function caption(model: FrontierModel, all: readonly FrontierModel[]): string {
  if (CAPTIONED_WITH[model.id] && all.some(m => m.id === CAPTIONED_WITH[model.id]))
    return ''
  return [
    model,
    ...all.filter(m => CAPTIONED_WITH[m.id] === model.id),
  ].map(m => m.name).join(', ')
}

function computeOptimalChartData(figure: ComputeOptimalFigure, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const models = (undertrained: boolean): LabelledPoint[] => figure.models
    .filter(m => m.gap.undertrained === undertrained)
    .map(m => ({
      x: m.params,
      y: m.tokens,
      label: caption(m, figure.models),
      align: LABEL_SIDE[m.id],
    }))
  return {
    datasets: [
      lineSeries(`Compute-optimal: D = ${formatCount(figure.tokensPerParam)}·N`, figure.frontier.map(p => ({ x: p.params, y: p.tokens })), theme.series[2]),
      {
        label: 'Chinchilla Table 3',
        data: figure.table3.map(p => ({ x: p.params, y: p.tokens })),
        borderColor: theme.series[2],
        backgroundColor: 'transparent',
        pointRadius: 6,
        pointStyle: 'rect',
      },
      pointSeries('Under-trained', models(true), theme.series[1], 8),
      pointSeries('On the frontier', models(false), theme.series[0], 8),
    ],
  }
}

function computeOptimalChartOptions(theme: ChartTheme, range: { minParams: number, maxParams: number } | undefined): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, { pointStyle: true, boxWidth: 8 }),
      tooltip: {
        callbacks: {
          label: item => `${formatCount(item.parsed.x)} parameters, ${formatCount(item.parsed.y)} tokens`,
        },
      },
    },
    scales: {
      x: {
        ...logAxis('Parameters N (log)', formatCount, theme),
        min: range?.minParams,
        max: range?.maxParams,
      },
      y: logAxis('Training tokens D (log)', formatCount, theme),
    },
  }
}

/** Chinchilla's Table 3 and each model (parameters, tokens); the frontier's formula as a note. */
function computeOptimalTable(figure: ComputeOptimalFigure): FigureTable {
  const point = (p: { params: number, tokens: number, name?: string }) => ({ x: p.params, y: p.tokens, label: p.name })
  return {
    columns: [
      'Point',
      'Parameters N',
      'Tokens D',
    ],
    rows: pointRows([
      {
        label: 'Chinchilla Table 3',
        points: figure.table3.map(point),
      },
      {
        label: 'Under-trained',
        points: figure.models.filter(m => m.gap.undertrained).map(point),
      },
      {
        label: 'On the frontier',
        points: figure.models.filter(m => !m.gap.undertrained).map(point),
      },
    ], p => formatCount(p.x), p => formatCount(p.y)),
    notes: [
      `Compute-optimal line: D = ${formatCount(figure.tokensPerParam)}·N`,
    ],
  }
}

export const COMPUTE_OPTIMAL_CHART = defineChart({
  type: 'scatter',
  data: computeOptimalChartData,
  options: computeOptimalChartOptions,
  fixedRange: computeOptimalRange,
  table: computeOptimalTable,
  plugins: theme => [
    pointLabelsPlugin(theme),
  ],
})
