/**
 * Chart.js data and options for "what utilization does to cost": one run's cost against MFU, with the
 * MFUs published runs reached marked on the curve and the current MFU highlighted. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { UtilizationCostFigure } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatPercent, formatUsd, utilizationCostMfuRange } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries } from './datasets'
import { legend } from './legend'
import { linearAxis } from './linear-axis'
import { pointLabelsPlugin } from './point-labels'

function utilizationCostChartData(input: UtilizationCostFigure, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  return {
    datasets: [
      lineSeries('Cost at this MFU', input.curve.map(p => ({ x: p.mfu, y: p.costUsd })), theme.series[0]),
      {
        label: 'MFU a published run reached',
        data: input.published.map((p, i) => ({
          x: p.mfu,
          y: p.costUsd,
          label: `${p.name} ${formatPercent(p.mfu)}`,
          align: i % 2 === 0
            ? 'right'
            : 'above',
        })),
        borderColor: theme.series[6],
        backgroundColor: theme.series[6],
        pointRadius: 6,
      },
      {
        label: 'Current MFU',
        data: [
          {
            x: input.current.mfu,
            y: input.current.costUsd,
            label: `now ${formatPercent(input.current.mfu)}`,
            align: 'below',
          },
        ],
        borderColor: theme.series[1],
        backgroundColor: theme.series[1],
        pointRadius: 10,
        pointStyle: 'rectRot',
      },
    ],
  }
}

/** The MFU axis spans the curve: from the lowest published MFU to the "~60%". */
function utilizationCostChartOptions(theme: ChartTheme, mfuRange: { min: number, max: number } | undefined): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme, { pointStyle: true, boxWidth: 8, markerRadius: 7 }),
      tooltip: {
        callbacks: {
          label: item => `MFU ${formatPercent(item.parsed.x)}: ${formatUsd(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: linearAxis('Model FLOPs utilization (MFU)', formatPercent, theme, { min: mfuRange?.min, max: mfuRange?.max }),
      y: linearAxis('Training cost (USD)', formatUsd, theme, { beginAtZero: true }),
    },
  }
}

/** The curve's two ends, each published run's MFU and the current MFU, with the cost at each. */
function utilizationCostTable(input: UtilizationCostFigure): FigureTable {
  const ends = [
    input.curve[0],
    input.curve.at(-1),
  ].filter(p => p !== undefined)
  return {
    columns: [
      `${input.model.name} at`,
      'MFU',
      'Training cost',
    ],
    rows: [
      ...input.published.map(p => [
        p.name,
        formatPercent(p.mfu),
        formatUsd(p.costUsd),
      ]),
      [
        'Current MFU',
        formatPercent(input.current.mfu),
        formatUsd(input.current.costUsd),
      ],
      ...ends.map((p, i) => [
        i === 0
          ? 'Curve, lowest MFU'
          : 'Curve, highest MFU',
        formatPercent(p.mfu),
        formatUsd(p.costUsd),
      ]),
    ],
  }
}

export const UTILIZATION_COST_CHART = defineChart({
  type: 'scatter',
  data: utilizationCostChartData,
  options: utilizationCostChartOptions,
  fixedRange: utilizationCostMfuRange,
  table: utilizationCostTable,
  plugins: theme => [
    pointLabelsPlugin(theme),
  ],
})
