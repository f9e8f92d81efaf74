/**
 * "DeepSeek-V3's $5.6M": from the dense model of its quality to DeepSeek's own figure, one factor a row.
 */
import type { Source } from '../../../data/source'
import type { Assumptions } from '../../assumptions/validation'
import type { TrainingEstimate } from '../../formulas/estimate'
import { DEEPSEEK_USD_PER_H800_HOUR, DENSE_PEER_OF_DEEPSEEK_V3 } from '../../../data/since-the-talk'
import { getAccelerator } from '../../facts/lookup'
import { estimateModel } from '../../formulas/estimate'
import { precisionSpeedup } from '../../formulas/precision'
import { runFacts } from './runs'

/** One step from the dense model to DeepSeek-V3's published cost. */
export interface DeepSeekStep {
  id: 'dense' | 'moe-bf16' | 'moe-fp8' | 'deepseek-price'
  label: string
  gpuHours: number
  costUsd: number
  usdPerGpuHour: number
  /** This step's cost over the previous step's. */
  factor: number | null
}

export interface DeepSeekVersusDense {
  moe: { name: string, params: number, activeParams: number, tokens: number, flopsPerToken: number, trainingStateBytes: number }
  dense: { name: string, params: number, tokens: number, flopsPerToken: number, trainingStateBytes: number }
  steps: DeepSeekStep[]
  /** What FP8 buys on an H800, measured (on the H100) or flagged. */
  fp8Note: string
  publishedGpuHours: number
  publishedCostUsd: number
  publishedCaveat: string
  sources: Source[]
}

/**
 * DeepSeek-V3 explained against the dense model of its quality (Llama 3.1 405B, which its base model
 * beats on most benchmarks): the dense run at the current MFU and price on H100s, then the mixture of
 * experts (37B of 671B parameters per token) in BF16 on H800s, then FP8 at its measured speed-up, then
 * DeepSeek's own $2 per H800-hour. Memory still holds all 671B.
 *
 * @example
 * deepSeekVersusDense(DEFAULT_ASSUMPTIONS).steps.map(s => s.factor)
 * // [null, 0.087 (37B × 14.8T over 405B × 15.6T), 0.87 (1 / 1.15), 1.33 ($2 over $1.5)]
 */
export function deepSeekVersusDense(assumptions: Assumptions): DeepSeekVersusDense {
  const moeModel = runFacts(DENSE_PEER_OF_DEEPSEEK_V3.moe)
  const denseModel = runFacts(DENSE_PEER_OF_DEEPSEEK_V3.dense)
  const moeGpu = moeModel.hardware!.acceleratorId
  const dense = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.dense, { ...assumptions, gpu: DENSE_PEER_OF_DEEPSEEK_V3.denseAcceleratorId, precision: 'bf16' })
  const moeBf16 = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.moe, { ...assumptions, gpu: moeGpu, precision: 'bf16' })
  const moeFp8 = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.moe, { ...assumptions, gpu: moeGpu, precision: 'fp8' })
  const atDeepSeekPrice = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.moe, {
    ...assumptions,
    gpu: moeGpu,
    precision: 'fp8',
    usdPerGpuHour: DEEPSEEK_USD_PER_H800_HOUR,
  })
  const fp8 = precisionSpeedup(moeGpu, 'fp8')
  const h800 = getAccelerator(moeGpu).shortName
  const estimates: [DeepSeekStep['id'], string, TrainingEstimate][] = [
    ['dense', `${denseModel.shortName} 405B, dense, BF16 on ${getAccelerator(DENSE_PEER_OF_DEEPSEEK_V3.denseAcceleratorId).shortName}`, dense],
    ['moe-bf16', `${moeModel.shortName}: 37B of 671B active, BF16 on ${h800}`, moeBf16],
    ['moe-fp8', `+ FP8 at ${fp8.factor}× BF16`, moeFp8],
    ['deepseek-price', `+ DeepSeek's $${DEEPSEEK_USD_PER_H800_HOUR} per H800-hour`, atDeepSeekPrice],
  ]
  const steps = estimates.map(([id, label, e], i): DeepSeekStep => ({
    id,
    label,
    gpuHours: e.gpuHours,
    costUsd: e.costUsd,
    usdPerGpuHour: e.usdPerGpuHour,
    factor: i === 0
      ? null
      : e.costUsd / estimates[i - 1]![2].costUsd,
  }))
  const published = moeModel.publishedCost!
  return {
    moe: {
      name: moeModel.name,
      params: moeBf16.params,
      activeParams: moeBf16.activeParams,
      tokens: moeBf16.tokens,
      flopsPerToken: moeBf16.trainingFlops / moeBf16.tokens,
      trainingStateBytes: moeBf16.trainingStateBytes,
    },
    dense: {
      name: denseModel.name,
      params: dense.params,
      tokens: dense.tokens,
      flopsPerToken: dense.trainingFlops / dense.tokens,
      trainingStateBytes: dense.trainingStateBytes,
    },
    steps,
    fp8Note: fp8.note,
    publishedGpuHours: moeModel.hardware!.chipHours!,
    publishedCostUsd: published.usd,
    publishedCaveat: published.caveat,
    sources: [
      DENSE_PEER_OF_DEEPSEEK_V3.source,
      moeModel.source,
      denseModel.source,
      ...(fp8.source
        ? [fp8.source]
        : []),
      published.source,
    ],
  }
}
