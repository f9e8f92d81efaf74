/**
 * Chart.js config for the tornado: one horizontal row per input, a floating bar from 0 to the cost
 * change at each end of the input's range, largest swing on top. Pure mapping from the engine's bars.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { SensitivityBar } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import { formatChange, formatCount, formatPercent, formatRatio, formatUsd } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { legend } from './legend'
import { categoryAxis, linearAxis } from './linear-axis'

/** How each input's values read in its row label. */
const FORMAT: Record<SensitivityBar['id'], (value: number) => string> = {
  mfu: formatPercent,
  goodput: formatPercent,
  usdPerGpuHour: formatUsd,
  tokensPerParam: formatRatio,
  batchTokens: formatCount,
}

/** "MFU 40%–60%": the input and the range its bar was computed over. */
function tornadoLabel(bar: Pick<SensitivityBar, 'id' | 'label' | 'low' | 'high'>): string {
  return `${bar.label} ${FORMAT[bar.id](bar.low)}–${FORMAT[bar.id](bar.high)}`
}

const TORNADO_LABELS = { low: 'Input at its low end', high: 'Input at its high end' } as const

/** Cost change as a percentage of the base, for the axis: 1.0 → "+100%". */
function percentChange(change: number): string {
  return formatChange(1 + change, 1)
}

function sensitivityChartData(rows: readonly SensitivityBar[], theme: ChartTheme): ChartData<'bar', [number, number][], string> {
  return {
    labels: rows.map(tornadoLabel),
    datasets: [
      {
        label: TORNADO_LABELS.low,
        data: rows.map(r => [0, r.changeAtLow]),
        backgroundColor: theme.series[2],
        borderRadius: 3,
      },
      {
        label: TORNADO_LABELS.high,
        data: rows.map(r => [0, r.changeAtHigh]),
        backgroundColor: theme.series[1],
        borderRadius: 3,
      },
    ],
  }
}

function sensitivityChartOptions(theme: ChartTheme): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    ...chartFrame(theme),
    plugins: {
      legend: legend(theme),
      tooltip: {
        callbacks: {
          label: (item) => {
            const [, end] = item.raw as [number, number]
            return `${item.dataset.label}: ${percentChange(end)}`
          },
        },
      },
    },
    scales: {
      x: {
        // Each bar runs from no change (0) to its change: 0 stays on the axis whatever the signs.
        ...linearAxis('Change in training cost (%)', percentChange, theme, { beginAtZero: true }),
        stacked: false,
      },
      y: categoryAxis(theme, theme.fontSize, true),
    },
  }
}

/** One row per input: the cost and its change at each end of the input's range; the base as a note. */
function sensitivityTable(rows: readonly SensitivityBar[]): FigureTable {
  return {
    columns: [
      'Input and range',
      'Cost, low end',
      'Change',
      'Cost, high end',
      'Change',
    ],
    rows: rows.map(r => [
      tornadoLabel(r),
      formatUsd(r.costAtLowUsd),
      percentChange(r.changeAtLow),
      formatUsd(r.costAtHighUsd),
      percentChange(r.changeAtHigh),
    ]),
    notes: rows[0]
      ? [
          `Base cost: ${formatUsd(rows[0].baseCostUsd)}`,
        ]
      : [],
  }
}

export const SENSITIVITY_CHART = defineChart({
  type: 'bar',
  data: sensitivityChartData,
  options: sensitivityChartOptions,
  table: sensitivityTable,
})
