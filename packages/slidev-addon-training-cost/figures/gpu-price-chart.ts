/**
 * Chart.js config for the price of a GPU-hour: one row per vendor offer (vendor, GPU, month observed),
 * one bar per commitment (on demand, 1-year, 3-year), horizontal, in dollars per GPU-hour.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { CommitmentTerm, OfferRow } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import { formatUsd } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { legend } from './legend'
import { categoryAxis, linearAxis } from './linear-axis'

export const PRICE_TERMS = [
  { term: 'on-demand', label: 'On demand' },
  { term: '1-year', label: '1-year reserved' },
  { term: '3-year', label: '3-year reserved' },
] as const satisfies readonly { term: CommitmentTerm, label: string }[]

function gpuPriceChartData(rows: readonly OfferRow[], theme: ChartTheme): ChartData<'bar', (number | null)[], string> {
  return {
    labels: rows.map(r => r.label),
    datasets: PRICE_TERMS.map(({ term, label }, i) => ({
      label,
      data: rows.map(r => r.usdPerGpuHour[term]),
      backgroundColor: theme.series[i],
      borderRadius: 3,
    })),
  }
}

function gpuPriceChartOptions(theme: ChartTheme): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    ...chartFrame(theme),
    skipNull: true,
    plugins: {
      legend: legend(theme),
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatUsd(item.parsed.x)}/GPU-hour`,
        },
      },
    },
    scales: {
      // A bar's length is its price: from $0, or the $1.03 and $1.10 offers vanish and every ratio
      // between two bars is wrong.
      x: linearAxis('USD per GPU-hour', formatUsd, theme, { min: 0, beginAtZero: true, fontSize: 14 }),
      y: categoryAxis(theme, 14),
    },
  }
}

/** Every offer's prices, in USD per GPU-hour: one row per bar group. */
function gpuPriceTable(rows: readonly OfferRow[]): FigureTable {
  return {
    columns: [
      'Offer (USD per GPU-hour)',
      ...PRICE_TERMS.map(t => t.label),
    ],
    rows: rows.map(r => [
      r.label,
      ...PRICE_TERMS.map(({ term }) => formatUsd(r.usdPerGpuHour[term])),
    ]),
  }
}

export const GPU_PRICE_CHART = defineChart({
  type: 'bar',
  data: gpuPriceChartData,
  options: gpuPriceChartOptions,
  table: gpuPriceTable,
})
