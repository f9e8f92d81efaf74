// Every chart's text alternative is built from the same engine result as the chart: a reader of the
// PDF, a screen reader and the handout get the numbers the picture draws, formatted as the deck does.
import type { FigureTable } from '../../packages/slidev-addon-training-cost/figures/figure-table'
import { describe, expect, it } from 'vitest'
import { TALK_MODEL_IDS } from '../../packages/llm-training-cost/src/data/models'
import { computeOptimalFigure, costSensitivity, DEFAULT_ASSUMPTIONS, formatCount, formatPercent, formatUsd, modelTimeline, notSoFast, offerRows, publishedCostSeries, publishedUtilization, rooflineFigure, scalingWallFigure, utilizationCostFigure } from '../../packages/llm-training-cost/src/engine'
import { COMPUTE_OPTIMAL_CHART } from '../../packages/slidev-addon-training-cost/figures/compute-optimal-chart'
import { atDecades, pointRows } from '../../packages/slidev-addon-training-cost/figures/figure-table'
import { GPU_PRICE_CHART, PRICE_TERMS } from '../../packages/slidev-addon-training-cost/figures/gpu-price-chart'
import { MODEL_SIZE_CHART } from '../../packages/slidev-addon-training-cost/figures/model-size-chart'
import { NOT_SO_FAST_UTILIZATION_CHART } from '../../packages/slidev-addon-training-cost/figures/not-so-fast-chart'
import { ROOFLINE_CHART } from '../../packages/slidev-addon-training-cost/figures/roofline-chart'
import { wallSeries, wallTable } from '../../packages/slidev-addon-training-cost/figures/scaling-wall-plot'
import { SENSITIVITY_CHART } from '../../packages/slidev-addon-training-cost/figures/sensitivity-chart'
import { SOTA_COSTS_CHART, SOTA_COSTS_LABELS } from '../../packages/slidev-addon-training-cost/figures/sota-costs-chart'
import { UTILIZATION_CHART } from '../../packages/slidev-addon-training-cost/figures/utilization-chart'
import { UTILIZATION_COST_CHART } from '../../packages/slidev-addon-training-cost/figures/utilization-cost-chart'
import { TEST_CHART_THEME } from './support/chart-theme'

const THEME = TEST_CHART_THEME
const A = DEFAULT_ASSUMPTIONS

/** Every chart of the deck with the input its slide gives it. */
const TABLES: [string, FigureTable][] = [
  [
    'GPU prices',
    GPU_PRICE_CHART.table(offerRows()),
  ],
  [
    'state-of-the-art costs',
    SOTA_COSTS_CHART.table(publishedCostSeries(A)),
  ],
  [
    'not so fast',
    NOT_SO_FAST_UTILIZATION_CHART.table(notSoFast(A)),
  ],
  [
    'utilization',
    UTILIZATION_CHART.table(publishedUtilization(A)),
  ],
  [
    'compute-optimal',
    COMPUTE_OPTIMAL_CHART.table(computeOptimalFigure(TALK_MODEL_IDS, A)),
  ],
  [
    'model sizes',
    MODEL_SIZE_CHART.table(modelTimeline()),
  ],
  [
    'roofline',
    ROOFLINE_CHART.table(rooflineFigure('gpt-3', A)),
  ],
  [
    'sensitivity',
    SENSITIVITY_CHART.table(costSensitivity({ params: 1e12 }, A)),
  ],
  [
    'utilization cost',
    UTILIZATION_COST_CHART.table(utilizationCostFigure('gpt-3', A)),
  ],
  [
    'scaling wall, cost',
    wallTable(wallSeries(scalingWallFigure(A), 'cost', A.gpus), formatCount),
  ],
  [
    'scaling wall, days',
    wallTable(wallSeries(scalingWallFigure(A), 'days', A.gpus), formatCount),
  ],
]

