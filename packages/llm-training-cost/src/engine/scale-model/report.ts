/**
 * One scenario end to end: the scale model's step and run, then failures (goodput), power and energy,
 * and data supply: what the command line's --scale-model JSON and the "Not so fast" slides show.
 */
import type { Assumptions } from '../assumptions/validation.ts'
import type { ZeroStage } from '../formulas/memory.ts'
import type { DataSupply } from './data-supply.ts'
import type { TrainingGoodput } from './failures.ts'
import type { ClusterPower, RunEnergy } from './power.ts'
import type { ScaleModelError, ScaleModelInput, ScaleModelOutcome, ScaleModelResult } from './types.ts'
import { DEFAULTS } from '../../data/assumptions.ts'
import { CHECKPOINT_INPUTS, DEFAULT_FAILURE_RECORD } from '../../data/failures.ts'
import { SECONDS_PER_DAY } from '../formulas/time-cost.ts'
import { dataSupply } from './data-supply.ts'
import { interruptionsPerGpuHour, trainingGoodput } from './failures.ts'
import { clusterPowerFromSystems, runEnergy } from './power.ts'
import { scaleModel } from './scale-model.ts'

/** Failure, checkpoint and power settings; each defaults to its sourced value in data/. */
export interface ScaleReportOptions {
  interruptionsPerGpuHour?: number
  checkpointBytesPerParam?: number
  storageWriteBytesPerSecond?: number
  restartMinutes?: number
  pue?: number
  gridGramsCo2PerKwh?: number
}

/** The assumptions the report reads beyond the scale model's input. */
export type ReportAssumptions = Pick<Assumptions, 'pue' | 'gridGramsCo2PerKwh' | 'storageWriteTbPerSecond' | 'restartMinutes'>

/**
 * The report's settings from the assumptions (storage in TB/s → bytes/s); the failure rate and the
 * checkpoint's bytes per parameter stay at their sourced values.
 *
 * @example
 * scaleReportOptions(DEFAULT_ASSUMPTIONS) // { pue: 1.1, gridGramsCo2PerKwh: 429, storageWriteBytesPerSecond: 2e12, restartMinutes: 10 }
 */
export function scaleReportOptions(a: ReportAssumptions): ScaleReportOptions {
  return {
    pue: a.pue,
    gridGramsCo2PerKwh: a.gridGramsCo2PerKwh,
    storageWriteBytesPerSecond: a.storageWriteTbPerSecond * 1e12,
    restartMinutes: a.restartMinutes,
  }
}

/**
 * Goodput of a run of `params` parameters on `gpus` GPUs: Llama 3's failure rate (unless given), a
 * checkpoint of the state's bytes written at the storage bandwidth, the restart time, and the
 * checkpoint interval that maximises goodput.
 *
 * @example
 * checkpointedGoodput(1e12, 16_384).goodput // ≈ 0.9
 */
export function checkpointedGoodput(params: number, gpus: number, options: ScaleReportOptions = {}): TrainingGoodput {
  return trainingGoodput({
    gpus,
    interruptionsPerGpuHour: options.interruptionsPerGpuHour ?? interruptionsPerGpuHour({
      interruptions: DEFAULT_FAILURE_RECORD.unexpectedInterruptions,
      gpus: DEFAULT_FAILURE_RECORD.gpus,
      days: DEFAULT_FAILURE_RECORD.days,
    }),
    checkpointBytes: params * (options.checkpointBytesPerParam ?? CHECKPOINT_INPUTS.checkpointBytesPerParam.value),
    storageWriteBytesPerSecond: options.storageWriteBytesPerSecond ?? DEFAULTS.storageWriteTbPerSecond.value * 1e12,
    restartSeconds: 60 * (options.restartMinutes ?? DEFAULTS.restartMinutes.value),
  })
}

export interface ScaleReport {
  ok: true
  model: ScaleModelResult
  failures: TrainingGoodput
  /** Wall-clock of the run with failures: step-time days ÷ goodput. */
  wallClockDays: number
  gpuHours: number
  costUsd: number
  power: ClusterPower
  energy: RunEnergy
  data: DataSupply
}

/**
 * The scale model plus goodput, power, energy and data for one scenario. Power counts the GPUs the
 * layout uses; the run's wall clock includes failures at the chosen checkpoint interval.
 *
 * @example
 * const r = scaleReport({ ...wallInput, cluster: { ...wallInput.cluster, gpus: 100_000 } })
 * // r.ok && { wallClockDays: ≈ 580, failures.goodput: ≈ 0.69, power.facilityPowerWatts: ≈ 8.8e7, data.timesLargestPublished: 0.56 }
 */
