/**
 * Published utilization figures on one scale (MFU and HFU), and what a change of utilization does to
 * a run's time and cost.
 */
import type { MegatronTable1Row } from '../data/published-claims'
import type { TrainingEstimate, TrainingWorkload } from './estimate'
import type { Assumptions } from './validation'
import { mfuFromHfu } from './compute'
import { estimateTraining } from './estimate'

/**
 * MFU and HFU of a Megatron-LM Table 1 row. Its TFLOP/s count the recomputed forward pass (Eq. 3), so
 * they are hardware FLOPs: HFU = X / peak, and MFU = HFU × 3/4.
 *
 * @example
 * megatronRowUtilization({ teraFlopsPerGpu: 163, ... }, 312e12) // { hfu: 0.522, mfu: 0.392 } (1T row)
 */
export function megatronRowUtilization(row: Pick<MegatronTable1Row, 'teraFlopsPerGpu'>, peakFlopsPerSecond: number): { mfu: number, hfu: number } {
  const hfu = row.teraFlopsPerGpu * 1e12 / peakFlopsPerSecond
  return {
    hfu,
    mfu: mfuFromHfu(hfu),
  }
}

/**
 * `points` MFU values evenly spaced from `minMfu` to `maxMfu`.
 *
 * @example
 * mfuSweep(0.2, 0.6, 5) // [0.2, 0.3, 0.4, 0.5, 0.6]
 */
export function mfuSweep(minMfu: number, maxMfu: number, points: number): number[] {
  const n = Math.max(2, points)
  return Array.from({ length: n }, (_, i) => minMfu + (maxMfu - minMfu) * i / (n - 1))
}

/**
 * The same run estimated at each MFU, everything else as assumed: time and cost scale as 1/MFU.
 *
 * @example
 * estimatesAtMfu({ params: 175e9, tokens: 300e9 }, DEFAULT_ASSUMPTIONS, [0.213, 0.45]).map(e => e.costUsd)
 * // [$1.97M, $0.93M]: GPT-3 on A100-80GB at $1.5/h, at GPT-3's own 21.3% and at 45%
 */
export function estimatesAtMfu(workload: TrainingWorkload, assumptions: Assumptions, mfus: readonly number[]): TrainingEstimate[] {
  return mfus.map(mfu => estimateTraining(workload, { ...assumptions, mfu }))
}
