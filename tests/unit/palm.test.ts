// Chowdhery et al. 2022, "PaLM" (arXiv 2204.02311): Section 4.1, Appendix B and Table 3.
import { describe, expect, it } from 'vitest'
import { MODELS } from '../../packages/llm-training-cost/src/data/models'
import { PALM_RUN, PALM_TABLE_3 } from '../../packages/llm-training-cost/src/data/published-claims'
import { attentionFlopsPerToken, mfuFromThroughput, modelFlopsPerToken, utilizationFromChipHours } from '../../packages/llm-training-cost/src/engine/formulas/compute'

const palm = MODELS.find(m => m.id === 'palm')!
const shape = {
  layers: palm.architecture.layers,
  heads: palm.architecture.heads,
  headDim: palm.architecture.headDim,
  seqLen: palm.architecture.seqLen,
}

describe('PaLM 540B MFU from 238.3K tokens/s on 6144 TPU v4 at 275 TFLOP/s', () => {
  it('without attention (6N per token): 45.7% (±0.1 point)', () => {
    const mfu = mfuFromThroughput({
      tokensPerSecond: PALM_RUN.tokensPerSecond,
      flopsPerToken: modelFlopsPerToken(palm.params),
      chips: PALM_RUN.chips,
      peakFlopsPerSecond: PALM_RUN.peakFlopsPerSecond,
    })
    expect(Math.abs(mfu - PALM_RUN.mfuWithoutAttention)).toBeLessThan(0.001)
  })

  it('with attention (6N + 12·L·H·Q·T, L=118, H=48, Q=256, T=2048): 46.2% (±0.1 point)', () => {
    expect(attentionFlopsPerToken(shape)).toBeCloseTo(3.5635e10, -7)
    const mfu = mfuFromThroughput({
      tokensPerSecond: PALM_RUN.tokensPerSecond,
      flopsPerToken: modelFlopsPerToken(palm.params, shape),
      chips: PALM_RUN.chips,
      peakFlopsPerSecond: PALM_RUN.peakFlopsPerSecond,
    })
    expect(Math.abs(mfu - PALM_RUN.mfuWithAttention)).toBeLessThan(0.001)
  })

  it('whole-run utilization from booked chip-hours (2.56e24 FLOPs / 8,404,992 chip-hours): 30.8% (±0.1 point)', () => {
    const utilization = utilizationFromChipHours(PALM_RUN.trainingFlops, PALM_RUN.chipHours, PALM_RUN.peakFlopsPerSecond)
    expect(Math.abs(utilization - 0.308)).toBeLessThan(0.001)
    // Steady-state MFU vs booked time: the goodput factor the engine carries.
    expect(utilization / PALM_RUN.mfuWithAttention).toBeCloseTo(0.67, 2)
  })
})

describe('PaLM Table 3', () => {
  it('Megatron-Turing NLG 530B: 65.43K tokens/s on 2240 A100 → 29.7% MFU without attention (±0.2 point)', () => {
    const mfu = mfuFromThroughput({
      tokensPerSecond: 65.43e3,
      flopsPerToken: modelFlopsPerToken(530e9),
      chips: 2240,
      peakFlopsPerSecond: 312e12,
    })
    expect(Math.abs(mfu - 0.297)).toBeLessThan(0.002)
    // With MT-NLG's attention term (105 layers, 128 heads of 160, 2048 tokens): 30.2%.
    const withAttention = mfuFromThroughput({
      tokensPerSecond: 65.43e3,
      flopsPerToken: modelFlopsPerToken(530e9, {
        layers: 105,
        heads: 128,
        headDim: 160,
        seqLen: 2048,
      }),
      chips: 2240,
      peakFlopsPerSecond: 312e12,
    })
    expect(Math.abs(withAttention - PALM_TABLE_3.rows[2].mfu)).toBeLessThan(0.002)
  })
})
