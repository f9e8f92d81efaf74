/**
 * Failures, checkpoints and restarts: goodput of a synchronous run whose job stops at any GPU's failure.
 *
 * Model (exponential failures, mean time between interruptions M for the whole job): training is cut
 * into segments of τ seconds of work followed by a δ-second checkpoint write. A failure during a
 * segment loses the segment so far and costs a restart R (detect, replace, reload). The expected wall
 * time to finish one segment is (M + R)·(e^((τ + δ)/M) − 1) (renewal argument: each attempt succeeds
 * with probability e^(−(τ+δ)/M); the expected number of failures before success is e^((τ+δ)/M) − 1,
 * each costing on average the time to failure plus R, and the successful attempt τ + δ; the sum
 * simplifies to the formula). Goodput = τ ÷ that. For τ, δ, R ≪ M it reduces to Young's first-order
 * waste δ/τ + τ/(2M) + R/M, minimised at τ = √(2δM) (Young 1974); the exact optimum (what Daly 2006's
 * higher-order estimate approximates) is found numerically. It never goes below zero: as failures
 * come faster the segment time grows exponentially and goodput tends to 0.
 */
import { SECONDS_PER_HOUR } from '../formulas/time-cost.ts'

/**
 * Interruptions per GPU-hour from a published count over a run: interruptions ÷ (GPUs × hours).
 *
 * @example
 * interruptionsPerGpuHour({ interruptions: 419, gpus: 16_384, days: 54 }) // 1.97e-5 (Llama 3: one per ~3 h on 16k GPUs)
 */
export function interruptionsPerGpuHour(run: { interruptions: number, gpus: number, days: number }): number {
  return run.interruptions / (run.gpus * run.days * 24)
}

/**
 * The first-order goodput with no checkpoint model: each interruption costs `lostHoursPerInterruption`
 * on a synchronous job, so goodput = 1 − rate·gpus·lost (0 when failures come faster than recovery).
 * Kept beside trainingGoodput as the linear estimate it improves on.
 *
 * @example
 * goodputFromInterruptions({ interruptionsPerGpuHour: 1.97e-5, gpus: 100_000, lostHoursPerInterruption: 0.25 }) // 0.507
 */
export function goodputFromInterruptions(run: { interruptionsPerGpuHour: number, gpus: number, lostHoursPerInterruption: number }): number {
  return Math.max(0, 1 - run.interruptionsPerGpuHour * run.gpus * run.lostHoursPerInterruption)
}

/**
 * Mean seconds between job interruptions on `gpus` GPUs at a per-GPU-hour rate.
 *
 * @example
 * meanSecondsBetweenInterruptions(16_384, 1.973e-5) // 11,137 s ≈ 3.1 h (Llama 3)
 */
function meanSecondsBetweenInterruptions(gpus: number, interruptionsPerGpuHour: number): number {
  return SECONDS_PER_HOUR / (interruptionsPerGpuHour * gpus)
}

/**
 * Young's optimal checkpoint interval √(2δM): δ the checkpoint write time, M the mean time between failures.
 *
 * @example
 * youngIntervalSeconds(60, 11_135) // 1,156 s ≈ 19 min (scale-and-since.md §2e's example)
 */
export function youngIntervalSeconds(checkpointWriteSeconds: number, mtbfSeconds: number): number {
  return Math.sqrt(2 * checkpointWriteSeconds * mtbfSeconds)
}

/**
 * Goodput at a checkpoint interval: τ ÷ ((M + R)·(e^((τ + δ)/M) − 1)).
 *
 * @example
 * goodputAtInterval({ intervalSeconds: 251, checkpointWriteSeconds: 2.8, restartSeconds: 600, mtbfSeconds: 11_135 }) // 0.928
 */
export function goodputAtInterval(run: { intervalSeconds: number, checkpointWriteSeconds: number, restartSeconds: number, mtbfSeconds: number }): number {
  const { intervalSeconds: tau, checkpointWriteSeconds: delta, restartSeconds: r, mtbfSeconds: m } = run
  return tau / ((m + r) * Math.expm1((tau + delta) / m))
}

/**
 * The checkpoint interval that maximises goodput (golden-section search on log τ, bracketing
 * Young's √(2δM) by 100× either way).
 *
 * @example
 * optimalCheckpointIntervalSeconds({ checkpointWriteSeconds: 2.8, restartSeconds: 600, mtbfSeconds: 11_135 }) // ≈ 250 s
 */
