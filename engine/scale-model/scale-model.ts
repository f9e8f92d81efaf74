/**
 * scaleModel: the layout (given, partly given, or searched) and the step and run it gives.
 */
import type { HardwareRates, LayerConstants, LayerTimes, StepDims } from './step'
import type { ScaleModelError, ScaleModelField, ScaleModelInput, ScaleModelOutcome, ScaleModelResult } from './types'
import { ACCELERATORS } from '../../data/accelerators'
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../formulas/time-cost'
import { attentionEfficiencyOf, kernelEfficiencyOf } from './kernel'
import { emptyStepCore, layerConstants, layerTimes, stageLayers, stepCore, stepForLayout } from './step'

function refuse(field: ScaleModelField, message: string): ScaleModelError {
  return { ok: false, field, message }
}

function isPositiveInteger(x: number | undefined): boolean {
  return x !== undefined && Number.isInteger(x) && x >= 1
}

/** Divisors of n in ascending order. */
function divisors(n: number): number[] {
  const small: number[] = []
  const large: number[] = []
  for (let i = 1; i * i <= n; i++) {
    if (n % i === 0) {
      small.push(i)
      if (i * i !== n)
        large.push(n / i)
    }
  }
  return small.concat(large.reverse())
}

/** Hardware rates of the cluster, or a refusal naming the field. */
function hardwareRates(input: ScaleModelInput): HardwareRates | ScaleModelError {
  const accelerator = ACCELERATORS.find(a => a.id === input.cluster.acceleratorId)
  if (!accelerator)
    return refuse('acceleratorId', `unknown accelerator ${JSON.stringify(input.cluster.acceleratorId)}`)
  const peaks: Partial<Record<string, number>> = accelerator.peakFlopsPerSecond
  const peak = peaks[input.precision]
  if (peak === undefined)
    return refuse('precision', `${accelerator.id} has no ${input.precision} peak`)
  const kernelEfficiency = input.kernelEfficiency ?? kernelEfficiencyOf(accelerator.id, input.precision)
  if (input.kernelEfficiency !== undefined && !(input.kernelEfficiency > 0 && input.kernelEfficiency <= 1))
    return refuse('kernelEfficiency', `kernelEfficiency must be in (0, 1] (got ${input.kernelEfficiency})`)
  if (kernelEfficiency === null || !(kernelEfficiency > 0 && kernelEfficiency <= 1))
    return refuse('acceleratorId', `no kernel efficiency for ${accelerator.id} at ${input.precision} in data/kernel-efficiency.ts (pass kernelEfficiency to assume one)`)
  const nvlink = input.cluster.nvlinkBytesPerSecondPerGpu
    ?? (accelerator.interconnectBandwidthBytesPerSecond !== null
      ? accelerator.interconnectBandwidthBytesPerSecond / 2
      : input.cluster.interNodeBytesPerSecondPerGpu)
  // FP8 runs keep attention and the output layer in 16-bit, at the 16-bit peak and its efficiency.
  let highPrecisionFlopsPerSecond = peak * kernelEfficiency
  if (input.precision === 'fp8') {
    const bf16 = peaks.bf16
    const bf16Efficiency = kernelEfficiencyOf(accelerator.id, 'bf16')
    if (bf16 === undefined || bf16Efficiency === null)
      return refuse('precision', `an FP8 run keeps attention in BF16, and ${accelerator.id} has no BF16 kernel efficiency`)
    highPrecisionFlopsPerSecond = bf16 * bf16Efficiency
  }
  // Attention kernels run in 16-bit at their own efficiency (below the GEMMs': softmax, masking and
  // the small head dimension keep them off the tensor-core peak).
  const sixteenBitPeak = peaks.bf16 ?? peaks.fp16 ?? peak
  const attentionEfficiency = input.attentionEfficiency ?? attentionEfficiencyOf(accelerator.id)
  const attentionFlopsPerSecond = attentionEfficiency !== null
    ? sixteenBitPeak * attentionEfficiency
    : highPrecisionFlopsPerSecond
  return {
    peakFlopsPerSecond: peak,
    kernelEfficiency,
    highPrecisionFlopsPerSecond,
    attentionFlopsPerSecond,
    hbmBytesPerSecond: accelerator.memoryBandwidthBytesPerSecond,
    memoryBytes: accelerator.memoryBytes,
    nvlinkBytesPerSecond: nvlink,
    interNodeBytesPerSecond: input.cluster.interNodeBytesPerSecondPerGpu,
    nvlinkDomainGpus: input.cluster.nvlinkDomainGpus,
  }
}

