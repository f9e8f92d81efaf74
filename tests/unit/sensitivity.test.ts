// The tornado on "Not so fast": cost of a compute-optimal 1T model as each input moves over its range.
import { describe, expect, it } from 'vitest'
import { costSensitivity, DEFAULT_ASSUMPTIONS } from '../../engine'
import { palmGoodput, sensitivityRanges } from '../../engine/slides/sensitivity'

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

  it('leaves price out for a GPU no offer in the data sells', () => {
    expect(sensitivityRanges({ ...DEFAULT_ASSUMPTIONS, gpu: 'b200' }).map(r => r.id)).not.toContain('usdPerGpuHour')
  })

  it('PaLM\'s goodput is its whole-run utilization over its MFU: 30.8% / 46.2%', () => {
    expect(palmGoodput()).toBeCloseTo(0.308 / 0.462, 2)
  })
})

describe('costSensitivity', () => {
  const bars = costSensitivity({ params: 1e12 }, DEFAULT_ASSUMPTIONS)

  it('puts price first for the A100 at the defaults: ×0.91 to ×3.41', () => {
    expect(bars[0]!.id).toBe('usdPerGpuHour')
    expect(bars[0]!.changeAtLow).toBeCloseTo(1.36 / 1.5 - 1, 10)
    expect(bars[0]!.changeAtHigh).toBeCloseTo(5.12 / 1.5 - 1, 10)
  })

  it('scales cost as 1/MFU, 1/goodput and linearly in tokens', () => {
    const by = Object.fromEntries(bars.map(b => [b.id, b]))
    expect(by.mfu!.changeAtLow).toBeCloseTo(0.45 / 0.4 - 1, 10)
    expect(by.mfu!.changeAtHigh).toBeCloseTo(0.45 / 0.6 - 1, 10)
    expect(by.goodput!.changeAtLow).toBeCloseTo(1 / palmGoodput() - 1, 10)
    expect(by.goodput!.changeAtHigh).toBeCloseTo(0, 10)
    expect(by.tokensPerParam!.changeAtHigh).toBeCloseTo(22.388 / 20 - 1, 3)
  })

  it('is sorted by swing, largest first', () => {
    const swings = bars.map(b => Math.abs(b.costAtHighUsd - b.costAtLowUsd))
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
  })
})
