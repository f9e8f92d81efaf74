// The tornado on "Not so fast": cost of a compute-optimal 1T model as each input moves over its range.
import { describe, expect, it } from 'vitest'
import { costSensitivity, DEFAULT_ASSUMPTIONS, scalingWallRows } from '../../packages/llm-training-cost/src/engine'
import { palmGoodput, sensitivityRanges } from '../../packages/llm-training-cost/src/engine/slides/sensitivity'

describe('sensitivityRanges', () => {
  it('gives each input its sourced range', () => {
    const ranges = Object.fromEntries(sensitivityRanges(DEFAULT_ASSUMPTIONS).map(r => [r.id, r]))
    expect([ranges.mfu!.low, ranges.mfu!.high]).toEqual([0.4, 0.6])
    expect([ranges.usdPerGpuHour!.low, ranges.usdPerGpuHour!.high]).toEqual([1.36, 5.12])
    expect(ranges.tokensPerParam!.low).toBeCloseTo(20, 6)
    expect(ranges.tokensPerParam!.high).toBeCloseTo(22.39, 2)
    expect(ranges.goodput!.low).toBeCloseTo(0.666, 3)
    for (const r of Object.values(ranges))
      expect(r.sources.length).toBeGreaterThan(0)
  })

  it('runs the global batch from the 2021 batch (3,072 × 2,048) to the batch-size law\'s for 1T, and leaves it out where the scale model cannot run (TPU v3: no kernel efficiency)', () => {
    const batch = sensitivityRanges(DEFAULT_ASSUMPTIONS).find(r => r.id === 'batchTokens')!
    expect([batch.low, batch.high]).toEqual([3072 * 2048, 49_152 * 2048])
    expect(sensitivityRanges({ ...DEFAULT_ASSUMPTIONS, gpu: 'tpu-v3' }).map(r => r.id)).not.toContain('batchTokens')
  })

  it('leaves price out for a GPU no offer in the data sells', () => {
    expect(sensitivityRanges({ ...DEFAULT_ASSUMPTIONS, gpu: 'b200' }).map(r => r.id)).not.toContain('usdPerGpuHour')
  })

  it('PaLM\'s goodput is its whole-run utilization over its MFU: 30.8% / 46.2%', () => {
    expect(palmGoodput()).toBeCloseTo(0.308 / 0.462, 2)
  })
})

describe('costSensitivity', () => {
  const bars = costSensitivity({ params: 1e12 }, DEFAULT_ASSUMPTIONS)

  it('puts the batch first, then price, for the A100 at the defaults: price ×0.91 to ×3.41', () => {
    expect(bars.map(b => b.id).slice(0, 2)).toEqual(['batchTokens', 'usdPerGpuHour'])
    const price = bars.find(b => b.id === 'usdPerGpuHour')!
    expect(price.changeAtLow).toBeCloseTo(1.36 / 1.5 - 1, 10)
    expect(price.changeAtHigh).toBeCloseTo(5.12 / 1.5 - 1, 10)
  })

  it('scales cost as 1/MFU, 1/goodput and linearly in tokens', () => {
    const by = Object.fromEntries(bars.map(b => [b.id, b]))
    expect(by.mfu!.changeAtLow).toBeCloseTo(0.45 / 0.4 - 1, 10)
    expect(by.mfu!.changeAtHigh).toBeCloseTo(0.45 / 0.6 - 1, 10)
    expect(by.goodput!.changeAtLow).toBeCloseTo(1 / palmGoodput() - 1, 10)
    expect(by.goodput!.changeAtHigh).toBeCloseTo(0, 10)
    expect(by.tokensPerParam!.changeAtHigh).toBeCloseTo(22.388 / 20 - 1, 3)
  })

  it('moves the cost by the scale model\'s change with the batch: at the 2021 batch the 1T run costs about 4.6× the law\'s', () => {
    const batch = bars.find(b => b.id === 'batchTokens')!
    const at2021 = scalingWallRows({ ...DEFAULT_ASSUMPTIONS, scaleModel: true, batchTokens: 3072 * 2048 }).rows[0]!.costUsd!
    const atLaw = scalingWallRows({ ...DEFAULT_ASSUMPTIONS, scaleModel: true }).rows[0]!.costUsd!
    console.log(`batch bar: ${(batch.changeAtLow * 100).toFixed(0)}% at 6.3M, ${(batch.changeAtHigh * 100).toFixed(0)}% at the law's; scale model $${(at2021 / 1e9).toFixed(2)}B vs $${(atLaw / 1e9).toFixed(2)}B`)
    expect(batch.changeAtHigh).toBeCloseTo(0, 10)
    expect(batch.changeAtLow).toBeCloseTo(at2021 / atLaw - 1, 10)
    expect(batch.costAtLowUsd).toBeCloseTo(batch.baseCostUsd * at2021 / atLaw, 0)
  })

  it('is sorted by swing, largest first', () => {
    const swings = bars.map(b => Math.abs(b.costAtHighUsd - b.costAtLowUsd))
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
  })
})