/**
 * The hardware rates of a scenario's cluster (peak, kernel efficiency, HBM, links), or null if the
 * accelerator, precision or kernel efficiency is missing.
 *
 * @example
 * hardwareRatesOf(wallInput)?.kernelEfficiency // 0.621 (A100 BF16)
 */
export function hardwareRatesOf(input: ScaleModelInput): HardwareRates | null {
  const r = hardwareRates(input)
  return 'ok' in r
    ? null
    : r
}

function checkInput(input: ScaleModelInput): ScaleModelError | null {
  const { shape, cluster, layout } = input
  if (!isPositiveInteger(cluster.gpus))
    return refuse('gpus', `gpus must be a whole number ≥ 1 (got ${cluster.gpus})`)
  if (!isPositiveInteger(cluster.nvlinkDomainGpus))
    return refuse('nvlinkDomainGpus', `nvlinkDomainGpus must be a whole number ≥ 1 (got ${cluster.nvlinkDomainGpus})`)
  if (!(cluster.interNodeBytesPerSecondPerGpu > 0) || !Number.isFinite(cluster.interNodeBytesPerSecondPerGpu))
    return refuse('interNodeBytesPerSecondPerGpu', `interNodeBytesPerSecondPerGpu must be > 0 (got ${cluster.interNodeBytesPerSecondPerGpu})`)
  if (input.trainingTokens !== undefined && !(input.trainingTokens >= 0 && Number.isFinite(input.trainingTokens)))
    return refuse('trainingTokens', `trainingTokens must be ≥ 0 (got ${input.trainingTokens})`)
  if (input.usdPerGpuHour !== undefined && !(input.usdPerGpuHour >= 0 && Number.isFinite(input.usdPerGpuHour)))
    return refuse('usdPerGpuHour', `usdPerGpuHour must be ≥ 0 (got ${input.usdPerGpuHour})`)
  if (!isPositiveInteger(shape.seqLen))
    return refuse('seqLen', `seqLen must be a whole number ≥ 1 (got ${shape.seqLen})`)
  for (const key of ['layers', 'dModel', 'heads', 'vocab'] as const) {
    if (!isPositiveInteger(shape[key]))
      return refuse('shape', `shape.${key} must be a whole number ≥ 1 (got ${shape[key]})`)
  }
  if (!(shape.params > 0))
    return refuse('shape', `shape.params must be > 0 (got ${shape.params})`)
  if (!(input.batchTokens > 0) || !Number.isInteger(input.batchTokens / shape.seqLen))
    return refuse('batchTokens', `batchTokens (${input.batchTokens}) must be a whole number of sequences of ${shape.seqLen} tokens`)
  if (!layout)
    return null
  for (const key of [
    'tensorParallel',
    'pipelineParallel',
    'interleave',
    'microbatchSequences',
    'contextParallel',
  ] as const) {
    if (layout[key] !== undefined && !isPositiveInteger(layout[key]))
      return refuse(key, `${key} must be a whole number ≥ 1 (got ${layout[key]})`)
  }
  if (layout.tensorParallel !== undefined && shape.heads % layout.tensorParallel !== 0)
    return refuse('tensorParallel', `tensorParallel ${layout.tensorParallel} does not divide the ${shape.heads} attention heads`)
  if (layout.pipelineParallel !== undefined && layout.pipelineParallel > shape.layers)
    return refuse('pipelineParallel', `pipelineParallel ${layout.pipelineParallel} exceeds the ${shape.layers} layers`)
  if (layout.contextParallel !== undefined && shape.seqLen % layout.contextParallel !== 0)
    return refuse('contextParallel', `contextParallel ${layout.contextParallel} does not divide the sequence length ${shape.seqLen}`)
  const sequences = input.batchTokens / shape.seqLen
  if (layout.microbatchSequences !== undefined && sequences % layout.microbatchSequences !== 0)
    return refuse('microbatchSequences', `microbatchSequences ${layout.microbatchSequences} does not divide the batch of ${sequences} sequences`)
  const t = layout.tensorParallel
  const p = layout.pipelineParallel
  const cp = layout.contextParallel ?? 1
  if (t !== undefined && p !== undefined && cluster.gpus % (t * p * cp) !== 0) {
    return refuse('gpus', `tensorParallel × pipelineParallel${cp > 1
      ? ' × contextParallel'
      : ''} = ${t * p * cp} does not divide the ${cluster.gpus} GPUs`)
  }
  if (t !== undefined && p !== undefined) {
    const d = cluster.gpus / (t * p * cp)
    const b = layout.microbatchSequences ?? 1
    if (sequences % (d * b) !== 0) {
      return refuse(layout.microbatchSequences !== undefined
        ? 'microbatchSequences'
        : 'batchTokens', `the batch of ${sequences} sequences does not split into ${d} data-parallel replicas × ${b}-sequence microbatches`)
    }
    if (layout.interleave !== undefined && layout.interleave > 1 && layout.interleave > Math.floor(shape.layers / p))
      return refuse('interleave', `interleave ${layout.interleave} exceeds the ${Math.floor(shape.layers / p)} layers on a pipeline stage`)
  }
  return null
}

