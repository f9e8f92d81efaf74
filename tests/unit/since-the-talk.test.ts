// Runs since the talk, held to what their authors published: a mixture of experts (DeepSeek-V3) and
// the largest dense run with published GPU-hours (Llama 3.1 405B), and FP8 at its measured speed-up.
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateModel, estimateTraining, getModel } from '../../packages/llm-training-cost/src/engine'
import { precisionSpeedup, utilizationPeakFlops } from '../../packages/llm-training-cost/src/engine/formulas/precision'

function compare(label: string, predicted: number, published: number): number {
  const difference = predicted / published - 1
  console.log(`${label}: predicted ${predicted.toPrecision(4)}, published ${published.toPrecision(4)}, ${(difference * 100).toFixed(1)}%`)
  return difference
}

describe('deepSeek-V3: a mixture of experts', () => {
  const model = getModel('deepseek-v3')
  const h800 = {
    ...DEFAULT_ASSUMPTIONS,
    gpu: 'h800' as const,
    precision: 'fp8' as const,
    usdPerGpuHour: 2,
  }
  // DeepSeek's own throughput: "each trillion tokens requires only 180K H800 GPU hours".
  const gpuHoursPerTrillion = 180e3
  const flopsPerTrillion = 6 * model.activeParams * 1e12
  const impliedMfu = flopsPerTrillion / (gpuHoursPerTrillion * 3600 * utilizationPeakFlops('h800') * precisionSpeedup('h800', 'fp8').factor)

  it('computes with its 37B active parameters and holds all 671B in memory', () => {
    const run = estimateModel('deepseek-v3', { ...h800, mfu: impliedMfu })
    expect(run.trainingFlops).toBeCloseTo(6 * 37e9 * 14.8e12, -20)
    expect(run.activeParams).toBe(37e9)
    expect(run.trainingStateBytes).toBe(671e9 * 16)
    console.log(`DeepSeek-V3 implied BF16 MFU (FP8 at ${precisionSpeedup('h800', 'fp8').factor}×): ${(impliedMfu * 100).toFixed(1)}%`)
    expect(impliedMfu).toBeGreaterThan(0.2)
    expect(impliedMfu).toBeLessThan(0.5)
  })

  it('reproduces the published GPU-hours and $5.576M at the utilization its throughput implies', () => {
    const run = estimateModel('deepseek-v3', { ...h800, mfu: impliedMfu })
    // Pre-training is 2,664K of the 2,788K hours (context extension 119K, post-training 5K).
    expect(Math.abs(compare('DeepSeek-V3 pre-training GPU-hours', run.gpuHours, 2.664e6))).toBeLessThan(0.1)
    expect(Math.abs(compare('DeepSeek-V3 GPU-hours, all stages', run.gpuHours, model.hardware.chipHours))).toBeLessThan(0.1)
    expect(Math.abs(compare('DeepSeek-V3 cost at $2/H800-hour', run.costUsd, model.publishedCost.usd))).toBeLessThan(0.1)
  })

  it('as a dense 671B model on the same tokens it would need 671/37 = 18× the GPU-hours', () => {
    const moe = estimateModel('deepseek-v3', { ...h800, mfu: impliedMfu })
    const dense = estimateTraining({ params: model.params, tokens: model.tokens }, { ...h800, mfu: impliedMfu })
    expect(dense.gpuHours / moe.gpuHours).toBeCloseTo(671 / 37, 6)
    expect(dense.trainingStateBytes).toBe(moe.trainingStateBytes)
  })
})

describe('llama 3.1 405B: the largest dense run with published GPU-hours', () => {
  const model = getModel('llama-3.1-405b')
  const h100 = { ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm' as const, goodput: model.reportedGoodput.value }

  it('6ND matches its reported 3.8e25 FLOPs', () => {
    const run = estimateModel('llama-3.1-405b', { ...h100, mfu: 0.41 })
    expect(Math.abs(compare('Llama 3.1 405B training FLOPs', run.trainingFlops, model.reportedTrainingFlops.value))).toBeLessThan(0.01)
  })

  // Llama 3 Table 4's BF16 MFU for the 16K-GPU stages that ran most of the tokens: 41% (DP 128) and 38% (long context).
  it.each([
    { label: '16K GPUs, DP 128', mfu: 0.41 },
    { label: '16K GPUs, 131K context', mfu: 0.38 },
  ])('at $label ($mfu MFU) and >90% effective training time, the GPU-hours are within 10% of 30.84M', ({ label, mfu }) => {
    const run = estimateModel('llama-3.1-405b', { ...h100, mfu })
    expect(Math.abs(compare(`Llama 3.1 405B GPU-hours at ${label}`, run.gpuHours, model.hardware.chipHours))).toBeLessThan(0.1)
  })
})

describe('precision, honestly', () => {
  it('fP8 on an H100 is its measured 1.15× over BF16 (llm-foundry), not the 2× of the peaks', () => {
    const speedup = precisionSpeedup('h100-sxm', 'fp8')
    // llm-foundry, 3B at 8,192 tokens: 460.6 / 398.8 model TFLOP/s per GPU.
    expect(speedup.factor).toBeCloseTo(460.6 / 398.8, 2)
    expect(speedup.measured).toBe(true)
    expect(speedup.range).toEqual([1.0, 1.35])
    const bf16 = estimateModel('gpt-3', { ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm' })
    const fp8 = estimateModel('gpt-3', { ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm', precision: 'fp8' })
    expect(bf16.gpuHours / fp8.gpuHours).toBeCloseTo(1.15, 10)
    expect(fp8.peakFlopsPerGpu).toBe(989.5e12)
    expect(fp8.mfuOf).toBe('bf16')
  })

  it('says so where nothing was measured: TF32 falls back to the ratio of the peaks, flagged', () => {
    const tf32 = precisionSpeedup('a100-80gb', 'tf32')
    expect(tf32.measured).toBe(false)
    expect(tf32.factor).toBe(0.5)
    expect(tf32.note).toMatch(/no measured TF32 training speed/)
  })

  it('a precision the chip lacks stays an error', () => {
    expect(() => precisionSpeedup('a100-80gb', 'fp8')).toThrow(/no fp8 peak/)
  })
})
