/**
 * The "Not so fast" figures: the talk's wall (a dense 1T model, Megatron-LM's shape and batch) on the
 * chosen accelerator, swept over cluster sizes with the scale model, beside the talk's fixed MFU.
 * One call per figure's data; every number a slide shows of it comes from here.
 */
import type { ScaleRun } from '../../data/scale-runs.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { BatchFloor } from './batch-floor.ts'
import type { BatchKind, RunBatch } from './batch-size.ts'
import type { DataSupply } from './data-supply.ts'
import type { TrainingGoodput } from './failures.ts'
import type { ScaleReport } from './report.ts'
import type { ScaleModelInput, ScaleModelShape } from './types.ts'
import { DEFAULT_ASSUMPTIONS } from '../../data/assumptions.ts'
import { CLUSTER_FABRICS } from '../../data/cluster-fabric.ts'
import { FAILURE_RECORDS } from '../../data/failures.ts'
import { SCALING_WALL_CLAIMS } from '../../data/published-claims.ts'
import { SCALE_RUNS, SCALING_WALL_SCENARIO } from '../../data/scale-runs.ts'
import { PUBLISHED_CLUSTER_POWER } from '../../data/system-power.ts'
import { getAccelerator } from '../facts/lookup.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'
import { achievedFlopsPerGpu, utilizationPeakFlops } from '../formulas/precision.ts'
import { SECONDS_PER_DAY } from '../formulas/time-cost.ts'
import { memoLast } from '../util/memo-last.ts'
import { batchFloor } from './batch-floor.ts'
import { batchInWords, runBatch, TALK_ERA_BATCH_TOKENS } from './batch-size.ts'
import { dataSupply } from './data-supply.ts'
import { fabricLinks, kernelEfficiencyOf } from './hardware.ts'
import { clusterPowerFromSystems, clusterPowerWatts } from './power.ts'
import { publishedMfu } from './published-runs.ts'
import { checkpointedGoodput, scaleReport, scaleReportOptions } from './report.ts'
import { scaleModel } from './scale-model.ts'

/** Cluster sizes of the curves: powers of two from 1,024 to 1,048,576, and the talk's 100k. */
export const NOT_SO_FAST_GPUS: readonly number[] = [
  ...Array.from({ length: 11 }, (_, i) => 1024 * 2 ** i),
  100_000,
].sort((a, b) => a - b)

export interface ClusterPoint {
  gpus: number
  /** Null where no layout of the wall's model fits this cluster (or the accelerator has no kernel data). */
  effectiveMfu: number | null
  bubbleShare: number | null
  exposedCommShare: number | null
  /** Wall-clock of the run without failures, scale model / the talk's fixed MFU. */
  scaleDays: number | null
  /** The scale model's wall clock with failures: ÷ the goodput of the GPUs the layout uses. */
  scaleDaysWithFailures: number | null
  fixedMfuDays: number
  /** Useful ÷ wall time with failures at Llama 3's rate and a Young/Daly checkpoint interval. */
  goodput: number
  /** GPUs the chosen layout uses (the rest cannot be given work). */
  gpusUsed: number | null
}

