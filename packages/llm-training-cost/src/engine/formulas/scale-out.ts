/**
 * Spreading training over many GPUs: pipeline bubbles, gradient all-reduce, and how large a
 * compute-optimal model a cluster can train within a time or money budget (the scaling wall, inverted).
 */
import type { Assumptions } from '../assumptions/validation.ts'
import { computeOptimalForBudget } from './compute-optimal.ts'
import { precisionSpeedup, utilizationPeakFlops } from './precision.ts'
import { clusterFlops, SECONDS_PER_DAY, SECONDS_PER_HOUR } from './time-cost.ts'

/**
 * Fraction of a 1F1B (or GPipe) pipeline's time spent idle in the bubble:
 * (p − 1) / (m + p − 1) for p stages and m microbatches per batch (Narayanan et al. 2021, Sec. 2.2:
 * bubble time / ideal time = (p − 1)/m, so bubble / total = (p − 1)/(m + p − 1)).
 *
 * @example
 * pipelineBubbleFraction(8, 64) // 0.0986
 * pipelineBubbleFraction(1, 1) // 0: no pipeline, no bubble
 */
export function pipelineBubbleFraction(stages: number, microbatches: number): number {
  return (stages - 1) / (microbatches + stages - 1)
}

/**
 * Bytes each GPU sends (and receives) in a ring all-reduce of `bytes` over `gpus` ranks:
 * 2·(n − 1)/n × bytes (reduce-scatter then all-gather).
 *
 * @example
 * ringAllReduceBytesPerGpu(350e9, 8) // 6.125e11: 175B bf16 gradients over 8 GPUs
 */
export function ringAllReduceBytesPerGpu(bytes: number, gpus: number): number {
  return 2 * (gpus - 1) / gpus * bytes
}

/**
 * Seconds for a bandwidth-bound ring all-reduce, each GPU sending at `bandwidthBytesPerSecond` in one
 * direction while receiving in the other. Vendors quote NVLink as both directions summed
 * (A100: 600 GB/s = 300 GB/s each way): pass half of `interconnectBandwidthBytesPerSecond`.
 * Latency terms are ignored (large messages).
 *
 * @example
 * ringAllReduceSeconds({ bytes: 350e9, gpus: 8, bandwidthBytesPerSecond: 300e9 }) // 2.04 s
 */
export function ringAllReduceSeconds(run: { bytes: number, gpus: number, bandwidthBytesPerSecond: number }): number {
  return ringAllReduceBytesPerGpu(run.bytes, run.gpus) / run.bandwidthBytesPerSecond
}

/** The largest compute-optimal model a budget allows. */
export interface BudgetModel {
  params: number
  tokens: number
  trainingFlops: number
  /** Which budget binds: the wall-clock limit or the money. */
  limitedBy: 'time' | 'money'
}

/**
 * The largest compute-optimal dense model (D = k·N) a cluster trains within `days` and/or `usd`,
 * at the assumptions' GPU, precision, MFU, goodput, price, tokens per parameter and cluster size.
 * Without a cluster size only the money budget applies. At least one budget must be given.
 *
 * @example
 * largestComputeOptimalModel({ days: 90 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.6, gpus: 100_000 })
 * // { params: 1.1e12, tokens: 2.2e13, trainingFlops: 1.46e26, limitedBy: 'time' }
 */
export function largestComputeOptimalModel(budget: { days?: number, usd?: number }, assumptions: Assumptions): BudgetModel {
  // MFU is of the 16-bit peak; another precision runs at its measured speed-up (engine/formulas/precision.ts).
  const peak = utilizationPeakFlops(assumptions.gpu) * precisionSpeedup(assumptions.gpu, assumptions.precision).factor
  const byTime = budget.days !== undefined && assumptions.gpus !== null
    ? clusterFlops({
        gpus: assumptions.gpus,
        seconds: budget.days * SECONDS_PER_DAY,
        peakFlopsPerSecond: peak,
        mfu: assumptions.mfu,
        goodput: assumptions.goodput,
      })
    : Number.POSITIVE_INFINITY
  const byMoney = budget.usd !== undefined
    ? budget.usd / assumptions.usdPerGpuHour * SECONDS_PER_HOUR * peak * assumptions.mfu * assumptions.goodput
    : Number.POSITIVE_INFINITY
  const limitedBy = byTime <= byMoney
    ? 'time'
    : 'money'
  const flops = Math.min(byTime, byMoney)
  if (!Number.isFinite(flops))
    throw new RangeError('largestComputeOptimalModel needs a money budget, or a time budget and a cluster size')
  const { params, tokens } = computeOptimalForBudget(flops, assumptions.tokensPerParam)
  return {
    params,
    tokens,
    trainingFlops: flops,
    limitedBy,
  }
}