export function optimalCheckpointIntervalSeconds(run: { checkpointWriteSeconds: number, restartSeconds: number, mtbfSeconds: number }): number {
  const young = youngIntervalSeconds(Math.max(run.checkpointWriteSeconds, 1e-9), run.mtbfSeconds)
  let lo = Math.log(young / 100)
  let hi = Math.log(young * 100)
  // goodputAtInterval inlined, negated: the search calls it ~40 times per cluster size on every edit.
  const { checkpointWriteSeconds: delta, restartSeconds: r, mtbfSeconds: m } = run
  const f = (x: number): number => {
    const tau = Math.exp(x)
    return -tau / ((m + r) * Math.expm1((tau + delta) / m))
  }
  const g = (Math.sqrt(5) - 1) / 2
  let a = hi - g * (hi - lo)
  let b = lo + g * (hi - lo)
  let fa = f(a)
  let fb = f(b)
  // 40 steps narrow the 10⁴-wide bracket to a relative 10⁻⁸ of τ: goodput is flat there.
  for (let i = 0; i < 40; i++) {
    if (fa < fb) {
      hi = b
      b = a
      fb = fa
      a = hi - g * (hi - lo)
      fa = f(a)
    }
    else {
      lo = a
      a = b
      fa = fb
      b = lo + g * (hi - lo)
      fb = f(b)
    }
  }
  return Math.exp((lo + hi) / 2)
}

export interface GoodputInput {
  gpus: number
  interruptionsPerGpuHour: number
  /** Bytes written per checkpoint (whole job). */
  checkpointBytes: number
  /** Aggregate storage write bandwidth. */
  storageWriteBytesPerSecond: number
  restartSeconds: number
  /** Fixes the interval instead of choosing the optimum. */
  checkpointIntervalSeconds?: number
}

export interface TrainingGoodput {
  mtbfSeconds: number
  interruptionsPerDay: number
  checkpointWriteSeconds: number
  youngIntervalSeconds: number
  checkpointIntervalSeconds: number
  /** Useful training time ÷ wall time. */
  goodput: number
  /** First-order split of the lost time (shares of wall time): checkpoint writes, lost work, restarts. */
  lostToCheckpointsShare: number
  lostToReworkShare: number
  lostToRestartsShare: number
}

/**
 * Goodput of a run: failures at a published per-GPU-hour rate, checkpoint write time from the state's
 * size and the storage bandwidth, a restart time, and the checkpoint interval that maximises goodput.
 *
 * @example
 * trainingGoodput({ gpus: 16_384, interruptionsPerGpuHour: 1.973e-5, checkpointBytes: 405e9 * 14, storageWriteBytesPerSecond: 2e12, restartSeconds: 600 })
 * // { mtbfSeconds: 11_137, checkpointWriteSeconds: 2.8, checkpointIntervalSeconds: ≈249, goodput: 0.928, … } (Llama 3: "higher than 90%")
 */
export function trainingGoodput(input: GoodputInput): TrainingGoodput {
  const mtbfSeconds = meanSecondsBetweenInterruptions(input.gpus, input.interruptionsPerGpuHour)
  const checkpointWriteSeconds = input.checkpointBytes / input.storageWriteBytesPerSecond
  const run = { checkpointWriteSeconds, restartSeconds: input.restartSeconds, mtbfSeconds }
  const interval = input.checkpointIntervalSeconds ?? optimalCheckpointIntervalSeconds(run)
  const goodput = goodputAtInterval({ ...run, intervalSeconds: interval })
  // First-order shares, rescaled so they add up to the exact loss.
  const checkpoints = checkpointWriteSeconds / (interval + checkpointWriteSeconds)
  const rework = (interval + checkpointWriteSeconds) / (2 * mtbfSeconds)
  const restarts = input.restartSeconds / mtbfSeconds
  const scale = (1 - goodput) / (checkpoints + rework + restarts)
  return {
    mtbfSeconds,
    interruptionsPerDay: 86_400 / mtbfSeconds,
    checkpointWriteSeconds,
    youngIntervalSeconds: youngIntervalSeconds(checkpointWriteSeconds, mtbfSeconds),
    checkpointIntervalSeconds: interval,
    goodput,
    lostToCheckpointsShare: checkpoints * scale,
    lostToReworkShare: rework * scale,
    lostToRestartsShare: restarts * scale,
  }
}
