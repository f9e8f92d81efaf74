// The scaling wall's SVG geometry: log–log mapping, decade ticks, gaps, the band, and the marks.
import type { WallPoint, WallSeries } from '../../packages/slidev-addon-training-cost/figures/scaling-wall-plot'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../packages/llm-training-cost/src/data/presets'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatCount, formatPercent, formatUsd, scalingWallFigure, scalingWallRows } from '../../packages/llm-training-cost/src/engine'
import { bestPublishedMfuAtScale } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'
import { assumptionBounds } from '../../packages/llm-training-cost/src/engine/slides/scaling-wall'
import { bandLabels, DAYS_PLOT_FLOOR, pathThrough, scalingWallPlot, wallSeries } from '../../packages/slidev-addon-training-cost/figures/scaling-wall-plot'

const FRAME = { width: 440, height: 205, fontSize: 14 }
const sizes = [1e8, 1e9, 1e10, 1e11, 1e12, 1e13]
function along(f: (n: number) => number | null): WallPoint[] {
  return sizes.map(x => ({
    x,
    y: f(x),
  }))
}

function series(overrides: Partial<WallSeries> = {}): WallSeries {
  return {
    yTitle: 'Training cost (USD, log)',
    lineLabel: 'engine',
    line: along(n => 1e-12 * n * n),
    low: along(n => 0.5e-12 * n * n),
    high: along(n => 2e-12 * n * n),
    marked: [
      { x: 1e12, y: 1e12 },
    ],
    published: [
      { x: 1e12, y: 3e11 },
    ],
    format: formatUsd,
    tickFormat: formatUsd,
    floor: null,
    ...overrides,
  }
}

/** The points of an "M x y L x y …" path. */
function points(path: string): [number, number][] {
  return [
    ...path.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g),
  ].map(m => [
    Number(m[1]),
    Number(m[2]),
  ])
}

describe('scalingWallPlot', () => {
  it('maps both axes on whole decades: a line growing as N² rises two y-decades per x-decade', () => {
    const plot = scalingWallPlot(series(), FRAME, formatCount)
    expect(plot.xTicks.map(t => t.value)).toEqual(sizes)
    expect(plot.xTicks.map(t => t.label)).toEqual([
      '100M',
      '1B',
      '10B',
      '100B',
      '1T',
      '10T',
    ])
    // y from 0.5e4 → 1e4 decade floor … 2e14 → 1e15 ceiling.
    expect(plot.yTicks[0]!.value).toBe(1e3)
    expect(plot.yTicks.at(-1)!.value).toBe(1e15)
    const xStep = plot.xTicks[1]!.at - plot.xTicks[0]!.at
    const yStep = plot.yTicks[0]!.at - plot.yTicks[1]!.at
    const line = points(plot.linePath)
    expect(line).toHaveLength(6)
    for (let i = 1; i < line.length; i++) {
      expect(line[i]![0] - line[i - 1]![0]).toBeCloseTo(xStep, 0)
      expect(line[i - 1]![1] - line[i]![1]).toBeCloseTo(2 * yStep, 0)
    }
  })

  it('keeps everything inside the frame and the line inside the band', () => {
    const plot = scalingWallPlot(series(), FRAME, formatCount)
    const { left, right, top, bottom } = plot.area
    expect(left).toBeGreaterThan(0)
    expect(right).toBeLessThan(FRAME.width)
    expect(top).toBeGreaterThanOrEqual(0)
    expect(bottom).toBeLessThan(FRAME.height)
    for (const [x, y] of [
      ...points(plot.linePath),
      ...points(plot.bandPath),
    ]) {
      expect(x).toBeGreaterThanOrEqual(left - 0.1)
      expect(x).toBeLessThanOrEqual(right + 0.1)
      expect(y).toBeGreaterThanOrEqual(top - 0.1)
      expect(y).toBeLessThanOrEqual(bottom + 0.1)
    }
    const line = points(plot.linePath)
    const low = points(plot.lowPath)
    const high = points(plot.highPath)
    line.forEach(([, y], i) => {
      expect(y).toBeLessThan(low[i]![1]) // higher on screen = smaller y
      expect(y).toBeGreaterThan(high[i]![1])
    })
  })

  it('labels every other y-decade when twelve decades share the height, every decade when few do', () => {
    const tall = scalingWallPlot(series(), FRAME, formatCount)
    expect(tall.yTicks.filter(t => t.label !== null).length).toBeLessThan(tall.yTicks.length)
    const flat = scalingWallPlot(series({
      line: along(() => 50),
      low: along(() => 20),
      high: along(() => 500),
      marked: [],
      published: [],
    }), FRAME, formatCount)
    expect(flat.yTicks.map(t => t.label)).toEqual(['$10', '$100', '$1k'])
  })

  it('titles the marks with the formatted value', () => {
    const plot = scalingWallPlot(series(), FRAME, formatCount)
    expect(plot.marked).toEqual([
      expect.objectContaining({ title: 'Engine: 1T parameters → $1T' }),
    ])
    expect(plot.published).toEqual([
      expect.objectContaining({ title: 'Published (SemiAnalysis): 1T parameters → $300B' }),
    ])
    expect(plot.published[0]!.cy).toBeGreaterThan(plot.marked[0]!.cy)
    // The diamond's four corners sit around the published point.
    const corners = plot.published[0]!.diamond.split(' ').map(pair => pair.split(',').map(Number))
    expect(corners).toHaveLength(4)
    expect(corners.reduce((sum, [x]) => sum + x!, 0) / 4).toBeCloseTo(plot.published[0]!.cx, 1)
    expect(corners.reduce((sum, [, y]) => sum + y!, 0) / 4).toBeCloseTo(plot.published[0]!.cy, 1)
  })

  it('draws nothing, and no NaN, when no value is finite', () => {
    const none = along(() => null)
    const plot = scalingWallPlot(series({
      line: none,
      low: none,
      high: none,
      marked: [],
      published: [],
    }), FRAME, formatCount)
    expect(plot.linePath).toBe('')
    expect(plot.bandPath).toBe('')
    expect(JSON.stringify(plot)).not.toMatch(/NaN|Infinity/)
  })
})