describe('a chart\'s table', () => {
  it.each(TABLES)('%s: rows as wide as the header, every cell a formatted value', (_, table) => {
    expect(table.rows.length).toBeGreaterThan(0)
    for (const row of table.rows) {
      expect(row).toHaveLength(table.columns.length)
      for (const cell of row)
        expect(cell).toMatch(/\S/)
    }
    expect(JSON.stringify(table)).not.toMatch(/NaN|undefined|Infinity|\[object/)
  })

  it('GPU prices: every bar the chart draws is a cell of its offer\'s row', () => {
    const rows = offerRows()
    const data = GPU_PRICE_CHART.data(rows, THEME)
    const table = GPU_PRICE_CHART.table(rows)
    data.datasets.forEach((dataset, term) => {
      expect(dataset.label).toBe(PRICE_TERMS[term]!.label)
      const bars = dataset.data as (number | null)[]
      bars.forEach((usd, offer) => {
        expect(table.rows[offer]![0]).toBe(data.labels![offer])
        expect(table.rows[offer]![term + 1]).toBe(formatUsd(usd))
      })
    })
  })

  it('state-of-the-art costs: every published point, and the engine\'s line at each whole decade', () => {
    const series = publishedCostSeries(A)
    const table = SOTA_COSTS_CHART.table(series)
    const isDecade = (x: number) => Number.isInteger(Math.round(Math.log10(x) * 1e6) / 1e6)
    const drawn = SOTA_COSTS_CHART.data(series, THEME).datasets.flatMap(d => (d.data as { x: number, y: number }[]).filter(p => d.label !== SOTA_COSTS_LABELS.line || isDecade(p.x)).map(p => [
      d.label,
      formatCount(p.x),
      formatUsd(p.y),
    ]))
    expect([...table.rows].sort()).toEqual([...drawn].sort())
  })

  it('utilization: each published point, and the two reference lines as notes', () => {
    const figure = publishedUtilization({ mfu: 0.37 })
    const table = UTILIZATION_CHART.table(figure)
    expect(table.rows).toContainEqual([
      'PaLM Table 3, MFU: PaLM',
      formatCount(540e9),
      formatPercent(0.462),
    ])
    expect(table.rows).toHaveLength(figure.palmTable3.length + figure.mosaicMfu.length + figure.mosaicHfu.length + figure.megatronMfu.length + figure.megatronHfu.length)
    expect(table.notes).toContain('Current MFU: 37%')
  })

  it('the scaling wall: a row per power of ten of the sizes drawn, with the engine\'s line and the band', () => {
    const series = wallSeries(scalingWallFigure(A), 'cost', A.gpus)
    const table = wallTable(series, formatCount)
    expect(table.rows.map(r => r[0])).toEqual([
      '100M',
      '1B',
      '10B',
      '100B',
      '1T',
      '10T',
    ])
    const at1T = series.line.findIndex(p => Math.abs(p.x / 1e12 - 1) < 1e-9)
    expect(table.rows[4]).toEqual([
      '1T',
      formatUsd(series.line[at1T]!.y),
      formatUsd(series.low[at1T]!.y),
      formatUsd(series.high[at1T]!.y),
    ])
    expect(table.notes!.some(n => n.startsWith('Published (SemiAnalysis): 1T parameters → $300M'))).toBe(true)
  })

  it('follows the assumptions: the sensitivity table\'s base cost halves when MFU doubles', () => {
    const at = (mfu: number) => SENSITIVITY_CHART.table(costSensitivity({ params: 1e12 }, { ...A, mfu })).notes![0]
    expect(at(0.3)).not.toBe(at(0.6))
    expect(at(0.6)).toBe(`Base cost: ${formatUsd(costSensitivity({ params: 1e12 }, { ...A, mfu: 0.6 })[0]!.baseCostUsd)}`)
  })
})

describe('atDecades', () => {
  it('keeps the points on whole powers of ten', () => {
    expect(atDecades([1e9, 1.78e9, 3.16e9, 1e10, 1e12], x => x)).toEqual([1e9, 1e10, 1e12])
  })
})

describe('pointRows', () => {
  it('names each row by its series, and by the point\'s own caption where it has one', () => {
    expect(pointRows([
      {
        label: 'S',
        points: [
          { x: 1, label: 'one' },
          { x: 2 },
        ],
      },
    ], p => String(p.x))).toEqual([
      ['S: one', '1'],
      ['S', '2'],
    ])
  })
})