/** Run totals at a step time. */
function runTotals(input: ScaleModelInput, stepSeconds: number, gpusUsed: number): ScaleModelResult['run'] {
  const tokens = input.trainingTokens ?? 0
  const steps = Math.ceil(tokens / input.batchTokens)
  const wallClockSeconds = steps * stepSeconds
  const gpuHours = wallClockSeconds * gpusUsed / SECONDS_PER_HOUR
  return {
    steps,
    wallClockSeconds,
    wallClockDays: wallClockSeconds / SECONDS_PER_DAY,
    gpuHours,
    costUsd: gpuHours * (input.usdPerGpuHour ?? 0),
  }
}

/**
 * The scale model of one training run. Given a full layout it uses it; given part of one (say t and p)
 * it searches the rest; given none it searches tensor parallel (powers of two inside the NVLink domain
 * that divide the heads), pipeline stages, microbatch size (1, 2, 4, 8 sequences) and interleaving,
 * with the most data-parallel replicas the GPUs and the batch allow, keeps the layouts that fit in
 * memory and returns the fastest. Bad input is returned as `{ ok: false, field, message }`, never thrown.
 *
 * @example
 * const r = scaleModel({
 *   shape: { params: 1.008e12, layers: 128, dModel: 25600, heads: 160, vocab: 51200, seqLen: 2048 },
 *   cluster: { gpus: 3072, acceleratorId: 'a100-80gb', nvlinkDomainGpus: 8, interNodeBytesPerSecondPerGpu: 25e9 },
 *   batchTokens: 3072 * 2048, precision: 'bf16', recompute: 'full', sequenceParallel: false,
 *   layout: { tensorParallel: 8, pipelineParallel: 64 },
 * })
 * // r.ok && r.layout: { tensorParallel: 8, pipelineParallel: 64, dataParallel: 6, microbatchesPerPipeline: 512, … }
 * // r.step.stepSeconds ≈ 106 s (Megatron-LM Table 1: 102.6 s)
 */
