/**
 * Chart.js config for "Since the talk: the wall in 2026": Epoch AI's frontier training cost trend
 * (2.4× a year, with its interval) against the year, log cost, with third-party estimates by method,
 * SemiAnalysis' $300M and the engine's 1T wall (the panel's, and on B200 in 2026) placed on the trend.
 * Pure mapping from numbers the engine computed.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { Wall2026, YearCostPoint } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import { formatDecimalYear, formatUsd, formatWholeYear } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { chartFrame } from './chart-frame'
import { lineSeries, pointSeries } from './datasets'
import { legend } from './legend'
import { linearAxis } from './linear-axis'
import { logAxis } from './log-axis'

const xy = (points: readonly YearCostPoint[]) => points.map(p => ({ x: p.year, y: p.usd }))

const COST_TREND_LABELS = {
  trend: 'Epoch trend, 2.4×/yr',
  interval: '95% interval',
  amortized: 'Estimates: amortized',
  cloud: 'Estimates: cloud rental',
  talk: 'The talk\'s $300M, as amortized',
  wall: '1T wall, 2026 prices, as amortized',
} as const

/** The B200 rows of the 2026 wall are the ones the chart marks beside the panel's. */
const WALL_POINTS = new Set(['panel', 'b200-2026'])

function costTrendChartData(wall: Wall2026, theme: ChartTheme): ChartData<'scatter', { x: number, y: number }[], string> {
  const [trend, estimate, cloud, talk, engine] = [
    theme.series[0],
    theme.series[1],
    theme.series[2],
    theme.series[3],
    theme.series[4] ?? theme.series[0],
  ]
  return {
    datasets: [
      lineSeries(COST_TREND_LABELS.trend, xy(wall.trend), trend, 3),
      lineSeries(COST_TREND_LABELS.interval, xy(wall.trendSlow), trend, 1.5, [6, 4]),
      lineSeries('', xy(wall.trendFast), trend, 1.5, [6, 4]),
      {
        ...pointSeries(COST_TREND_LABELS.amortized, xy(wall.amortized), estimate, 6),
        pointStyle: 'circle',
      },
      {
        ...pointSeries(COST_TREND_LABELS.cloud, xy(wall.cloudRental), cloud, 6),
        pointStyle: 'rect',
      },
      {
        ...pointSeries(COST_TREND_LABELS.talk, xy([wall.talkOnTrend]), talk, 9),
        pointStyle: 'star',
        borderWidth: 3,
      },
      {
        ...pointSeries(COST_TREND_LABELS.wall, wall.rows.filter(r => WALL_POINTS.has(r.id)).map(r => ({ x: r.trendYear.year, y: r.amortizedUsd })), engine, 8),
        pointStyle: 'triangle',
      },
    ],
  }
}

function costTrendChartOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    parsing: false,
    plugins: {
      legend: {
        ...legend(theme, {
          position: 'bottom',
          fontSize: 14,
          pointStyle: true,
          boxHeight: 8,
        }),
        labels: {
          ...legend(theme, {
            position: 'bottom',
            fontSize: 14,
            pointStyle: true,
            boxHeight: 8,
          }).labels,
          filter: item => item.text !== '',
        },
      },
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatDecimalYear(item.parsed.x)} → ${formatUsd(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: linearAxis('Year', formatWholeYear, theme, {
        min: 2016,
        max: 2030,
        stepSize: 2,
        fontSize: 14,
      }),
      y: logAxis('Final-run cost (USD, log)', formatUsd, theme, 14),
    },
  }
}

/** The numbers behind the chart: the trend every two years, the estimates, and the walls placed on it. */
function costTrendTable(wall: Wall2026): FigureTable {
  const everyOther = wall.trend.filter(p => Number.isInteger(p.year) && p.year % 2 === 0)
  return {
    columns: ['', 'Year', 'Cost'],
    rows: [
      ...everyOther.map(p => [
        COST_TREND_LABELS.trend,
        formatWholeYear(p.year),
        formatUsd(p.usd),
      ]),
      ...wall.amortized.map(p => [
        `${COST_TREND_LABELS.amortized}${p.label
          ? `: ${p.label}`
          : ''}`,
        formatDecimalYear(p.year),
        formatUsd(p.usd),
      ]),
      ...wall.cloudRental.map(p => [
        `${COST_TREND_LABELS.cloud}${p.label
          ? `: ${p.label}`
          : ''}`,
        formatDecimalYear(p.year),
        formatUsd(p.usd),
      ]),
      [
        COST_TREND_LABELS.talk,
        formatDecimalYear(wall.talkOnTrend.year),
        formatUsd(wall.talkOnTrend.usd),
      ],
      ...wall.rows.filter(r => WALL_POINTS.has(r.id)).map(r => [
        `${COST_TREND_LABELS.wall}: ${r.label}`,
        formatDecimalYear(r.trendYear.year),
        formatUsd(r.amortizedUsd),
      ]),
    ],
  }
}

export const COST_TREND_CHART = defineChart({
  type: 'scatter',
  data: costTrendChartData,
  options: costTrendChartOptions,
  table: costTrendTable,
})
