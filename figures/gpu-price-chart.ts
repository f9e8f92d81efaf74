/**
 * Chart.js config for the price of a GPU-hour: one row per vendor offer (vendor, GPU, month observed),
 * one bar per commitment (on demand, 1-year, 3-year), horizontal, in dollars per GPU-hour.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import type { GpuPrice } from '../data/prices'
import { formatUsd } from '../engine'
import { chartFrame } from './chart-frame'

export const PRICE_TERMS = [
  { term: 'on-demand', label: 'On demand' },
  { term: '1-year', label: '1-year reserved' },
  { term: '3-year', label: '3-year reserved' },
] as const

/** One row of the chart: an offer's label and its price under each term (null where not offered). */
export interface PriceRow {
  label: string
  usdPerGpuHour: Record<typeof PRICE_TERMS[number]['term'], number | null>
}

/**
 * Rows from offers: one per vendor, chip and month, in the order offers appear; `chipName` gives the
 * chip's display name.
 */
export function priceRows(offers: readonly GpuPrice[], chipName: (offer: GpuPrice) => string): PriceRow[] {
  const rows = new Map<string, PriceRow>()
  for (const offer of offers) {
    if (offer.term === 'convention')
      continue
    const key = `${offer.vendor}|${offer.acceleratorId}|${offer.observed}`
    const row = rows.get(key) ?? {
      label: `${offer.vendor} ${chipName(offer)} (${offer.observed})`,
      usdPerGpuHour: { 'on-demand': null, '1-year': null, '3-year': null },
    }
    row.usdPerGpuHour[offer.term] = offer.usdPerGpuHour
    rows.set(key, row)
  }
  return [
    ...rows.values(),
  ]
}

export function gpuPriceChartData(rows: readonly PriceRow[], theme: ChartTheme): ChartData<'bar', (number | null)[], string> {
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

export function gpuPriceChartOptions(theme: ChartTheme): ChartOptions<'bar'> {
  const font = { size: 13 }
  return {
    indexAxis: 'y',
    ...chartFrame(theme),
    skipNull: true,
    plugins: {
      legend: {
        position: 'top',
        labels: {
          color: theme.text,
          font: { size: 14 },
        },
      },
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatUsd(item.parsed.x)}/GPU-hour`,
        },
      },
    },
    scales: {
      x: {
        title: {
          display: true,
          text: 'USD per GPU-hour',
          color: theme.text,
          font: { size: 14 },
        },
        ticks: {
          color: theme.text,
          font,
          callback: value => formatUsd(Number(value)),
        },
        grid: { color: theme.grid },
      },
      y: {
        ticks: { color: theme.text, font, autoSkip: false },
        grid: { display: false },
      },
    },
  }
}
