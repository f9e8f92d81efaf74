/**
 * Engine benchmark (not a test): how long the engine takes to compute every figure the deck shows for
 * one set of assumptions (target < 1 ms), and a sweep of 100,000 configurations (target < 100 ms).
 * Medians of several runs after a warm-up. Printed by `npm run bench:engine`; part of `npm run bench`.
 */
import type { Assumptions, PerGpuMemory, TrainingEstimate } from '../../packages/llm-training-cost/src/engine'
import { performance } from 'node:perf_hooks'
import { ACCELERATORS } from '../../packages/llm-training-cost/src/data/accelerators'
import { MODELS } from '../../packages/llm-training-cost/src/data/models'
import { CHINCHILLA_TABLE_3, MEGATRON_TABLE_1, MEGATRON_TIME_ESTIMATES } from '../../packages/llm-training-cost/src/data/published-claims'
import { DEFAULT_ASSUMPTIONS, estimateModel, estimateTraining, formatDays, formatUsd, getAccelerator, largestComputeOptimalModel, megatronParams, notSoFast, perGpuMemory, roofline, scaleWall, scalingWallRows, scalingWallSeries, supportedPrecisions, transformerLayerFlops, validateAssumptions } from '../../packages/llm-training-cost/src/engine'
import { forgetSearches } from '../../packages/llm-training-cost/src/engine/scale-model/scale-model'
import { median } from './stats'

const RUNS = 101
const WARMUP = 50

/** Keeps results reachable so the JIT cannot drop the work. */
let sink = 0

function time(fn: () => void, runs = RUNS): { medianMs: number, minMs: number } {
  for (let i = 0; i < WARMUP; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
  }
}

/** Everything the deck computes for one set of assumptions. */
function allFigures(raw: Partial<Assumptions>): void {
  const checked = validateAssumptions(raw)
  if (!checked.ok)
    throw new Error('bench assumptions are invalid')
  const a = checked.value
  // Model table and state-of-the-art costs: every model.
  const models: TrainingEstimate[] = MODELS.map(m => estimateModel(m.id, a))
  // SemiAnalysis rows.
  const costs = [
    estimateTraining({ params: 30e9, tokens: 610e9 }, a),
    estimateTraining({ params: 70e9, tokens: 1.4e12 }, a),
  ]
  // Scaling wall: 60 compute-optimal sizes from 1B to 100T, plus the inverted wall.
  const wall = scalingWallSeries({ minParams: 1e9, maxParams: 1e14, points: 60 }, a)
  const inverted = largestComputeOptimalModel({ days: 90, usd: 300e6 }, a)
  // The wall's table at the fixed MFU (the switch's default).
  const wallRows = scalingWallRows(a).rows
  // GPU comparison: every accelerator at every precision it has.
  const gpus = ACCELERATORS.flatMap(acc => supportedPrecisions(acc.id).map(precision => estimateTraining({ params: 1e12 }, { ...a, gpu: acc.id, precision })))
  // Matrix view: GEMMs of one layer of each model with an architecture, and their roofline on the GPU.
  const accelerator = getAccelerator(a.gpu)
  const peaks: Record<string, number | undefined> = accelerator.peakFlopsPerSecond
  const layers = MODELS.flatMap(m => ('architecture' in m && 'seqLen' in m.architecture
    ? [
        transformerLayerFlops({
          dModel: m.architecture.dModel,
          heads: m.architecture.heads,
          headDim: m.architecture.headDim,
          seqLen: m.architecture.seqLen,
        }),
      ]
    : []))
  const rooflines = layers.flatMap(l => l.gemms.map(g => roofline({
    flops: g.flops,
    bytes: g.bytes,
    peakFlopsPerSecond: peaks[a.precision]!,
    memoryBandwidthBytesPerSecond: accelerator.memoryBandwidthBytesPerSecond,
  })))
  // Memory table: every model under ZeRO 0–3 on 64 data-parallel ranks.
  const memory: PerGpuMemory[] = MODELS.flatMap(m => ([0, 1, 2, 3] as const).map(zeroStage => perGpuMemory({ params: m.params, dataParallel: 64, zeroStage })))
  // Published-run comparisons.
  const megatron = MEGATRON_TABLE_1.rows.map(r => megatronParams({
    layers: r.layers,
    hidden: r.hidden,
    vocab: MEGATRON_TABLE_1.vocab,
    seqLen: MEGATRON_TABLE_1.seqLen,
  }))
  const megatronTimes = MEGATRON_TIME_ESTIMATES.map(r => estimateTraining({ params: r.params, tokens: r.tokens }, { ...a, gpus: r.gpus }))
  const chinchilla = CHINCHILLA_TABLE_3.rows.map(r => estimateTraining({ params: r.params }, a))
  // Labels the slides print.
  const labels = [
    ...models,
    ...costs,
    ...wall,
  ].map(e => formatUsd(e.costUsd) + formatDays(e.wallClockDays))
  sink += models.length + costs.length + wall.length + gpus.length + rooflines.length + memory.length + megatron.length
    + megatronTimes.length + chinchilla.length + labels.length + inverted.params + wallRows.length
}

