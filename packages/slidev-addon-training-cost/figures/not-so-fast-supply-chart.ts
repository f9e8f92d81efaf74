/**
 * Chart.js data and options for "Not so fast: power and data": two horizontal bar charts beside each
 * other. Power: the chosen cluster's facility power counted as the talk did (boards × PUE) and as the
 * scale model does (systems × PUE), and a published cluster beside the model for the same GPUs. Data:
 * the tokens the 1T and 10T walls need (compute-optimal) against the largest published training set
 * and the estimated stock of public text. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { NotSoFast } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import { formatCount, formatWatts } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { categoryAxis, linearAxis } from './linear-axis'

interface Bar { label: string, value: number | null, kind: 'model' | 'talk' | 'published' }

/** The power bars, in the order they are drawn (top to bottom). */
export function powerBars(figure: NotSoFast): Bar[] {
  // The chosen cluster first (the headline names its size), then the published cluster (data/system-power.ts:
  // xAI's Colossus, 100k H100) beside the model for the same GPUs.
  const published = figure.publishedPower.find(p => p.covers === 'grid approval')
  return [
    { label: 'Boards × PUE (talk)', value: figure.boardPowerTimesPueWatts, kind: 'talk' },
    { label: 'Systems × PUE', value: figure.facilityPowerWatts, kind: 'model' },
    ...published
      ? [
          { label: `${formatCount(published.gpus)} H100 (model)`, value: published.modelWatts, kind: 'model' as const },
          { label: 'xAI Colossus', value: published.watts, kind: 'published' as const },
        ]
      : [],
  ]
}

/** The data bars: tokens needed against tokens there are. */
export function dataBars(figure: NotSoFast): Bar[] {
  return [
    { label: `${formatCount(figure.params)} model needs`, value: figure.data.tokens, kind: 'model' },
    { label: `${formatCount(figure.nextWallParams)} model needs`, value: figure.nextWallData.tokens, kind: 'model' },
    { label: `Largest set (${figure.data.largestPublishedLabel})`, value: figure.data.largestPublishedTokens, kind: 'published' },
    { label: 'Public text stock', value: figure.data.effectiveStockTokens, kind: 'published' },
  ]
}

function barData(bars: Bar[], theme: ChartTheme, label: string): ChartData<'bar', (number | null)[], string> {
  const [model, published, talk] = theme.series
  const colour = { model, published, talk }
  return {
    labels: bars.map(b => b.label),
    datasets: [
      {
        label,
        data: bars.map(b => b.value),
        backgroundColor: bars.map(b => colour[b.kind]),
        borderRadius: 3,
      },
    ],
  }
}

function barOptions(theme: ChartTheme, title: string, format: (value: number | null) => string): ChartOptions<'bar'> {
  return {
    indexAxis: 'y',
    ...chartFrame(theme),
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: item => format(item.parsed.x),
        },
      },
    },
    scales: {
      // Half a slide wide: four level labels at most.
      x: linearAxis(title, format, theme, { beginAtZero: true, maxTicks: 4 }),
      y: categoryAxis(theme),
    },
  }
}

/** The bars as a table: each label beside its formatted value. */
function barTable(bars: Bar[], column: string, format: (value: number | null) => string): FigureTable {
  return {
    columns: ['', column],
    rows: bars.map(b => [
      b.label,
      format(b.value),
    ]),
  }
}

export const NOT_SO_FAST_POWER_CHART = defineChart({
  type: 'bar',
  data: (figure: NotSoFast, theme: ChartTheme) => barData(powerBars(figure), theme, 'Facility power'),
  options: (theme: ChartTheme) => barOptions(theme, 'Facility power', formatWatts),
  table: (figure: NotSoFast) => barTable(powerBars(figure), 'Facility power', formatWatts),
})

export const NOT_SO_FAST_DATA_CHART = defineChart({
  type: 'bar',
  data: (figure: NotSoFast, theme: ChartTheme) => barData(dataBars(figure), theme, 'Tokens'),
  options: (theme: ChartTheme) => barOptions(theme, 'Tokens', formatCount),
  table: (figure: NotSoFast) => barTable(dataBars(figure), 'Tokens', formatCount),
})
