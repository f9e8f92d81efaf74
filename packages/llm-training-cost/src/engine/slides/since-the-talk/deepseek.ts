/**
 * "DeepSeek-V3's $5.6M": from the dense model of its quality to DeepSeek's own figure, one factor a
 * row, the last utilization the scale model's on DeepSeek's own layout, and what is left named.
 */
import type { Source } from '../../../data/source.ts'
import type { Assumptions } from '../../assumptions/validation.ts'
import type { LayoutRun } from './layout-runs.ts'
import { DEEPSEEK_USD_PER_H800_HOUR, DENSE_PEER_OF_DEEPSEEK_V3 } from '../../../data/since-the-talk.ts'
import { chipName } from '../../facts/lookup.ts'
import { formatCount } from '../../format/numbers.ts'
import { trainingStateBytes } from '../../formulas/memory.ts'
import { precisionSpeedup, utilizationPeakFlops } from '../../formulas/precision.ts'
import { costUsd, gpuHours } from '../../formulas/time-cost.ts'
import { modelFlopsPerToken, runsOnTheirLayouts } from './layout-runs.ts'
import { runFacts } from './runs.ts'

/** One step from the dense model to DeepSeek-V3's published cost. */
export interface DeepSeekStep {
  id: 'dense' | 'moe-bf16' | 'moe-fp8' | 'own-layout' | 'deepseek-price'
  label: string
  gpuHours: number
  costUsd: number
  usdPerGpuHour: number
  /**
   * Model FLOPs per second per GPU over the 16-bit peak the step runs at: the panel's MFU (times FP8's
   * speed-up from the FP8 step), then the scale model's on DeepSeek's layout.
   */
  mfu: number
  /** This step's cost over the previous step's. */
  factor: number | null
}

export interface DeepSeekVersusDense {
  moe: { name: string, params: number, activeParams: number, tokens: number, flopsPerToken: number, trainingStateBytes: number }
  dense: { name: string, params: number, tokens: number, flopsPerToken: number, trainingStateBytes: number }
  steps: DeepSeekStep[]
  /** DeepSeek-V3 on its published layout by the scale model (./layout-runs.ts). */
  onLayout: LayoutRun
  /** What FP8 buys on an H800, measured (on the H100) or flagged. */
  fp8Note: string
  /** DeepSeek's own GPU-hours and cost (all stages, Table 1) at its $2 per H800-hour. */
  publishedGpuHours: number
  publishedCostUsd: number
  publishedCaveat: string
  /** What lies between the last step and DeepSeek's figure, named. */
  left: {
    /** Context extension and post-training (Table 1: 119K + 5K H800-hours): not pre-training, not in the chain. */
    otherStagesGpuHours: number
    otherStagesCostUsd: number
    /** The scale model's pre-training hours against DeepSeek's 2.664M: (predicted − published) ÷ published. */
    pretrainingDifference: number
    pretrainingDifferenceCostUsd: number
  }
  sources: Source[]
}

/**
 * DeepSeek-V3 explained against the dense model of its quality (Llama 3.1 405B, which its base model
 * beats on most benchmarks). Each FLOP count is the shape's (experts.ts `modelFlopsPerTokenOfShape`:
 * the parameters a token uses and its attention). Steps: the dense run at the panel's MFU, goodput and
 * price on H100s; the mixture of experts (37.6B of 671B per token) in BF16 on H800s; FP8 at its
 * measured speed-up; DeepSeek's own layout (PP 16, EP 64 on 2,048 H800), whose utilization and goodput
 * the scale model gives, replacing the panel's; DeepSeek's $2 per H800-hour. Then DeepSeek's own
 * figure, and what is left between them: the stages after pre-training, and the model's error.
 *
 * @example
 * deepSeekVersusDense(DEFAULT_ASSUMPTIONS).steps.map(s => s.factor)
 * // [null, ≈ 0.07 (active share and attention), 0.87 (1 / 1.15), ≈ 0.74 (46% on the layout against 45% × 1.15 × goodput), 1.33 ($2 over $1.5)]
 */