export interface NotSoFast {
  /** Why the figures may be missing: the accelerator has no kernel efficiency or cluster fabric. */
  unavailable: string | null
  params: number
  tokens: number
  batchSequences: number
  /** The batch the figures use: the one set, or the batch-size law's (with the law's own, and how far it extrapolates). */
  batch: RunBatch
  /** The share of dense peak the matmuls reach alone: where MFU starts before any bubble or communication. */
  kernelEfficiency: number | null
  fixedMfu: number
  points: ClusterPoint[]
  floor: BatchFloor | null
  /**
   * The floor at each batch worth comparing, the one used first: the law's and the talk-era 6.3M
   * (Megatron-LM 2021), each once. Empty where the scale model cannot run.
   */
  floors: { batch: 'used' | 'law' | 'talk era', batchTokens: number, batchSequences: number, words: string, floor: BatchFloor }[]
  /**
   * The chosen cluster at the other batch worth comparing: the talk era's 6.3M when the batch is the
   * law's, else the law's. Null where the scale model cannot run or finds no layout.
   */
  compared: { batch: BatchKind, batchTokens: number, words: string, effectiveMfu: number, wallClockDays: number, costUsd: number } | null
  /** The batch in use, in words: "the batch-size law's 101M tokens". */
  batchWords: string
  /** The scale model at the chosen cluster size (assumptions.gpus, else 100k). */
  atCluster: ScaleReport | null
  clusterGpus: number
  /** Facility power of the cluster: systems × PUE (the scale model), and the old boards × PUE. */
  facilityPowerWatts: number | null
  boardPowerTimesPueWatts: number | null
  /**
   * Published runs on a chip of the chosen one's dense 16-bit peak (A100s for an A100), 16-bit, within the
   * chart's cluster sizes: their MFU (6N convention, ./published-runs.ts) where they ran.
   */
  publishedRuns: { label: string, gpus: number, mfu: number, recompute: ScaleRun['recompute'] }[]
  /**
   * The recomputation the scale model's curve runs with: the published runs beside it may differ
   * (Megatron-LM 2021 and MT-NLG recompute everything, ~1.3× the work), so each says its own.
   */
  recompute: Assumptions['recompute']
  /** Failures of the 1T run on the chosen cluster (all its GPUs): interval, losses, goodput. */
  failures: TrainingGoodput
  /** Published runs that report their effective training time, beside the model's goodput for each. */
  publishedGoodput: { label: string, gpus: number, reportedAtLeast: number, predicted: number }[]
  /** Published power of real clusters, beside the model's systems × PUE for the same GPUs. */
  publishedPower: { label: string, gpus: number, watts: number, modelWatts: number, covers: string }[]
  data: DataSupply
  /** The next wall's size (10T) and the same comparison for it, compute-optimal. */
  nextWallParams: number
  nextWallData: DataSupply
}

/**
 * One dense run as the scale model's input: a model of `shape` on `gpus` GPUs of the assumptions'
 * accelerator, wired as its systems are (data/cluster-fabric.ts), compute-optimal tokens, the
 * assumptions' global batch (null: the batch-size law's for this model, ./batch-size.ts) and
 * recomputation, sequence parallelism. Null where no fabric is known.
 */
export function denseRunInput(assumptions: Pick<Assumptions, 'gpu' | 'precision' | 'tokensPerParam' | 'usdPerGpuHour' | 'batchTokens' | 'recompute'>, shape: ScaleModelShape, gpus: number): ScaleModelInput | null {
  const fabric = CLUSTER_FABRICS.find(f => f.acceleratorId === assumptions.gpu)
  if (!fabric)
    return null
  const trainingTokens = computeOptimalTokens(shape.params, assumptions.tokensPerParam)
  return {
    shape,
    cluster: {
      gpus,
      acceleratorId: assumptions.gpu,
      nvlinkDomainGpus: fabric.nvlinkDomainGpus,
      interNodeBytesPerSecondPerGpu: fabric.interNodeBytesPerSecondPerGpu,
      ...fabricLinks(fabric),
    },
    batchTokens: runBatch(shape, trainingTokens, assumptions.batchTokens).batchTokens,
    precision: assumptions.precision,
    recompute: assumptions.recompute,
    sequenceParallel: true,
    trainingTokens,
    usdPerGpuHour: assumptions.usdPerGpuHour,
  }
}

/**
 * The talk's wall as the scale model's input: a dense 1T model of Megatron-LM's shape on 100k GPUs
 * (`denseRunInput`). Null where no fabric is known.
 *
 * @example
 * scalingWallInput().cluster // { gpus: 100000, acceleratorId: 'a100-80gb', nvlinkDomainGpus: 8, interNodeBytesPerSecondPerGpu: 2.5e10 }
 */
