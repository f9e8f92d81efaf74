/**
 * The one call the command line and the slides make: everything about training one model on one
 * set of assumptions.
 */
import type { ModelId } from '../../data/models.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import { getAccelerator, getModel } from '../facts/lookup.ts'
import { systemWattsPerGpu } from '../scale-model/power.ts'
import { computeOptimalTokens } from './compute-optimal.ts'
import { trainingFlops as sixNDFlops } from './compute.ts'
import { minGpusForMemory, trainingStateBytes } from './memory.ts'
import { precisionSpeedup, utilizationPeakFlops, utilizationPrecision } from './precision.ts'
import { co2Kg, costUsd, energyKwh, gpuHours, secondsToDays, wallClockSeconds } from './time-cost.ts'

/**
 * What to train. Without `tokens`, tokens are compute-optimal at `assumptions.tokensPerParam`. A
 * mixture of experts names its `activeParams` (used per token): training FLOPs use them, memory holds
 * all `params`.
 */
export interface TrainingWorkload {
  params: number
  activeParams?: number | null
  tokens?: number | null
  model?: ModelId | null
}

export interface TrainingEstimate {
  model: ModelId | null
  /** Total parameters N: what memory and checkpoints hold. */
  params: number
  /** Parameters used per token: N for a dense model, fewer for a mixture of experts. */
  activeParams: number
  tokens: number
  /** D / N of this run. */
  tokensPerParam: number
  /** Model FLOPs, 6·N_active·D. */
  trainingFlops: number
  gpu: Assumptions['gpu']
  precision: Assumptions['precision']
  /** The dense 16-bit peak (BF16, or FP16 on a V100) that MFU is stated against. */
  peakFlopsPerGpu: number
  /** The format of that peak: what "MFU" here is of. */
  mfuOf: 'bf16' | 'fp16'
  /** Throughput at the precision ÷ at the 16-bit peak: measured (data/precision-speedups.ts), or the ratio of the peaks. */
  precisionSpeedup: number
  precisionSpeedupMeasured: boolean
  /** One line for a figure: which peak the utilization refers to, and where the speed-up comes from. */
  precisionNote: string
  /** Model FLOP/s one accelerator sustains: peak × MFU × speed-up. */
  achievedFlopsPerGpu: number
  mfu: number
  goodput: number
  usdPerGpuHour: number
  gpuHours: number
  costUsd: number
  gpus: number | null
  /** Null without a cluster size. */
  wallClockSeconds: number | null
  wallClockDays: number | null
  /** Weights + gradients + optimizer state, mixed-precision Adam (16 B/param). */
  trainingStateBytes: number
  /** Fewest accelerators whose memory holds the training state (activations excluded). */
  minGpusForMemory: number
  memoryBytesPerGpu: number
  tdpWatts: number | null
  /**
   * What the energy counts per GPU: the 8-GPU system's maximum ÷ 8 where data/system-power.ts has the
   * system (the scale model's basis), else the board power; null without either (TPUs).
   */
  energyBasis: 'system' | 'board' | null
  /** IT watts per GPU the energy uses (before PUE), on `energyBasis`. */
  energyWattsPerGpu: number | null
  /** GPU-hours × `energyWattsPerGpu` × PUE. Null where the accelerator has neither system nor board power (TPUs). */
  energyKwh: number | null
  co2Kg: number | null
}

/**
 * Estimate FLOPs, GPU-hours, cost, wall-clock, memory and energy of training one dense model.
 * Expects validated assumptions (see `validateAssumptions`).
 *
 * @example
 * estimateTraining({ params: 30e9, tokens: 610e9 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.45, usdPerGpuHour: 1.5 }).costUsd
 * // 325,854: SemiAnalysis' "$326k"
 */