describe('pathThrough', () => {
  it('starts a new subpath after a gap', () => {
    const path = pathThrough([
      { x: 1, y: 1 },
      { x: 2, y: null },
      { x: 3, y: 3 },
      { x: 4, y: Number.NaN },
      { x: 5, y: 5 },
      { x: 6, y: 6 },
    ], x => x, y => y)
    expect(path).toBe('M1.0 1.0M3.0 3.0M5.0 5.0L6.0 6.0')
  })
})

describe('the scaling wall figure and its band labels', () => {
  it('marks SemiAnalysis\' 1T and 10T beside the engine, over 100M to 10T', () => {
    const figure = scalingWallFigure(DEFAULT_ASSUMPTIONS)
    expect(figure.points).toHaveLength(41)
    expect(figure.marked.map(m => [m.claim.usd, m.estimate.params])).toEqual([
      [300e6, 1e12],
      [30e9, 10e12],
    ])
  })

  it('labels the band with the numbers it was computed with, not typed ones', () => {
    const { bounds } = scalingWallFigure(DEFAULT_ASSUMPTIONS)
    const best = bestPublishedMfuAtScale('a100-80gb')!
    const hfu = ` (60%: SemiAnalysis' figure, an HFU; best published A100 MFU at scale ${formatPercent(best.mfu)})`
    expect(bandLabels(bounds, 'cost')).toEqual({
      caption: `MFU 40%–60%${hfu}, ${formatUsd(bounds.optimistic.usdPerGpuHour)}–${formatUsd(bounds.pessimistic.usdPerGpuHour)}/GPU-hour`,
      title: `Band: optimistic (MFU 60%, ${formatUsd(bounds.optimistic.usdPerGpuHour)}/GPU-hour) to pessimistic (MFU 40%, ${formatUsd(bounds.pessimistic.usdPerGpuHour)}/GPU-hour). Best published A100 MFU at scale: ${formatPercent(best.mfu)} (${best.run.label})`,
    })
    const moved = {
      ...bounds,
      optimisticMfuIsHfu: false,
      bestPublishedA100Mfu: null,
      optimistic: { ...bounds.optimistic, mfu: 0.5 },
      pessimistic: { ...bounds.pessimistic, mfu: 0.3 },
    }
    expect(bandLabels(moved, 'days')).toEqual({ caption: 'MFU 30%–50%', title: 'Band: optimistic (MFU 50%) to pessimistic (MFU 30%)' })
  })

  it('says whose the price is when a chip has no offers (TPU v4) or one (V100), instead of "$1.5–$1.5"', () => {
    const tpu = scalingWallFigure({ ...DEFAULT_ASSUMPTIONS, gpu: 'tpu-v4' }).bounds
    expect(tpu.priceOffers).toBe(0)
    const hfu = ` (60%: SemiAnalysis' figure, an HFU; best published A100 MFU at scale ${formatPercent(bestPublishedMfuAtScale('a100-80gb')!.mfu)})`
    expect(bandLabels(tpu, 'cost').caption).toBe(`MFU 40%–60%${hfu}, $1.5/GPU-hour (the panel's price: no offers for TPU v4)`)
    const v100 = scalingWallFigure({ ...DEFAULT_ASSUMPTIONS, gpu: 'v100', precision: 'fp16' }).bounds
    expect(bandLabels(v100, 'cost').caption).toBe(`MFU 40%–60%${hfu}, $3.9/GPU-hour (the one price offered for V100)`)
    expect(bandLabels(scalingWallFigure(DEFAULT_ASSUMPTIONS).bounds, 'cost').caption).toMatch(/^MFU 40%–60% \(60%: SemiAnalysis' figure, an HFU; [^)]*\), \$[\d.]+–\$[\d.]+\/GPU-hour$/)
  })

  it('60% is an HFU: the best published A100 MFU at scale is Megatron-LM\'s 1T run, near 39% (issue 25, item 1)', () => {
    const best = bestPublishedMfuAtScale('a100-80gb')!
    expect(best.run.id).toBe('megatron-t1-1008b')
    expect(best.mfu).toBeGreaterThan(0.38)
    expect(best.mfu).toBeLessThan(0.395)
    expect(best.mfu).toBeLessThan(assumptionBounds(DEFAULT_ASSUMPTIONS).optimistic.mfu)
    const preset = PRESETS.find(p => p.id === 'semianalysis-wall')!
    expect(preset.label).toMatch(/HFU/)
    expect(preset.reproduces).toContain(`about ${formatPercent(Math.round(best.mfu * 100) / 100)}`)
  })

  it('gives days on the cluster, with no published points', () => {
    const series = wallSeries(scalingWallFigure(DEFAULT_ASSUMPTIONS), 'days', 100_000)
    expect(series.yTitle).toBe('Days on 100k GPUs (log)')
    expect(series.published).toEqual([])
    expect(series.marked[0]!.y).toBe(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).wallClockDays)
  })

  it('starts the days axis where a run means something: no tick under a quarter of an hour (0.01 days)', () => {
    const days = wallSeries(scalingWallFigure(DEFAULT_ASSUMPTIONS), 'days', 100_000)
    // 100M parameters on 100k GPUs would take a fraction of a second: in the table, not on the plot.
    expect(days.line[0]!.y!).toBeLessThan(1e-5)
    const plot = scalingWallPlot(days, { width: 440, height: 205, fontSize: 15 }, formatCount)
    console.log(`days axis: ${plot.yTicks[0]!.value} to ${plot.yTicks.at(-1)!.value} days; line from ${formatCount(days.line.find(p => p.y !== null && p.y >= DAYS_PLOT_FLOOR)!.x)} parameters`)
    expect(plot.yTicks[0]!.value).toBeGreaterThanOrEqual(DAYS_PLOT_FLOOR)
    expect(points(plot.linePath).every(([, y]) => y <= plot.area.bottom + 0.1)).toBe(true)
    expect(points(plot.linePath).length).toBeGreaterThan(10)
    // The cost plot keeps its whole range.
    const cost = scalingWallPlot(wallSeries(scalingWallFigure(DEFAULT_ASSUMPTIONS), 'cost', 100_000), { width: 440, height: 205, fontSize: 15 }, formatCount)
    expect(cost.xTicks[0]!.value).toBe(1e8)
    expect(plot.xTicks.map(t => t.value)).toEqual(cost.xTicks.map(t => t.value))
  })
})

describe('the wall\'s switch: fixed MFU or the scale model', () => {
  const scale = { ...DEFAULT_ASSUMPTIONS, scaleModel: true }

  it('at the fixed MFU (the default) the figure has no scale-model curve and the table is the talk\'s', () => {
    expect(scalingWallFigure(DEFAULT_ASSUMPTIONS).scaleModel).toBeNull()
    const { rows, utilization } = scalingWallRows(DEFAULT_ASSUMPTIONS)
    expect(utilization).toBe('fixed MFU')
    expect(rows[0]!.costUsd).toBe(estimateTraining({ params: 1e12 }, { ...DEFAULT_ASSUMPTIONS, gpus: 100_000 }).costUsd)
    expect(rows[0]!.mfu).toBe(0.45)
  })

  it('with the scale model at the 2021 batch, 1T on 100k A100 runs far below 45% MFU and takes far longer than ~3 months', () => {
    const { rows, utilization } = scalingWallRows({ ...scale, batchTokens: 3072 * 2048 })
    expect(utilization).toBe('scale model')
    const [wall, next] = rows
    console.log(`scale model: 1T on 100k A100: MFU ${(wall!.mfu! * 100).toFixed(1)}%, ${wall!.days!.toFixed(0)} days, ${formatUsd(wall!.costUsd!)} (published ~3 months, $300M); 10T on 1M: MFU ${(next!.mfu! * 100).toFixed(1)}%, ${next!.days!.toFixed(0)} days`)
    expect(wall!.mfu!).toBeLessThan(0.2)
    expect(wall!.days!).toBeGreaterThan(3 * 107)
    expect(wall!.costUsd!).toBeGreaterThan(3e8)
    expect(next!.days!).toBeGreaterThan(wall!.days!)
  })

  it('at the law\'s batch (the default) 1T on 100k A100 runs near its kernel efficiency: cost and time come down, failures remain', () => {
    const [wall] = scalingWallRows(scale).rows
    const [talkEra] = scalingWallRows({ ...scale, batchTokens: 3072 * 2048 }).rows
    console.log(`scale model at the law's batch (${formatCount(wall!.batchTokens)} tokens): 1T on 100k A100: MFU ${(wall!.mfu! * 100).toFixed(1)}%, ${wall!.days!.toFixed(0)} days, ${formatUsd(wall!.costUsd!)}`)
    expect(wall!.mfu!).toBeGreaterThan(0.45)
    expect(wall!.costUsd!).toBeLessThan(talkEra!.costUsd! / 3)
    expect(wall!.days!).toBeGreaterThan(3 * 30.44)
  })

  it('draws the scale model as the line and keeps the fixed-MFU band, with 1T and 10T marked on the line', () => {
    const figure = scalingWallFigure(scale)
    const cost = wallSeries(figure, 'cost', 100_000)
    expect(cost.lineLabel).toBe('scale model')
    expect(cost.line.length).toBe(figure.scaleModel!.points.length)
    expect(cost.low).toEqual(wallSeries(scalingWallFigure(DEFAULT_ASSUMPTIONS), 'cost', 100_000).low)
    expect(cost.marked.map(m => m.x)).toEqual([1e12, 1e13])
    for (const p of cost.line)
      expect(p.y === null || (Number.isFinite(p.y) && p.y > 0)).toBe(true)
  })

  it('on an accelerator the scale model does not cover, the table says so and keeps the fixed MFU', () => {
    const tpu = { ...scale, gpu: 'tpu-v3' as const, precision: 'bf16' as const }
    const { utilization, unavailable } = scalingWallRows(tpu)
    expect(utilization).toBe('fixed MFU')
    expect(unavailable).toMatch(/no measured kernel efficiency/)
    expect(wallSeries(scalingWallFigure(tpu), 'cost', 100_000).lineLabel).toBe('engine')
  })
})
