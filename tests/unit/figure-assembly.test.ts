// The figures components show, assembled by the engine: each test pins what a slide shows at the
// talk's defaults and one thing that must follow an edit.
import { describe, expect, it } from 'vitest'
import { PUBLISHED_COSTS } from '../../data/published-claims'
import { DEFAULT_ASSUMPTIONS, estimateTraining, publishedCostRows, publishedCostSeries, scaleLimits } from '../../engine'

describe('scaleLimits: "Not so fast" for a compute-optimal 1T model', () => {
  it('on the wall\'s 100,000 A100 at the defaults', () => {
    const limits = scaleLimits(DEFAULT_ASSUMPTIONS)
    expect(limits.gpus).toBe(100_000)
    expect(limits.run.trainingStateBytes).toBe(16e12)
    expect(limits.run.minGpusForMemory).toBe(200)
    expect(limits.step.dataParallel).toBe(195)
    expect(limits.step.allReduceSeconds).toBeCloseTo(0.31, 2)
    expect(limits.failures.goodput).toBeCloseTo(0.507, 3)
    expect(limits.powerWatts).toBeCloseTo(44e6, -6)
    expect(limits.data.wall).toEqual({ params: 1e12, tokens: 20e12 })
    expect(limits.data.nextWall).toEqual({ params: 10e12, tokens: 200e12 })
    expect(limits.data.largestPublished.tokens).toBe(15.6e12)
  })

  it('without a cluster size, falls back on the wall\'s 100,000 GPUs', () => {
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: null }).gpus).toBe(100_000)
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: null }).failures).toEqual(scaleLimits(DEFAULT_ASSUMPTIONS).failures)
  })

  it('follows the cluster and the GPU; no power figure for a chip without a TDP', () => {
    const llama = scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: 16_384, gpu: 'h100-sxm' })
    expect(llama.failures.goodput).toBeCloseTo(0.919, 3)
    expect(llama.powerWatts).toBeCloseTo(12.6e6, -5)
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpu: 'tpu-v4' }).powerWatts).toBeNull()
  })

  it('follows tokens per parameter', () => {
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, tokensPerParam: 10 }).data.wall.tokens).toBe(10e12)
  })
})

describe('publishedCostRows: "30B → $450k | $326k; 70B → $2.5M | $1.75M"', () => {
  it('joins each MosaicML price to SemiAnalysis\' compute-only cost of the same run', () => {
    const rows = publishedCostRows(DEFAULT_ASSUMPTIONS)
    expect(rows.map(r => [r.price.params, r.price.usd, r.computeOnly?.usd])).toEqual([
      [30e9, 450e3, 326e3],
      [70e9, 2.5e6, 1.75e6],
    ])
    // At the defaults (45% MFU, $1.5/h) the engine reproduces SemiAnalysis within 0.5%.
    for (const row of rows)
      expect(row.engine.costUsd / row.computeOnly!.usd).toBeCloseTo(1, 2)
  })

  it('gives no compute-only figure, rather than a crash, where none was published for the run', () => {
    const onlyPrices = PUBLISHED_COSTS.filter(c => c.publisher === 'mosaicml' || c.params !== 70e9)
    const rows = publishedCostRows(DEFAULT_ASSUMPTIONS, onlyPrices)
    expect(rows.map(r => r.computeOnly?.usd ?? null)).toEqual([326e3, null])
  })

  it('prices the same runs under the current assumptions', () => {
    const [row] = publishedCostRows({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    expect(row!.engine.costUsd).toBe(estimateTraining({ params: 30e9, tokens: 610e9 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.3 }).costUsd)
  })

  it('charts them over a compute-optimal line from 1B to 1T', () => {
    const series = publishedCostSeries(DEFAULT_ASSUMPTIONS)
    expect(series.line).toHaveLength(13)
    expect(series.line[0]!.params).toBeCloseTo(1e9, 0)
    expect(series.line.at(-1)!.params).toBeCloseTo(1e12, 0)
    expect(series.price.map(p => p.costUsd)).toEqual([450e3, 2.5e6])
    expect(series.computeOnly.map(p => p.costUsd)).toEqual([326e3, 1.75e6])
  })
})
