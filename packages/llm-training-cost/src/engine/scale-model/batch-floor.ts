/**
 * The floor a global batch puts under the step time: however many GPUs, each sequence still has to go
 * forward and backward through every layer, and one sequence can be split at most over one tensor-
 * parallel group (the NVLink domain). With B sequences per batch, GPUs beyond B × t only deepen the
 * pipeline or add replicas that have no sequence to work on.
 */
import type { ScaleModelInput } from './types.ts'
import { SECONDS_PER_DAY } from '../formulas/time-cost.ts'
import { hardwareRatesOf } from './hardware.ts'
import { layerConstants, layerTimes } from './layer.ts'

export interface BatchFloor {
  /** Tensor parallel used for the floor: the largest power of two in the NVLink domain dividing the heads. */
  tensorParallel: number
  /** One sequence forward + backward through all layers and the output layer on one TP group. */
  minimumStepSeconds: number
  /** B × t: GPUs at which an ideal pipeline reaches the floor; more GPUs cannot shorten the step. */
  kneeGpus: number
  /** Steps × the floor: the shortest the run can take at this batch (failures not counted). */
  minimumWallClockDays: number
  steps: number
}

/**
 * The batch's floor on step time and wall clock.
 *
 * @example
 * batchFloor(wallInput) // 1T on A100 with 3072 sequences: { tensorParallel: 8, minimumStepSeconds: ≈8.6, kneeGpus: 24_576, minimumWallClockDays: ≈320 }
 */
export function batchFloor(input: ScaleModelInput): BatchFloor | null {
  const rates = hardwareRatesOf(input)
  if (rates === null)
    return null
  const c = layerConstants(input.shape)
  const kvHeads = input.shape.kvHeads ?? input.shape.heads
  let t = 1
  for (const x of [2, 4, 8, 16, 32, 64, 128]) {
    if (x <= input.cluster.nvlinkDomainGpus && c.heads % x === 0 && (kvHeads % x === 0 || x % kvHeads === 0))
      t = x
  }
  const cp = input.layout?.contextParallel ?? 1
  const lt = layerTimes(c, rates, { tensorParallel: t, contextParallel: cp, microbatchSequences: 1 }, input)
  const minimumStepSeconds = c.layers * (lt.matmulSeconds + lt.memoryBoundSeconds + lt.collectiveSeconds) + lt.logitSeconds
  const sequences = input.batchTokens / c.seqLen
  const steps = Math.ceil((input.trainingTokens ?? 0) / input.batchTokens)
  return {
    tensorParallel: t,
    minimumStepSeconds,
    kneeGpus: sequences * t * cp,
    minimumWallClockDays: steps * minimumStepSeconds / SECONDS_PER_DAY,
    steps,
  }
}

/**
 * The step time a cluster needs to run at a given MFU: model FLOPs per step ÷ (GPUs × peak × MFU).
 *
 * @example
 * stepSecondsAtMfu({ modelFlopsPerStep: 3.8e19, gpus: 100_000, peakFlopsPerSecond: 312e12, mfu: 0.45 }) // 2.7 s
 */
export function stepSecondsAtMfu(run: { modelFlopsPerStep: number, gpus: number, peakFlopsPerSecond: number, mfu: number }): number {
  return run.modelFlopsPerStep / (run.gpus * run.peakFlopsPerSecond * run.mfu)
}