export function deepSeekVersusDense(assumptions: Assumptions): DeepSeekVersusDense {
  const moeModel = runFacts(DENSE_PEER_OF_DEEPSEEK_V3.moe)
  const denseModel = runFacts(DENSE_PEER_OF_DEEPSEEK_V3.dense)
  const layoutRuns = runsOnTheirLayouts(assumptions)
  const onLayout = layoutRuns.find(r => r.id === DENSE_PEER_OF_DEEPSEEK_V3.moe)!
  const denseGpu = DENSE_PEER_OF_DEEPSEEK_V3.denseAcceleratorId
  const moeGpu = onLayout.acceleratorId
  // Both in the scale model's convention: the dense peer's published run counts them as DeepSeek's does.
  const denseFlopsPerToken = layoutRuns.find(r => r.id === DENSE_PEER_OF_DEEPSEEK_V3.dense)?.flopsPerToken ?? modelFlopsPerToken(DENSE_PEER_OF_DEEPSEEK_V3.dense)!
  const denseFlops = denseFlopsPerToken * denseModel.tokens
  const moeFlops = onLayout.flopsPerToken * onLayout.tokens
  const fp8 = precisionSpeedup(moeGpu, onLayout.precision)
  const atPanel = (flops: number, peak: number): number => gpuHours({
    trainingFlops: flops,
    peakFlopsPerSecond: peak,
    mfu: assumptions.mfu,
    goodput: assumptions.goodput,
  })
  const h800 = chipName(moeGpu)
  const price = assumptions.usdPerGpuHour
  const rows: Omit<DeepSeekStep, 'factor' | 'costUsd'>[] = [
    {
      id: 'dense',
      label: `${denseModel.shortName} 405B, dense, BF16 on ${chipName(denseGpu)}`,
      gpuHours: atPanel(denseFlops, utilizationPeakFlops(denseGpu)),
      usdPerGpuHour: price,
      mfu: assumptions.mfu,
    },
    {
      id: 'moe-bf16',
      label: `${moeModel.shortName}: ${formatCount(onLayout.activeParams)} of ${formatCount(onLayout.params)} active, BF16 on ${h800}`,
      gpuHours: atPanel(moeFlops, utilizationPeakFlops(moeGpu)),
      usdPerGpuHour: price,
      mfu: assumptions.mfu,
    },
    {
      id: 'moe-fp8',
      label: `+ FP8 at ${fp8.factor}× BF16`,
      gpuHours: atPanel(moeFlops, utilizationPeakFlops(moeGpu) * fp8.factor),
      usdPerGpuHour: price,
      mfu: assumptions.mfu * fp8.factor,
    },
    {
      id: 'own-layout',
      label: `+ its own layout (${onLayout.layout})`,
      gpuHours: onLayout.predictedGpuHours,
      usdPerGpuHour: price,
      mfu: onLayout.predictedMfu,
    },
    {
      id: 'deepseek-price',
      label: `+ DeepSeek's $${DEEPSEEK_USD_PER_H800_HOUR} per H800-hour`,
      gpuHours: onLayout.predictedGpuHours,
      usdPerGpuHour: DEEPSEEK_USD_PER_H800_HOUR,
      mfu: onLayout.predictedMfu,
    },
  ]
  const steps = rows.map((row, i): DeepSeekStep => {
    const cost = costUsd(row.gpuHours, row.usdPerGpuHour)
    const previous = rows[i - 1]
    return {
      ...row,
      costUsd: cost,
      factor: previous === undefined
        ? null
        : cost / costUsd(previous.gpuHours, previous.usdPerGpuHour),
    }
  })
  const published = moeModel.publishedCost!
  const hardware = moeModel.hardware!
  const publishedGpuHours = hardware.chipHours!
  const otherStagesGpuHours = publishedGpuHours - hardware.pretrainingChipHours!
  return {
    moe: {
      name: moeModel.name,
      params: onLayout.params,
      activeParams: onLayout.activeParams,
      tokens: onLayout.tokens,
      flopsPerToken: onLayout.flopsPerToken,
      trainingStateBytes: trainingStateBytes(moeModel.params),
    },
    dense: {
      name: denseModel.name,
      params: denseModel.params,
      tokens: denseModel.tokens,
      flopsPerToken: denseFlopsPerToken,
      trainingStateBytes: trainingStateBytes(denseModel.params),
    },
    steps,
    onLayout,
    fp8Note: fp8.note,
    publishedGpuHours,
    publishedCostUsd: published.usd,
    publishedCaveat: published.caveat,
    left: {
      otherStagesGpuHours,
      otherStagesCostUsd: costUsd(otherStagesGpuHours, DEEPSEEK_USD_PER_H800_HOUR),
      pretrainingDifference: onLayout.gpuHoursDifference,
      pretrainingDifferenceCostUsd: costUsd(onLayout.predictedGpuHours - onLayout.publishedGpuHours, DEEPSEEK_USD_PER_H800_HOUR),
    },
    sources: [
      DENSE_PEER_OF_DEEPSEEK_V3.source,
      moeModel.source,
      denseModel.source,
      ...onLayout.sources,
      ...(fp8.source
        ? [fp8.source]
        : []),
      published.source,
    ],
  }
}
