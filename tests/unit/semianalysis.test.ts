// SemiAnalysis, "The AI Brick Wall" (2023-01-24): the costs and the scaling wall on the talk's slides.
// Their stated assumptions: A100 (312 TFLOP/s dense bf16), $1.5 per GPU-hour, MFU 40%→60% with size,
// Chinchilla-optimal dense models; FLOPs are model FLOPs (6ND), compute only.
import type { Assumptions } from '../../packages/llm-training-cost/src/engine'
import { describe, expect, it } from 'vitest'
import { PUBLISHED_COSTS } from '../../packages/llm-training-cost/src/data/published-claims'
import { DEFAULT_ASSUMPTIONS, estimateTraining } from '../../packages/llm-training-cost/src/engine'
import { DAYS_PER_MONTH } from '../../packages/llm-training-cost/src/engine/formulas/time-cost'

function published(id: typeof PUBLISHED_COSTS[number]['id']): number {
  return PUBLISHED_COSTS.find(c => c.id === id)!.usd
}

const A100_AT_1_5: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  gpu: 'a100-80gb',
  precision: 'bf16',
  usdPerGpuHour: 1.5,
  goodput: 1,
  gpus: null,
}

describe('SemiAnalysis costs ("30B → $326k; 70B → $1.75M")', () => {
  it('30B × 610B tokens at 45% MFU costs $326k (within 0.5%)', () => {
    const run = estimateTraining({ params: 30e9, tokens: 610e9 }, { ...A100_AT_1_5, mfu: 0.45 })
    expect(run.trainingFlops).toBeCloseTo(1.098e23, -20)
    expect(Math.abs(run.costUsd / published('semianalysis-30b') - 1)).toBeLessThan(0.005)
  })

  it('70B × 1.4T tokens at 45% MFU costs $1.75M (within 0.5%)', () => {
    const run = estimateTraining({ params: 70e9, tokens: 1.4e12 }, { ...A100_AT_1_5, mfu: 0.45 })
    expect(Math.abs(run.costUsd / published('semianalysis-70b') - 1)).toBeLessThan(0.005)
  })
})

describe('SemiAnalysis scaling wall (Chinchilla Table 3 compute-optimal sizes)', () => {
  // Table 3: 1T params ↔ 21.2T tokens (1.27e26 FLOPs); 10T ↔ 216.2T tokens (1.30e28 FLOPs).
  it.each([0.55, 0.6])('1T on 100,000 A100 at %s MFU: ~$300M (±10%) and ~3 months (2.5–3.5)', (mfu) => {
    const run = estimateTraining({ params: 1e12, tokens: 21.2e12 }, { ...A100_AT_1_5, mfu, gpus: 100_000 })
    expect(run.trainingFlops / 1.27e26).toBeCloseTo(1, 2)
    expect(Math.abs(run.costUsd / 300e6 - 1)).toBeLessThan(0.1)
    const months = run.wallClockDays! / DAYS_PER_MONTH
    expect(months).toBeGreaterThan(2.5)
    expect(months).toBeLessThan(3.5)
  })

  it('10T on 1,000,000 A100 at 60% MFU: ~$30B (±10%) and over two years', () => {
    const run = estimateTraining({ params: 10e12, tokens: 216.2e12 }, { ...A100_AT_1_5, mfu: 0.6, gpus: 1_000_000 })
    expect(run.trainingFlops / 1.30e28).toBeCloseTo(1, 2)
    expect(Math.abs(run.costUsd / 30e9 - 1)).toBeLessThan(0.1)
    expect(run.wallClockDays!).toBeGreaterThan(2 * 365)
  })
})
