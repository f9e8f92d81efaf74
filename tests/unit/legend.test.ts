// A legend shows what is drawn, at its size (issue 25, item 14): a dashed or solid line series appears
// as a line with its dash, not as a dot; a hollow marker is hollow; the roofline's GEMMs that share a
// point are drawn so none hides another.
import type { Chart, LegendItem } from 'chart.js'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, publishedUtilization, rooflineFigure, utilizationCostFigure } from '../../packages/llm-training-cost/src/engine'
import { ROOFLINE_CHART } from '../../packages/slidev-addon-training-cost/figures/roofline-chart'
import { UTILIZATION_CHART } from '../../packages/slidev-addon-training-cost/figures/utilization-chart'
import { UTILIZATION_COST_CHART } from '../../packages/slidev-addon-training-cost/figures/utilization-cost-chart'
import { TEST_CHART_THEME } from './support/chart-theme'

const THEME = TEST_CHART_THEME

interface Drawn { label?: string, showLine?: boolean, borderDash?: number[], backgroundColor?: unknown, pointStyle?: unknown, pointRadius?: number, data: { x: number, y: number }[] }

/** The legend chart.js would draw from a chart's own options and data, and the datasets it mirrors. */
function legendOf(options: { plugins?: { legend?: unknown } }, datasets: Drawn[]): { items: LegendItem[], labels: { usePointStyle?: boolean, boxHeight?: number } } {
  const labels = (options.plugins!.legend as { labels: { usePointStyle?: boolean, boxHeight?: number, generateLabels: (c: Chart) => LegendItem[] } }).labels
  const chart = {
    data: { datasets },
    isDatasetVisible: () => true,
  } as unknown as Chart
  return {
    items: labels.generateLabels(chart),
    labels,
  }
}

const cases = [
  [
    'utilization',
    UTILIZATION_CHART.options(THEME, undefined),
    UTILIZATION_CHART.data(publishedUtilization(DEFAULT_ASSUMPTIONS), THEME),
  ],
  [
    'roofline',
    ROOFLINE_CHART.options(THEME, undefined),
    ROOFLINE_CHART.data(rooflineFigure('gpt-3', DEFAULT_ASSUMPTIONS), THEME),
  ],
  [
    'utilization-cost',
    UTILIZATION_COST_CHART.options(THEME, undefined),
    UTILIZATION_COST_CHART.data(utilizationCostFigure('gpt-3', DEFAULT_ASSUMPTIONS), THEME),
  ],
] as const

describe.each(cases)('the %s chart\'s legend mirrors its marks', (_name, options, data) => {
  const datasets = data.datasets as unknown as Drawn[]
  const { items, labels } = legendOf(options as never, datasets)

  it('uses point styles, one entry per dataset, in order', () => {
    expect(labels.usePointStyle).toBe(true)
    expect(items.map(i => i.text)).toEqual(datasets.map(d => d.label))
  })

  it('a line series is a line with its own dash; a marker series keeps its shape and fill', () => {
    datasets.forEach((d, i) => {
      const item = items[i]!
      if (d.showLine) {
        expect(item.pointStyle).toBe('line')
        expect(item.lineDash).toEqual(d.borderDash ?? [])
      }
      else {
        expect(item.pointStyle).toBe(typeof d.pointStyle === 'string'
          ? d.pointStyle
          : 'circle')
        expect(item.fillStyle).toBe(d.backgroundColor)
      }
    })
  })

  it('draws legend markers at the chart\'s marker size (radius = boxHeight·√2/2)', () => {
    const radii = datasets.filter(d => !d.showLine).map(d => d.pointRadius ?? 3)
    const legendRadius = labels.boxHeight! * Math.SQRT2 / 2
    expect(legendRadius).toBeGreaterThanOrEqual(Math.min(...radii) - 1)
    expect(legendRadius).toBeLessThanOrEqual(Math.max(...radii) + 1)
  })
})

describe('the utilization chart\'s reference lines are dashed in the legend too', () => {
  it('SemiAnalysis "~60%" and the current MFU: lines of dash [8, 6]', () => {
    const data = UTILIZATION_CHART.data(publishedUtilization(DEFAULT_ASSUMPTIONS), THEME)
    const { items } = legendOf(UTILIZATION_CHART.options(THEME, undefined) as never, data.datasets as unknown as Drawn[])
    for (const text of ['SemiAnalysis "~60%"', 'Current MFU']) {
      expect(items.find(i => i.text === text)).toMatchObject({
        pointStyle: 'line',
        lineDash: [8, 6],
      })
    }
  })
})

describe('the roofline: GEMMs on one point are all visible', () => {
  it('attention × V on the scores\' point is a wider hollow ring around it', () => {
    const datasets = ROOFLINE_CHART.data(rooflineFigure('gpt-3', DEFAULT_ASSUMPTIONS), THEME).datasets as unknown as Drawn[]
    const gemms = datasets.filter(d => d.label !== undefined && /: (?:memory|compute)$/.test(d.label))
    const key = (d: Drawn): string => `${d.data[0]!.x.toPrecision(6)},${d.data[0]!.y.toPrecision(6)}`
    const byPoint = new Map<string, Drawn[]>()
    for (const d of gemms) {
      byPoint.set(key(d), [
        ...byPoint.get(key(d)) ?? [],
        d,
      ])
    }
    expect([
      ...byPoint.values(),
    ].some(group => group.length > 1)).toBe(true)
    for (const group of byPoint.values()) {
      const radii = group.map(d => d.pointRadius!)
      expect(new Set(radii).size).toBe(radii.length)
      group.slice(1).forEach(d => expect(d.backgroundColor).toBe('transparent'))
    }
  })
})