export function estimateTraining(workload: TrainingWorkload, assumptions: Assumptions): TrainingEstimate {
  const { params } = workload
  const activeParams = workload.activeParams ?? params
  // Compute-optimal tokens follow the parameters that compute: for a dense model, all of them.
  const tokens = workload.tokens ?? computeOptimalTokens(activeParams, assumptions.tokensPerParam)
  const accelerator = getAccelerator(assumptions.gpu)
  const peak = utilizationPeakFlops(assumptions.gpu)
  const speedup = precisionSpeedup(assumptions.gpu, assumptions.precision)
  const flops = sixNDFlops(activeParams, tokens)
  const hours = gpuHours({
    trainingFlops: flops,
    peakFlopsPerSecond: peak * speedup.factor,
    mfu: assumptions.mfu,
    goodput: assumptions.goodput,
  })
  const seconds = assumptions.gpus === null
    ? null
    : wallClockSeconds(hours, assumptions.gpus)
  const stateBytes = trainingStateBytes(params)
  const tdp: number | null = accelerator.tdpWatts
  // One energy basis with the scale model (engine/scale-model/power.ts): the server's power, host
  // included, where it is published; the board alone leaves out IT load that PUE does not cover.
  const system = systemWattsPerGpu(assumptions.gpu)
  const energyWatts = system ?? tdp
  const energy = energyWatts === null
    ? null
    : energyKwh({ gpuHours: hours, tdpWatts: energyWatts, pue: assumptions.pue })
  return {
    model: workload.model ?? null,
    params,
    activeParams,
    tokens,
    tokensPerParam: tokens / params,
    trainingFlops: flops,
    gpu: assumptions.gpu,
    precision: assumptions.precision,
    peakFlopsPerGpu: peak,
    mfuOf: utilizationPrecision(assumptions.gpu),
    precisionSpeedup: speedup.factor,
    precisionSpeedupMeasured: speedup.measured,
    precisionNote: speedup.note,
    achievedFlopsPerGpu: peak * assumptions.mfu * speedup.factor,
    mfu: assumptions.mfu,
    goodput: assumptions.goodput,
    usdPerGpuHour: assumptions.usdPerGpuHour,
    gpuHours: hours,
    costUsd: costUsd(hours, assumptions.usdPerGpuHour),
    gpus: assumptions.gpus,
    wallClockSeconds: seconds,
    wallClockDays: seconds === null
      ? null
      : secondsToDays(seconds),
    trainingStateBytes: stateBytes,
    minGpusForMemory: minGpusForMemory(stateBytes, accelerator.memoryBytes),
    memoryBytesPerGpu: accelerator.memoryBytes,
    tdpWatts: tdp,
    energyBasis: system !== null
      ? 'system'
      : tdp !== null
        ? 'board'
        : null,
    energyWattsPerGpu: energyWatts,
    energyKwh: energy,
    co2Kg: energy === null
      ? null
      : co2Kg(energy, assumptions.gridGramsCo2PerKwh),
  }
}

/**
 * `estimateTraining` for a model from data/models.ts, at its published parameters and tokens.
 *
 * @example
 * estimateModel('gpt-3', DEFAULT_ASSUMPTIONS).trainingFlops // 3.15e23
 */
export function estimateModel(id: ModelId, assumptions: Assumptions): TrainingEstimate {
  const model = getModel(id)
  const activeParams = 'activeParams' in model
    ? model.activeParams
    : null
  return estimateTraining({
    model: id,
    params: model.params,
    activeParams,
    tokens: model.tokens,
  }, assumptions)
}

/**
 * Compute-optimal estimates for `points` model sizes spaced evenly in log between `minParams` and
 * `maxParams` (the scaling-wall chart).
 *
 * @example
 * scalingWallSeries({ minParams: 1e9, maxParams: 1e13, points: 5 }, DEFAULT_ASSUMPTIONS).map(e => e.params)
 * // [1e9, 1e10, 1e11, 1e12, 1e13]
 */
export function scalingWallSeries(range: { minParams: number, maxParams: number, points: number }, assumptions: Assumptions): TrainingEstimate[] {
  const { minParams, maxParams, points } = range
  if (points < 2) {
    return [
      estimateTraining({ params: minParams }, assumptions),
    ]
  }
  const ratio = (maxParams / minParams) ** (1 / (points - 1))
  const series: TrainingEstimate[] = []
  for (let i = 0; i < points; i++)
    series.push(estimateTraining({ params: minParams * ratio ** i }, assumptions))
  return series
}
