// The batch-size law the scale model takes its default batch from (data/batch-size-law.ts): held to
// DeepSeek LLM's own 7B and 67B batches, and what it says for the talk's wall.
import { describe, expect, it } from 'vitest'
import { BATCH_SIZE_LAW } from '../../packages/llm-training-cost/src/data/batch-size-law'
import { SCALING_WALL_SCENARIO } from '../../packages/llm-training-cost/src/data/scale-runs'
import { computeOptimalTokens } from '../../packages/llm-training-cost/src/engine/formulas/compute-optimal'
import { lawBatchTokens, lawFlopsPerToken, roundBatchSequences, runBatch, TALK_ERA_BATCH_TOKENS } from '../../packages/llm-training-cost/src/engine/scale-model/batch-size'

describe('DeepSeek LLM\'s batch-size law', () => {
  it('predicts DeepSeek LLM 7B\'s and 67B\'s own batches within 10% (tokens, C = M·D)', () => {
    const rows = BATCH_SIZE_LAW.checks.map((run) => {
      const predicted = lawBatchTokens(lawFlopsPerToken(run) * run.trainingTokens)
      const published = run.batchSequences * run.seqLen
      return {
        run: run.label,
        computeFlops: (lawFlopsPerToken(run) * run.trainingTokens).toExponential(3),
        predictedTokens: Math.round(predicted),
        publishedTokens: published,
        difference: `${((predicted / published - 1) * 100).toFixed(1)}%`,
      }
    })
    console.table(rows)
    for (const r of rows)
      expect(Math.abs(r.predictedTokens / r.publishedTokens - 1)).toBeLessThan(0.1)
  })

  it('reads M as the paper does: 72·L·d² + 12·L·d·s (7B: 4.228e10 FLOPs per token)', () => {
    expect(lawFlopsPerToken({ layers: 30, dModel: 4096, seqLen: 4096 })).toBe(72 * 30 * 4096 ** 2 + 12 * 30 * 4096 * 4096)
    expect(lawFlopsPerToken({ layers: 30, dModel: 4096, seqLen: 4096 })).toBeCloseTo(4.228e10, -7)
  })

  it('gives 100M tokens for the wall\'s 1T run, 6 million times the largest budget it was fitted on; rounded to 49,152 sequences', () => {
    const tokens = computeOptimalTokens(SCALING_WALL_SCENARIO.shape.params, 20)
    const b = runBatch(SCALING_WALL_SCENARIO.shape, tokens, null)
    console.log(`1T wall: C = ${b.lawComputeFlops.toExponential(3)} FLOPs (M·D), law ${(lawBatchTokens(b.lawComputeFlops) / 1e6).toFixed(1)}M tokens → ${b.batchSequences} × 2,048 = ${(b.batchTokens / 1e6).toFixed(1)}M; ${b.extrapolation.toExponential(2)}× the fit's top (2e19), ${(b.lawComputeFlops / BATCH_SIZE_LAW.validatedComputeFlops).toExponential(2)}× its validation point`)
    expect(lawBatchTokens(b.lawComputeFlops)).toBeGreaterThan(95e6)
    expect(lawBatchTokens(b.lawComputeFlops)).toBeLessThan(100e6)
    expect(b.batchSequences).toBe(49_152)
    expect(b.from).toBe('law')
    expect(b.extrapolation).toBeGreaterThan(1e6)
    expect(b.batchTokens / TALK_ERA_BATCH_TOKENS).toBe(16)
  })

  it('leaves a given batch alone, and never exceeds the run\'s own tokens', () => {
    expect(runBatch(SCALING_WALL_SCENARIO.shape, 2e13, TALK_ERA_BATCH_TOKENS)).toMatchObject({ batchTokens: TALK_ERA_BATCH_TOKENS, from: 'given' })
    const tiny = runBatch({ layers: 128, dModel: 25600, seqLen: 2048 }, 10 * 2048, null)
    expect(tiny.cappedAtTrainingTokens).toBe(true)
    expect(tiny.batchTokens).toBe(10 * 2048)
  })

  it('rounds to 4, 5, 6 or 7 × 2^k sequences, within 11%', () => {
    for (const s of [
      1,
      3.2,
      100,
      777,
      2304,
      48_600,
      123_456,
    ]) {
      const r = roundBatchSequences(s)
      const odd = r / 2 ** Math.floor(Math.log2(r / 4))
      expect([1, 2, 3, 4, 5, 6, 7]).toContain(odd)
      expect(Math.abs(r / Math.max(1, s) - 1)).toBeLessThan(0.12)
    }
  })
})
