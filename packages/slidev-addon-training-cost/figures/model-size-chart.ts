/**
 * Chart.js data and options for "models grow": parameters (log) against publication date, each point
 * labelled with its model. Pure mapping; years are decimal years from the engine.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ModelTimeline } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatCount } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { legend } from './legend'
import { linearAxis } from './linear-axis'
import { logAxis } from './log-axis'
import { pointLabelsPlugin } from './point-labels'

// Models published within a few months of each other at similar sizes: caption them on alternate
// sides so the labels do not overprint.
const LABEL_SIDE: Partial<Record<string, LabelledPoint['align']>> = {
  'transformer-big': 'right',
  'bert-large': 'right',
  'gpt-2': 'left',
  'megatron-lm-8b': 'left',
  't5-11b': 'right',
  'gpt-3': 'left',
  'jurassic-1': 'left',
  'gopher': 'left',
  'lamda': 'right',
  'mt-nlg': 'left',
  'chinchilla': 'below',
  'palm': 'right',
}

function modelSizeChartData(timeline: ModelTimeline, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const points = (inTalk: boolean): LabelledPoint[] => timeline.models
    .filter(m => m.inTalk === inTalk)
    .map(m => ({
      x: m.year,
      y: m.params,
      label: `${m.name} ${formatCount(m.params)}`,
      align: LABEL_SIDE[m.id],
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

function modelSizeChartOptions(theme: ChartTheme, yearRange: { min: number, max: number } | undefined): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, { fontSize: theme.fontSize, pointStyle: true }),
      tooltip: {
        callbacks: {
          label: item => `${(item.raw as LabelledPoint).label ?? ''}`,
        },
      },
    },
    scales: {
      x: linearAxis('Published (year)', year => String(Math.round(year)), theme, { min: yearRange?.min, max: yearRange?.max, stepSize: 1 }),
      y: logAxis('Parameters (log)', formatCount, theme),
    },
  }
}

/** One row per model: name, month published, parameters, in the timeline's order. */
function modelSizeTable(timeline: ModelTimeline): FigureTable {
  return {
    columns: [
      'Model',
      'Published',
      'Parameters',
    ],
    rows: timeline.models.map(m => [
      m.name,
      m.published,
      formatCount(m.params),
    ]),
  }
}

export const MODEL_SIZE_CHART = defineChart({
  type: 'scatter',
  data: modelSizeChartData,
  options: modelSizeChartOptions,
  table: modelSizeTable,
  plugins: theme => [
    pointLabelsPlugin(theme),
  ],
})
