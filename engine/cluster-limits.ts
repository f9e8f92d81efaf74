/**
 * What stops a dense run at cluster scale before money does: gradient traffic per step, failures,
 * power. The "Not so fast" slide.
 */
import { ringAllReduceSeconds } from './formulas/scale-out'

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
 * Share of wall-clock time that trains when interruptions arrive at `interruptionsPerGpuHour` on each
 * of `gpus` GPUs (one failure stops the synchronous job) and each costs `lostHoursPerInterruption`:
 * time T for work W satisfies T = W + (rate·gpus·T)·lost, so goodput = W/T = 1 − rate·gpus·lost
 * (0 when failures arrive faster than the job recovers).
 *
 * @example
 * goodputFromInterruptions({ interruptionsPerGpuHour: 1.97e-5, gpus: 16_384, lostHoursPerInterruption: 0.25 }) // 0.919 (Llama 3)
 * goodputFromInterruptions({ interruptionsPerGpuHour: 1.97e-5, gpus: 100_000, lostHoursPerInterruption: 0.25 }) // 0.507
 */
export function goodputFromInterruptions(run: { interruptionsPerGpuHour: number, gpus: number, lostHoursPerInterruption: number }): number {
  return Math.max(0, 1 - run.interruptionsPerGpuHour * run.gpus * run.lostHoursPerInterruption)
}

/**
 * Facility power of a cluster at full load: GPUs × board power (TDP) × PUE, in watts.
 *
 * @example
 * clusterPowerWatts({ gpus: 100_000, tdpWatts: 400, pue: 1.1 }) // 4.4e7 = 44 MW (100k A100)
 */
export function clusterPowerWatts(cluster: { gpus: number, tdpWatts: number, pue: number }): number {
  return cluster.gpus * cluster.tdpWatts * cluster.pue
}

/** The stated layout of a step. */
export interface StepLayout {
  params: number
  gpus: number
  tensorParallel: number
  pipelineParallel: number
  /** Tokens in one global batch. */
  batchTokens: number
  gradientBytesPerParam: number
  /** Inter-node bandwidth per GPU, one direction. */
  networkBytesPerSecondPerGpu: number
  peakFlopsPerSecond: number
  mfu: number
}

export interface StepTime {
  /** Model replicas: GPUs ÷ (tensor × pipeline), at least 1. */
  dataParallel: number
  /** Gradient bytes each GPU holds and all-reduces with its data-parallel peers. */
  gradientBytesPerGpu: number
  allReduceSeconds: number
  computeSeconds: number
  /** All-reduce time as a share of compute time, if nothing overlaps. */
  allReduceShareOfCompute: number
}

/**
 * One optimizer step: compute time 6·N·batch tokens ÷ (GPUs × peak × MFU), and the ring all-reduce of
 * each GPU's gradient shard (N·bytes ÷ (t·p)) over the d = GPUs ÷ (t·p) replicas of its shard, at the
 * per-GPU network bandwidth.
 *
 * @example
 * stepTime({ params: 1e12, gpus: 100_000, tensorParallel: 8, pipelineParallel: 64, batchTokens: 3072 * 2048, gradientBytesPerParam: 2, networkBytesPerSecondPerGpu: 25e9, peakFlopsPerSecond: 312e12, mfu: 0.45 })
 * // { dataParallel: 195, gradientBytesPerGpu: 3.91e9, allReduceSeconds: 0.311, computeSeconds: 2.69, allReduceShareOfCompute: 0.116 }
 */
export function stepTime(layout: StepLayout): StepTime {
  const modelParallel = layout.tensorParallel * layout.pipelineParallel
  const dataParallel = Math.max(1, Math.floor(layout.gpus / modelParallel))
  const gradientBytesPerGpu = layout.params * layout.gradientBytesPerParam / modelParallel
  const allReduceSeconds = ringAllReduceSeconds({ bytes: gradientBytesPerGpu, gpus: dataParallel, bandwidthBytesPerSecond: layout.networkBytesPerSecondPerGpu })
  const computeSeconds = 6 * layout.params * layout.batchTokens / (layout.gpus * layout.peakFlopsPerSecond * layout.mfu)
  return {
    dataParallel,
    gradientBytesPerGpu,
    allReduceSeconds,
    computeSeconds,
    allReduceShareOfCompute: allReduceSeconds / computeSeconds,
  }
}

/** Failures on a cluster at a published failure rate. */
export interface ClusterFailures {
  interruptionsPerGpuHour: number
  interruptionsPerDay: number
  goodput: number
}

/**
 * Failures on `gpus` GPUs at the rate a published run saw (`interruptions` over `reference.gpus` GPUs
 * for `reference.days`), each costing `lostMinutesPerInterruption`.
 *
 * @example
 * clusterFailures({ interruptions: 419, gpus: 16_384, days: 54 }, 100_000, 15)
 * // { interruptionsPerGpuHour: 1.97e-5, interruptionsPerDay: 47.4, goodput: 0.507 }
 */
export function clusterFailures(reference: { interruptions: number, gpus: number, days: number }, gpus: number, lostMinutesPerInterruption: number): ClusterFailures {
  const rate = interruptionsPerGpuHour(reference)
  return {
    interruptionsPerGpuHour: rate,
    interruptionsPerDay: rate * gpus * 24,
    goodput: goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus, lostHoursPerInterruption: lostMinutesPerInterruption / 60 }),
  }
}
