/**
 * The "Not so fast" figure: what stops a dense model of the scaling wall's size before the money does,
 * each limit under the current assumptions. One call for the whole slide.
 */
import type { ClusterFailures, StepTime } from './cluster-limits'
import type { TrainingEstimate } from './estimate'
import type { Assumptions } from './validation'
import { COMMUNICATION_INPUTS, LARGEST_PUBLISHED_TRAINING_SET, LLAMA3_RELIABILITY, RECOVERY_INPUTS } from '../data/cluster-limits'
import { SCALING_WALL_CLAIMS } from '../data/published-claims'
import { clusterFailures, clusterPowerWatts, stepTime } from './cluster-limits'
import { computeOptimalTokens } from './compute-optimal'
import { estimateTraining } from './estimate'
import { getAccelerator } from './lookup'

export interface ComputeOptimalSize { params: number, tokens: number }

export interface ScaleLimits {
  /** The cluster the limits are computed on: the assumptions' GPUs, or the wall's 100,000 without. */
  gpus: number
  params: number
  pue: number
  /** The run itself (memory, time, energy) on `gpus`. */
  run: TrainingEstimate
  /** One step with Megatron-LM's 1T layout: compute and the gradient all-reduce. */
  step: StepTime
  failures: ClusterFailures
  lostMinutesPerInterruption: number
  /** TDP × GPUs × PUE; null where the accelerator has no published TDP (TPUs). */
  powerWatts: number | null
  /** Compute-optimal tokens at the wall's two sizes (1T, 10T), against the largest published set. */
  data: {
    wall: ComputeOptimalSize
    nextWall: ComputeOptimalSize
    largestPublished: { label: string, tokens: number }
  }
}

/**
 * Every limit of a compute-optimal model of the scaling wall's first size (1T), on the assumptions'
 * cluster (the wall's 100,000 GPUs when none is given).
 *
 * @example
 * scaleLimits(DEFAULT_ASSUMPTIONS).failures.goodput // 0.507: 100k A100 at Llama 3's failure rate
 * scaleLimits(DEFAULT_ASSUMPTIONS).powerWatts // 4.4e7
 */
export function scaleLimits(assumptions: Assumptions): ScaleLimits {
  const [wall, nextWall] = SCALING_WALL_CLAIMS
  const optimal = (params: number): ComputeOptimalSize => ({
    params,
    tokens: computeOptimalTokens(params, assumptions.tokensPerParam),
  })
  const gpus = assumptions.gpus ?? wall.gpus
  const run = estimateTraining({ params: wall.params }, { ...assumptions, gpus })
  const { tdpWatts } = getAccelerator(assumptions.gpu)
  return {
    gpus,
    params: wall.params,
    pue: assumptions.pue,
    run,
    step: stepTime({
      params: wall.params,
      gpus,
      tensorParallel: COMMUNICATION_INPUTS.tensorParallel,
      pipelineParallel: COMMUNICATION_INPUTS.pipelineParallel,
      batchTokens: COMMUNICATION_INPUTS.batchSequences * COMMUNICATION_INPUTS.seqLen,
      gradientBytesPerParam: COMMUNICATION_INPUTS.gradientBytesPerParam,
      networkBytesPerSecondPerGpu: COMMUNICATION_INPUTS.networkBytesPerSecondPerGpu,
      peakFlopsPerSecond: run.peakFlopsPerGpu,
      mfu: assumptions.mfu,
    }),
    failures: clusterFailures({
      interruptions: LLAMA3_RELIABILITY.unexpectedInterruptions,
      gpus: LLAMA3_RELIABILITY.gpus,
      days: LLAMA3_RELIABILITY.days,
    }, gpus, RECOVERY_INPUTS.lostMinutesPerInterruption),
    lostMinutesPerInterruption: RECOVERY_INPUTS.lostMinutesPerInterruption,
    powerWatts: tdpWatts === null
      ? null
      : clusterPowerWatts({ gpus, tdpWatts, pue: assumptions.pue }),
    data: {
      wall: optimal(wall.params),
      nextWall: optimal(nextWall.params),
      largestPublished: { label: LARGEST_PUBLISHED_TRAINING_SET.label, tokens: LARGEST_PUBLISHED_TRAINING_SET.tokens },
    },
  }
}
