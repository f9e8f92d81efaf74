/**
 * Chart.js data and options for the published utilization figures: MFU and HFU against model size,
 * with the current MFU and SemiAnalysis' "~60%" as reference lines. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { PublishedUtilization, UtilizationPoint } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatCount, formatPercent, utilizationSizeRange } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries } from './datasets'
import { pointRows } from './figure-table'
import { legend } from './legend'
import { linearAxis } from './linear-axis'
import { logAxis } from './log-axis'
import { pointLabelsPlugin } from './point-labels'
import { seriesColour } from './series-colour'

export interface UtilizationSeries {
  label: string
  kind: 'mfu' | 'hfu' | 'reference'
  points: readonly LabelledPoint[]
}

const xy = (points: readonly UtilizationPoint[]): LabelledPoint[] => points.map(p => ({ x: p.params, y: p.utilization }))

/** The chart's series, legend order: published points, then the two reference lines across the plot. */
function utilizationSeries(figure: PublishedUtilization): UtilizationSeries[] {
  const line = (y: number): LabelledPoint[] => [
    { x: figure.range.minParams, y },
    { x: figure.range.maxParams, y },
  ]
  return [
    {
      label: 'PaLM Table 3, MFU',
      kind: 'mfu',
      points: figure.palmTable3.map(r => ({
        x: r.params,
        y: r.utilization,
        label: r.name,
        // PaLM tops the others: its caption goes above, theirs below.
        align: r.modelId === 'palm'
          ? 'above'
          : 'below',
      })),
    },
    {
      label: 'MosaicML A100, MFU',
      kind: 'mfu',
      points: xy(figure.mosaicMfu),
    },
    {
      label: 'MosaicML A100, HFU',
      kind: 'hfu',
      points: xy(figure.mosaicHfu),
    },
    {
      label: 'Megatron-LM A100, MFU',
      kind: 'mfu',
      points: xy(figure.megatronMfu),
    },
    {
      label: 'Megatron-LM A100, HFU',
      kind: 'hfu',
      points: xy(figure.megatronHfu),
    },
    {
      label: 'SemiAnalysis "~60%"',
      kind: 'reference',
      points: line(figure.upperBound),
    },
    {
      label: 'Current MFU',
      kind: 'reference',
      points: line(figure.currentMfu),
    },
  ]
}

function utilizationChartData(figure: PublishedUtilization, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const series = utilizationSeries(figure)
  return {
    datasets: series.map((s, i) => {
      const color = seriesColour(theme, i)
      return s.kind === 'reference'
        ? lineSeries(s.label, [...s.points], color, 2, [8, 6])
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

function utilizationChartOptions(theme: ChartTheme, range: { minParams: number, maxParams: number } | undefined): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, {
        position: 'right',
        fontSize: theme.fontSize - 2,
        pointStyle: true,
        boxWidth: 8,
        markerRadius: 7,
      }),
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatCount(item.parsed.x)} parameters, ${formatPercent(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: {
        ...logAxis('Model parameters (log)', formatCount, theme),
        min: range?.minParams,
        max: range?.maxParams,
      },
      // Up to 70%: room above the "~60%" line and the highest published HFU (64%).
      y: linearAxis('Utilization of dense peak', formatPercent, theme, { min: 0, max: 0.7, stepSize: 0.1 }),
    },
  }
}

/** Every published point (series, model size, utilization); the two reference lines as notes. */
function utilizationTable(figure: PublishedUtilization): FigureTable {
  const series = utilizationSeries(figure)
  return {
    columns: [
      'Series',
      'Parameters',
      'Utilization',
    ],
    rows: pointRows(series.filter(s => s.kind !== 'reference'), p => formatCount(p.x), p => formatPercent(p.y)),
    notes: series.filter(s => s.kind === 'reference').map(s => `${s.label}: ${formatPercent(s.points[0]?.y)}`),
  }
}

export const UTILIZATION_CHART = defineChart({
  type: 'scatter',
  data: utilizationChartData,
  options: utilizationChartOptions,
  fixedRange: utilizationSizeRange,
  table: utilizationTable,
  plugins: theme => [
    pointLabelsPlugin(theme),
  ],
})
