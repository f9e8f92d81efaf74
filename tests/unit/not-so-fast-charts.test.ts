import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatCount, notSoFast } from '../../packages/llm-training-cost/src/engine'
import { notSoFastUtilizationData } from '../../packages/slidev-addon-training-cost/figures/not-so-fast-chart'
import { notSoFastGoodputData } from '../../packages/slidev-addon-training-cost/figures/not-so-fast-goodput-chart'
import { dataBars, powerBars } from '../../packages/slidev-addon-training-cost/figures/not-so-fast-supply-chart'
import { notSoFastTimeData, notSoFastTimeOptions } from '../../packages/slidev-addon-training-cost/figures/not-so-fast-time-chart'
// The "Not so fast" charts as chart.js data: each series is the engine's figure, mapped, never recomputed.
import { TEST_CHART_THEME } from './support/chart-theme'

const THEME = TEST_CHART_THEME

const figure = notSoFast(DEFAULT_ASSUMPTIONS)

describe('time to train against GPUs', () => {
  const data = notSoFastTimeData(figure, THEME)
  const byLabel = (label: string) => data.datasets.find(d => d.label === label)!

  it('draws the scale model, the fixed MFU and the batch floor from the engine\'s figure', () => {
    expect(byLabel('Scale model').data.map(p => p.y)).toEqual(figure.points.flatMap(p => p.scaleDays === null
      ? []
      : [p.scaleDays]))
    expect(byLabel('Talk\'s fixed MFU').data.map(p => p.y)).toEqual(figure.points.map(p => p.fixedMfuDays))
    expect(byLabel('Batch floor').data.every(p => p.y === figure.floor!.minimumWallClockDays)).toBe(true)
    // Beside it, the floor at the talk era's 3,072 × 2,048: 16 times higher.
    expect(byLabel('Floor at the 2021 batch').data.every(p => p.y === figure.floors[1]!.floor.minimumWallClockDays)).toBe(true)
    expect(figure.floors[1]!.floor.minimumWallClockDays).toBeGreaterThan(10 * figure.floor!.minimumWallClockDays)
  })

  it('shows the flattening: beyond the knee (B × t GPUs) the scale model gains little, the fixed MFU still halves', () => {
    const at = (gpus: number) => figure.points.find(p => p.gpus === gpus)!
    const knee = figure.floor!.kneeGpus
    // The first cluster past the knee (the law's 49,152 sequences × 8: 393k GPUs), and 2× it.
    const past = figure.points.find(p => p.gpus >= knee)!.gpus
    console.log(`1T on A100: floor ${figure.floor!.minimumWallClockDays.toFixed(0)} days from ${formatCount(knee)} GPUs; scale model ${at(past / 2).scaleDays!.toFixed(0)} → ${at(past).scaleDays!.toFixed(0)} → ${at(2 * past).scaleDays!.toFixed(0)} days at ${formatCount(past / 2)}, ${formatCount(past)}, ${formatCount(2 * past)} GPUs; fixed MFU ${at(past).fixedMfuDays.toFixed(0)} → ${at(2 * past).fixedMfuDays.toFixed(1)}`)
    expect(at(2 * past).scaleDays! / at(past).scaleDays!).toBeGreaterThan(0.75)
    expect(at(2 * past).fixedMfuDays / at(past).fixedMfuDays).toBeCloseTo(1 / 2, 6)
    for (const p of figure.points)
      expect(p.scaleDays ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(figure.floor!.minimumWallClockDays * 0.999)
  })

  it('keeps every point inside the axis: days from 1 to 100,000', () => {
    const options = notSoFastTimeOptions(THEME)
    const y = options.scales!.y as { min: number, max: number }
    for (const dataset of data.datasets) {
      for (const p of dataset.data) {
        expect(p.y).toBeGreaterThanOrEqual(y.min)
        expect(p.y).toBeLessThanOrEqual(y.max)
      }
    }
  })
})

describe('goodput against GPUs', () => {
  it('falls with the cluster, and puts Llama 3\'s reported "higher than 90%" beside the model for the same run', () => {
    const data = notSoFastGoodputData(figure, THEME)
    const goodput = data.datasets[0]!.data.map(p => p.y)
    for (let i = 1; i < goodput.length; i++)
      expect(goodput[i]!).toBeLessThan(goodput[i - 1]!)
    const [llama] = figure.publishedGoodput
    console.log(`Llama 3 (16,384 H100): model ${(llama!.predicted * 100).toFixed(1)}% vs published ≥ ${llama!.reportedAtLeast * 100}%`)
    expect(llama!.predicted).toBeGreaterThan(llama!.reportedAtLeast)
    expect(data.datasets[1]!.data).toEqual([
      { x: 16_384, y: 0.9, label: llama!.label },
    ])
  })
})

describe('power and data', () => {
  it('counts the systems, not the boards: 100k A100 draw twice the talk\'s 44 MW, and 100k H100 sit near Colossus\' 150 MW', () => {
    const bars = powerBars(figure)
    const value = (start: string) => bars.find(b => b.label.includes(start))!.value!
    console.log(bars.map(b => `${b.label}: ${(b.value! / 1e6).toFixed(1)} MW`).join('; '))
    expect(value('Boards')).toBeCloseTo(44e6, -5)
    expect(value('Systems')).toBeGreaterThan(1.9 * value('Boards'))
    expect(Math.abs(value('H100 (model)') / value('Colossus') - 1)).toBeLessThan(0.15)
  })

  it('sets the tokens the walls need beside the largest set and the stock of public text', () => {
    const bars = dataBars(figure)
    expect(bars.map(b => b.value)).toEqual([
      figure.data.tokens,
      figure.nextWallData.tokens,
      36e12,
      figure.data.effectiveStockTokens,
    ])
    expect(figure.nextWallData.shareOfEffectiveStock).toBeCloseTo(0.5, 2)
  })
})

describe('utilization against GPUs: published runs as points', () => {
  it('places the A100 runs of 1k GPUs and more (Megatron-LM, MT-NLG) in one MFU convention, and Llama 3 on H100', () => {
    const a100 = figure.publishedRuns
    console.log(a100.map(r => `${r.label}: ${(r.mfu * 100).toFixed(1)}% MFU`).join('\n'))
    expect(a100.find(r => r.gpus === 3072)!.mfu).toBeCloseTo(0.387, 2)
    expect(a100.every(r => r.gpus >= 1024 && r.mfu > 0.2 && r.mfu < 0.5)).toBe(true)
    expect(a100.some(r => r.label.startsWith('MT-NLG'))).toBe(true)
    const h100 = notSoFast({ ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm' }).publishedRuns
    expect(h100.map(r => r.label)).toEqual(expect.arrayContaining(['Llama 3 405B on 16,384 H100 (TP 8, PP 16, DP 128)']))
    const scatter = notSoFastUtilizationData(figure, THEME).datasets.find(d => d.label === 'Published runs, full recompute')!
    expect(scatter.data).toHaveLength(a100.length)
  })

  it('says the recompute of each: Megatron-LM 2021 and MT-NLG full, the curve selective (issue 25, item 15)', () => {
    expect(figure.recompute).toBe('selective')
    expect(figure.publishedRuns.every(r => r.recompute === 'full')).toBe(true)
    const labels = notSoFastUtilizationData(figure, THEME).datasets.map(d => d.label)
    expect(labels).toContain('MFU (scale model, selective recompute)')
    expect(labels).toContain('Published runs, full recompute')
    const full = notSoFast({ ...DEFAULT_ASSUMPTIONS, recompute: 'full' })
    expect(notSoFastUtilizationData(full, THEME).datasets.map(d => d.label)).toContain('MFU (scale model, full recompute)')
    // Like with like: with full recompute the curve falls toward the published full-recompute points.
    const at = (f: typeof figure, gpus: number) => f.points.find(p => p.gpus === gpus)!.effectiveMfu!
    const gpus = figure.points.map(p => p.gpus).find(g => g >= 2048)!
    expect(at(full, gpus)).toBeLessThan(at(figure, gpus))
  })
})