/** 100,000 configurations: sizes × GPUs × MFU × price × cluster sizes. */
function sweep(): number {
  const gpuIds = ACCELERATORS.filter(acc => supportedPrecisions(acc.id).includes('bf16')).map(acc => acc.id)
  let count = 0
  let total = 0
  const base: Assumptions = { ...DEFAULT_ASSUMPTIONS }
  for (let i = 0; count < 100_000; i++) {
    const gpu = gpuIds[i % gpuIds.length]!
    const params = 1e9 * 1.001 ** i
    const assumptions: Assumptions = {
      ...base,
      gpu,
      mfu: 0.3 + (i % 31) / 100,
      usdPerGpuHour: 1 + (i % 7) / 2,
      gpus: 1024 * (1 + (i % 97)),
    }
    total += estimateTraining({ params }, assumptions).costUsd
    count++
  }
  sink += total
  return count
}

export interface EngineFigures {
  engineAllFiguresMs: number
  engineSweep100kMs: number
  sweepConfigurations: number
  /** The scale model's "Not so fast" curves for one scenario (12 cluster sizes, a layout search each). */
  engineScaleCurvesMs: number
  /** The scaling wall with its switch on the scale model: 7 sizes and the 10T claim on 1M GPUs. */
  engineScaleWallMs: number
  /** The same after an edit the layout search does not depend on (the price): its searches kept. */
  engineScaleWallWarmMs: number
}

export function measureEngine(): EngineFigures {
  const figures = time(() => allFigures({ ...DEFAULT_ASSUMPTIONS }))
  let configurations = 0
  const sweepTime = time(() => {
    configurations = sweep()
  }, 11)
  let edit = 0
  // Cold: the scale model's kept searches forgotten before each call, as after an edit the layout
  // depends on (the GPU, the batch, the cluster). Warm: an edit it does not depend on (the MFU, the price).
  const scale = time(() => {
    forgetSearches()
    sink += notSoFast({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 + (edit++ % 30) / 100 }).points.length
  })
  const wall = time(() => {
    forgetSearches()
    sink += scaleWall({ ...DEFAULT_ASSUMPTIONS, scaleModel: true, mfu: 0.3 + (edit++ % 30) / 100 }).points.length
  })
  const wallWarm = time(() => {
    sink += scaleWall({ ...DEFAULT_ASSUMPTIONS, scaleModel: true, usdPerGpuHour: 1 + (edit++ % 30) / 10 }).points.length
  })
  if (!Number.isFinite(sink))
    throw new Error('engine benchmark produced a non-finite result')
  return {
    engineAllFiguresMs: figures.medianMs,
    engineSweep100kMs: sweepTime.medianMs,
    sweepConfigurations: configurations,
    engineScaleCurvesMs: scale.medianMs,
    engineScaleWallMs: wall.medianMs,
    engineScaleWallWarmMs: wallWarm.medianMs,
  }
}