export function scaleModel(input: ScaleModelInput): ScaleModelOutcome {
  const bad = checkInput(input)
  if (bad)
    return bad
  const rates = hardwareRates(input)
  if ('ok' in rates)
    return rates
  const c = layerConstants(input.shape)
  const given = input.layout ?? {}
  const G = input.cluster.gpus
  const sequences = input.batchTokens / c.seqLen
  const cp = given.contextParallel ?? 1
  const kvHeads = input.shape.kvHeads ?? input.shape.heads

  const tensorOptions = given.tensorParallel !== undefined
    ? [given.tensorParallel]
    : [1, 2, 4, 8, 16, 32, 64, 128].filter(t => t <= input.cluster.nvlinkDomainGpus && c.heads % t === 0 && (kvHeads % t === 0 || t % kvHeads === 0))
  let pipelineOptions: number[]
  if (given.pipelineParallel !== undefined) {
    pipelineOptions = [given.pipelineParallel]
  }
  else {
    // The fewest stages for each layers-per-stage count: more stages at the same count only add bubble.
    const set = new Set<number>()
    for (let k = 1; k <= c.layers; k++)
      set.add(Math.ceil(c.layers / k))
    pipelineOptions = [...set].sort((a, b) => a - b)
  }
  const microbatchOptions = given.microbatchSequences !== undefined
    ? [given.microbatchSequences]
    : [1, 2, 4, 8].filter(b => sequences % b === 0)
  const sequenceDivisors = divisors(sequences)

  let best: StepDims | null = null
  let bestSeconds = Number.POSITIVE_INFINITY
  let bestGpus = 0
  let smallest: StepDims | null = null
  let smallestBytes = Number.POSITIVE_INFINITY
  let evaluated = 0
  const scratch = emptyStepCore()
  const cache = new Map<number, LayerTimes>()
  const timesFor = (t: number, b: number): LayerTimes => {
    const key = t * 4096 + b
    let lt = cache.get(key)
    if (!lt) {
      lt = layerTimes(c, rates, { tensorParallel: t, contextParallel: cp, microbatchSequences: b }, input)
      cache.set(key, lt)
    }
    return lt
  }
  const exact = given.tensorParallel !== undefined && given.pipelineParallel !== undefined

  for (const t of tensorOptions) {
    for (const p of pipelineOptions) {
      const modelParallel = t * p * cp
      if (modelParallel > G)
        continue
      const maxReplicas = exact
        ? G / modelParallel
        : Math.floor(G / modelParallel)
      const perStage = Math.floor(c.layers / p)
      const stages = stageLayers(c.layers, p)
      // Interleaving depths: 1, powers of two and the deepest the stage allows (one layer per chunk);
      // the step is convex in v (bubble ∝ 1/v, sends ∝ v), so these bracket the best.
      const interleaveOptions = given.interleave !== undefined
        ? [given.interleave]
        : p === 1
          ? [1]
          : [
              ...new Set([1, 2, 3, 4, 6, 8, 12, 16, perStage]),
            ].filter(v => v <= perStage)
      for (const b of microbatchOptions) {
        // The most replicas that divide the batch into whole microbatches.
        let d = 0
        if (exact) {
          d = (sequences / b) % maxReplicas === 0
            ? maxReplicas
            : 0
        }
        else {
          for (let i = sequenceDivisors.length - 1; i >= 0; i--) {
            const x = sequenceDivisors[i]!
            if (x <= maxReplicas && (sequences / b) % x === 0) {
              d = x
              break
            }
          }
        }
        if (d === 0)
          continue
        const lt = timesFor(t, b)
        // For v ≥ 2 the step is convex in v (slots fall as 1/v, sends grow as v) and memory only
        // shrinks as v grows, so once a fitting layout is slower than the previous fitting one, stop.
        let previousFitSeconds = Number.POSITIVE_INFINITY
        for (const v of interleaveOptions) {
          const dims: StepDims = {
            tensorParallel: t,
            pipelineParallel: p,
            dataParallel: d,
            contextParallel: cp,
            interleave: v,
            microbatchSequences: b,
          }
          const k = stepCore(c, rates, lt, dims, input, scratch, stages)
          evaluated++
          if (k.totalBytes < smallestBytes) {
            smallestBytes = k.totalBytes
            smallest = dims
          }
          // No interleaving depth beats m microbatch-times of the slowest stage: if that already loses, stop.
          if (k.m * k.stageSeconds >= bestSeconds)
            break
          if (k.totalBytes > rates.memoryBytes)
            continue
          if (v >= 2) {
            if (k.stepSeconds > previousFitSeconds)
              break
            previousFitSeconds = k.stepSeconds
          }
          const gpus = t * p * cp * d
          if (k.stepSeconds < bestSeconds * (1 - 1e-12) || (k.stepSeconds <= bestSeconds * (1 + 1e-12) && gpus < bestGpus)) {
            best = dims
            bestSeconds = k.stepSeconds
            bestGpus = gpus
          }
        }
      }
    }
  }
  if (!best) {
    if (!smallest)
      return refuse('layout', `no layout splits the batch of ${sequences} sequences over ${G} GPUs`)
    const gb = (x: number): string => (x / 1e9).toFixed(1)
    const l = smallest
    const what = exact && given.interleave !== undefined && given.microbatchSequences !== undefined
      ? 'the layout does not fit in memory'
      : 'no layout fits in memory'
    return refuse('layout', `${what}: ${exact ? '' : 'the smallest, '}t ${l.tensorParallel}, p ${l.pipelineParallel}, d ${l.dataParallel}, b ${l.microbatchSequences}, v ${l.interleave}, needs ${gb(smallestBytes)} GB per GPU of ${gb(rates.memoryBytes)} GB (try recompute 'full', sequence parallel, or more pipeline stages)`)
  }
  const chosen = stepForLayout(c, rates, timesFor(best.tensorParallel, best.microbatchSequences), best, input)
  return {
    ok: true,
    layout: chosen.layout,
    memory: chosen.memory,
    step: chosen.step,
    run: runTotals(input, chosen.step.stepSeconds, chosen.layout.gpusUsed),
    kernelEfficiency: rates.kernelEfficiency,
    peakFlopsPerSecond: rates.peakFlopsPerSecond,
    layoutsEvaluated: evaluated,
  }
}

/** Re-exported for tests that check the stage split. */
export { stageLayers }
export type { LayerConstants }
