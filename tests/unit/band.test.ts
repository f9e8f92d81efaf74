// The band on the scaling-wall chart: MFU 40–60% (SemiAnalysis) and price from reserved to on-demand.
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateTraining } from '../../packages/llm-training-cost/src/engine'
import { assumptionBounds, scalingWallBand } from '../../packages/llm-training-cost/src/engine/slides/scaling-wall'

describe('assumptionBounds', () => {
  it('moves only MFU and price', () => {
    const { optimistic, pessimistic } = assumptionBounds(DEFAULT_ASSUMPTIONS)
    expect(optimistic).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6, usdPerGpuHour: 1.36 })
    expect(pessimistic).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.4, usdPerGpuHour: 5.12 })
  })

  it('keeps the current price for a GPU with no offer in the data', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, gpu: 'b200' as const, usdPerGpuHour: 6 }
    expect(assumptionBounds(a).optimistic.usdPerGpuHour).toBe(6)
    expect(assumptionBounds(a).pessimistic.usdPerGpuHour).toBe(6)
  })
})

describe('scalingWallBand', () => {
  const band = scalingWallBand({ minParams: 1e8, maxParams: 1e13, points: 11 }, DEFAULT_ASSUMPTIONS)

  it('has the engine\'s cost at each size, inside its band', () => {
    expect(band).toHaveLength(11)
    for (const p of band) {
      expect(p.lowCostUsd).toBeLessThan(p.costUsd)
      expect(p.costUsd).toBeLessThan(p.highCostUsd)
      expect(p.lowDays!).toBeLessThan(p.days!)
      expect(p.days!).toBeLessThan(p.highDays!)
    }
  })

  it('at 1T: $356M, with a band of $242M (60% MFU, Azure 3-year $1.36) to $1.37B (40%, $5.12)', () => {
    const oneT = band.find(p => Math.abs(p.params / 1e12 - 1) < 1e-9)!
    expect(oneT.costUsd).toBeCloseTo(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd, 0)
    // The optimistic end is an instance price: GCP's $1.03 is the GPU alone and is left out.
    expect(oneT.lowCostUsd / (1.834e8 * 1.36 / 1.03)).toBeCloseTo(1, 3)
    expect(oneT.highCostUsd / 1.3675e9).toBeCloseTo(1, 3)
    // Time depends on MFU only: 60% → 74.2 days, 40% → 111 days on 100k A100.
    expect(oneT.lowDays!).toBeCloseTo(74.19, 1)
    expect(oneT.highDays!).toBeCloseTo(111.29, 1)
  })

  it('has no time without a cluster size', () => {
    const [p] = scalingWallBand({ minParams: 1e9, maxParams: 1e9, points: 1 }, { ...DEFAULT_ASSUMPTIONS, gpus: null })
    expect(p!.days).toBeNull()
    expect(p!.lowDays).toBeNull()
  })
})