export function scaleReport(input: ScaleModelInput, options: ScaleReportOptions = {}): ScaleReport | ScaleModelError {
  return reportOfModel(input, scaleModel(input), options)
}

/**
 * The report of a scale-model outcome already computed for `input` (a caller that searched the layout
 * once, to decide on the batch, does not search it again).
 */
export function reportOfModel(input: ScaleModelInput, model: ScaleModelOutcome, options: ScaleReportOptions = {}): ScaleReport | ScaleModelError {
  if (!model.ok)
    return model
  const gpus = model.layout.gpusUsed
  const failures = checkpointedGoodput(input.shape.params, gpus, options)
  const wallClockSeconds = model.run.wallClockSeconds / failures.goodput
  const gpuHours = model.run.gpuHours / failures.goodput
  const power = clusterPowerFromSystems({
    gpus,
    acceleratorId: input.cluster.acceleratorId,
    pue: options.pue ?? DEFAULTS.pue.value,
    ...(input.cluster.systemWattsPerGpu !== undefined
      ? { itWattsPerGpu: input.cluster.systemWattsPerGpu }
      : {}),
  })
  const energy = runEnergy({ facilityPowerWatts: power.facilityPowerWatts, wallClockSeconds, gridGramsCo2PerKwh: options.gridGramsCo2PerKwh ?? DEFAULTS.gridGramsCo2PerKwh.value })
  return {
    ok: true,
    model,
    failures,
    wallClockDays: wallClockSeconds / SECONDS_PER_DAY,
    gpuHours,
    costUsd: gpuHours * (input.usdPerGpuHour ?? 0),
    power,
    energy,
    data: dataSupply(input.trainingTokens ?? 0),
  }
}

/** The flat figures the command line's `--json` adds for the scale model (issue 12, part 8). */
export interface ScaleReportSummary {
  layout: {
    tensorParallel: number
    pipelineParallel: number
    dataParallel: number
    interleave: number
    microbatchSequences: number
    microbatchesPerPipeline: number
    contextParallel: number
    /** Expert-parallel ways (1 for a dense model). */
    expertParallel: number
  }
  /** What the data-parallel group shards (0–3): given, or the least that fits. */
  zeroStage: ZeroStage
  /** Context-parallel ways (1: the sequence is not split). */
  contextParallel: number
  /** Parameters a token uses (the shape's, for a mixture of experts). */
  activeParams: number
  stepSeconds: number
  /** Model FLOP/s per GPU, in TFLOP/s. */
  tflopsPerGpu: number
  effectiveMfu: number
  bubbleShare: number
  exposedCommShare: number
  goodput: number
  checkpointIntervalMinutes: number
  itPowerWatts: number
  facilityPowerWatts: number
  /** With failures (÷ goodput). */
  wallClockDays: number
}

/**
 * The summary figures of a scale report, in the units and names the command line prints.
 *
 * @example
 * scaleReportSummary(report).layout // { tensorParallel: 8, pipelineParallel: 16, dataParallel: 768, interleave: 8, microbatchSequences: 1, microbatchesPerPipeline: 4, contextParallel: 1 }
 */
export function scaleReportSummary(report: ScaleReport): ScaleReportSummary {
  const { layout, step } = report.model
  return {
    layout: {
      tensorParallel: layout.tensorParallel,
      pipelineParallel: layout.pipelineParallel,
      dataParallel: layout.dataParallel,
      interleave: layout.interleave,
      microbatchSequences: layout.microbatchSequences,
      microbatchesPerPipeline: layout.microbatchesPerPipeline,
      contextParallel: layout.contextParallel,
      expertParallel: layout.expertParallel ?? 1,
    },
    zeroStage: layout.zeroStage,
    contextParallel: layout.contextParallel,
    activeParams: report.model.activeParams,
    stepSeconds: step.stepSeconds,
    tflopsPerGpu: step.modelFlopsPerSecondPerGpu / 1e12,
    effectiveMfu: step.effectiveMfu,
    bubbleShare: step.bubbleShare,
    exposedCommShare: step.exposedCommShare,
    goodput: report.failures.goodput,
    checkpointIntervalMinutes: report.failures.checkpointIntervalSeconds / 60,
    itPowerWatts: report.power.itPowerWatts,
    facilityPowerWatts: report.power.facilityPowerWatts,
    wallClockDays: report.wallClockDays,
  }
}