export function scalingWallInput(assumptions: Pick<Assumptions, 'gpu' | 'precision' | 'tokensPerParam' | 'usdPerGpuHour' | 'batchTokens' | 'recompute'> = DEFAULT_ASSUMPTIONS): ScaleModelInput | null {
  return denseRunInput(assumptions, SCALING_WALL_SCENARIO.shape, SCALING_WALL_SCENARIO.gpus)
}

/**
 * Every "Not so fast" figure for one scenario.
 *
 * @example
 * const f = notSoFast(DEFAULT_ASSUMPTIONS) // A100, 45% MFU
 * f.points.find(p => p.gpus === 100_000) // { effectiveMfu: ≈0.12, bubbleShare: ≈0.70, scaleDays: ≈400, fixedMfuDays: ≈100, goodput: ≈0.69 }
 */
export const notSoFast = memoLast(computeNotSoFast)

function computeNotSoFast(assumptions: Assumptions): NotSoFast {
  const { shape } = SCALING_WALL_SCENARIO
  const tokens = computeOptimalTokens(shape.params, assumptions.tokensPerParam)
  const flops = 6 * shape.params * tokens
  const clusterGpus = assumptions.gpus ?? SCALING_WALL_SCENARIO.gpus
  const options = scaleReportOptions(assumptions)
  // Each cluster size's failures once: the curves ask for the same sizes several times.
  const failuresByGpus = new Map<number, TrainingGoodput>()
  const failuresAt = (gpus: number): TrainingGoodput => {
    let f = failuresByGpus.get(gpus)
    if (!f) {
      f = checkpointedGoodput(shape.params, gpus, options)
      failuresByGpus.set(gpus, f)
    }
    return f
  }
  const goodputAt = (gpus: number): number => failuresAt(gpus).goodput
  const fixedDays = (gpus: number): number => flops / (gpus * achievedFlopsPerGpu(assumptions.gpu, assumptions.precision, assumptions.mfu)) / SECONDS_PER_DAY
  const accelerator = getAccelerator(assumptions.gpu)
  const tdp: number | null = accelerator.tdpWatts
  const input = scalingWallInput(assumptions)
  const kernelEfficiency = kernelEfficiencyOf(assumptions.gpu, assumptions.precision)
  // Said to the room: what is not modelled and what is shown instead, never where the data lives.
  const unavailable = input === null
    ? `The scale model has no measured cluster network for ${accelerator.name}: only the talk's fixed MFU is shown`
    : kernelEfficiency === null
      ? `The scale model has no measured kernel efficiency for ${accelerator.name} at ${assumptions.precision}: only the talk's fixed MFU is shown`
      : null
  const points: ClusterPoint[] = NOT_SO_FAST_GPUS.map((gpus) => {
    const result = input && kernelEfficiency !== null
      ? scaleModel({
          ...input,
          cluster: { ...input.cluster, gpus },
        })
      : null
    const ok = result?.ok ? result : null
    return {
      gpus,
      effectiveMfu: ok?.step.effectiveMfu ?? null,
      bubbleShare: ok?.step.bubbleShare ?? null,
      exposedCommShare: ok?.step.exposedCommShare ?? null,
      scaleDays: ok
        ? ok.run.wallClockSeconds / SECONDS_PER_DAY
        : null,
      scaleDaysWithFailures: ok
        ? ok.run.wallClockSeconds / SECONDS_PER_DAY / goodputAt(ok.layout.gpusUsed)
        : null,
      fixedMfuDays: fixedDays(gpus),
      goodput: goodputAt(gpus),
      gpusUsed: ok?.layout.gpusUsed ?? null,
    }
  })
  const report = input && kernelEfficiency !== null
    ? scaleReport({
        ...input,
        cluster: { ...input.cluster, gpus: clusterGpus },
      }, options)
    : null
  const atCluster = report?.ok ? report : null
  const batch = runBatch(shape, tokens, assumptions.batchTokens)
  const floors: NotSoFast['floors'] = []
  if (input && kernelEfficiency !== null) {
    const candidates = [
      { batch: 'used' as const, batchTokens: batch.batchTokens },
      { batch: 'law' as const, batchTokens: batch.lawBatchTokens },
      { batch: 'talk era' as const, batchTokens: TALK_ERA_BATCH_TOKENS },
    ]
    for (const c of candidates) {
      if (floors.some(f => f.batchTokens === c.batchTokens))
        continue
      const floor = batchFloor({
        ...input,
        batchTokens: c.batchTokens,
        cluster: { ...input.cluster, gpus: clusterGpus },
      })
      if (floor) {
        floors.push({
          ...c,
          batchSequences: c.batchTokens / shape.seqLen,
          words: batchInWords(c.batch === 'used'
            ? batch.from
            : c.batch, c.batchTokens),
          floor,
        })
      }
    }
  }
  const comparedBatch: { batch: BatchKind, batchTokens: number } = batch.from === 'law'
    ? { batch: 'talk era', batchTokens: TALK_ERA_BATCH_TOKENS }
    : { batch: 'law', batchTokens: batch.lawBatchTokens }
  const comparedReport = input && kernelEfficiency !== null && comparedBatch.batchTokens !== batch.batchTokens
    ? scaleReport({
        ...input,
        batchTokens: comparedBatch.batchTokens,
        cluster: { ...input.cluster, gpus: clusterGpus },
      }, options)
    : null
  const compared = comparedReport?.ok
    ? {
        ...comparedBatch,
        words: batchInWords(comparedBatch.batch, comparedBatch.batchTokens),
        effectiveMfu: comparedReport.model.step.effectiveMfu,
        wallClockDays: comparedReport.wallClockDays,
        costUsd: comparedReport.costUsd,
      }
    : null
  return {
    unavailable,
    params: shape.params,
    tokens,
    batchSequences: batch.batchSequences,
    batch,
    kernelEfficiency,
    fixedMfu: assumptions.mfu,
    points,
    floor: floors[0]?.floor ?? null,
    floors,
    compared,
    batchWords: batchInWords(batch.from, batch.batchTokens),
    atCluster,
    clusterGpus,
    facilityPowerWatts: atCluster?.power.facilityPowerWatts ?? null,
    boardPowerTimesPueWatts: tdp === null
      ? null
      : clusterPowerWatts({ gpus: clusterGpus, tdpWatts: tdp, pue: assumptions.pue }),
    failures: failuresAt(clusterGpus),
    publishedRuns: SCALE_RUNS.filter(run => (run.precision === 'bf16' || run.precision === 'fp16') && run.gpus >= NOT_SO_FAST_GPUS[0]! && utilizationPeakFlops(run.acceleratorId) === utilizationPeakFlops(assumptions.gpu))
      .map(run => ({
        label: run.label,
        gpus: run.gpus,
        mfu: publishedMfu(run),
        recompute: run.recompute,
      })),
    recompute: assumptions.recompute,
    publishedGoodput: FAILURE_RECORDS.flatMap(r => 'reportedGoodputAtLeast' in r
      ? [
          {
            label: r.label,
            gpus: r.gpus,
            reportedAtLeast: r.reportedGoodputAtLeast,
            predicted: checkpointedGoodput(r.params, r.gpus, options).goodput,
          },
        ]
      : []),
    publishedPower: PUBLISHED_CLUSTER_POWER.map((p) => {
      const model = clusterPowerFromSystems({ gpus: p.gpus, acceleratorId: p.acceleratorId, pue: assumptions.pue })
      return {
        label: p.label,
        gpus: p.gpus,
        watts: p.watts,
        // Critical IT power is before PUE; a grid approval covers the whole facility.
        modelWatts: p.covers === 'critical IT'
          ? model.itPowerWatts
          : model.facilityPowerWatts,
        covers: p.covers,
      }
    }),
    data: dataSupply(tokens),
    nextWallParams: SCALING_WALL_CLAIMS[1].params,
    nextWallData: dataSupply(computeOptimalTokens(SCALING_WALL_CLAIMS[1].params, assumptions.tokensPerParam)),
  }
}
