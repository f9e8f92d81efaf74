/**
 * scaleModel: one training run on a cluster, in one pass: the input checked (./input-check), the
 * hardware resolved (./hardware), the layer's shape constants (./layer), the layout searched or taken
 * as given (./layout-search), its step (./step), and the run it gives (steps, days, GPU-hours, cost).
 * Failures, power and data are the report's (./report).
 */
import type { ScaleModelError, ScaleModelInput, ScaleModelOutcome, ScaleModelResult } from './types.ts'
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../formulas/time-cost.ts'
import { moeStageParams } from './experts.ts'
import { hardwareRates } from './hardware.ts'
import { checkInput, refuse } from './input-check.ts'
import { layerConstants } from './layer.ts'
import { searchLayout } from './layout-search.ts'
import { stageLayers } from './pipeline.ts'
import { stepForLayout } from './step.ts'

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

/** Searches kept, oldest dropped first: a deck's figures for a few scenarios (the wall: about ten runs each). */
const SEARCHED_KEPT = 256
const SEARCHED = new Map<string, Omit<ScaleModelResult, 'run'> | ScaleModelError>()

/** Forgets every kept search: for a benchmark of the search itself (cold), never needed for correctness. */
export function forgetSearches(): void {
  SEARCHED.clear()
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
  // The layout search and its step depend on all but the run's length and price: an edit of those
  // (price, tokens per parameter at a fixed batch) or a figure asking again reuses the search.
  const key = JSON.stringify([
    input.shape,
    input.cluster,
    input.batchTokens,
    input.precision,
    input.recompute,
    input.sequenceParallel,
    input.layout,
    input.software,
    input.kernelEfficiency,
    input.attentionEfficiency,
  ])
  let searched = SEARCHED.get(key)
  if (searched === undefined) {
    searched = searchRun(input)
    if (SEARCHED.size >= SEARCHED_KEPT)
      SEARCHED.delete(SEARCHED.keys().next().value!)
    SEARCHED.set(key, searched)
  }
  if (!searched.ok)
    return searched
  return {
    ...searched,
    run: runTotals(input, searched.step.stepSeconds, searched.layout.gpusUsed),
  }
}

/** The layout search and the step of the chosen layout, for an input already checked. */
function searchRun(input: ScaleModelInput): Omit<ScaleModelResult, 'run'> | ScaleModelError {
  const rates = hardwareRates(input)
  if ('ok' in rates)
    return rates
  const c = layerConstants(input.shape)
  const { best, smallest, smallestBytes, exact, evaluated, timesFor } = searchLayout(c, rates, input)
  const given = input.layout ?? {}
  const G = input.cluster.gpus
  const sequences = input.batchTokens / c.seqLen
  if (!best) {
    if (!smallest)
      return refuse('layout', `no layout splits the batch of ${sequences} sequences over ${G} GPUs`)
    const gb = (x: number): string => (x / 1e9).toFixed(1)
    const l = smallest
    const what = exact && given.interleave !== undefined && given.microbatchSequences !== undefined
      ? 'the layout does not fit in memory'
      : 'no layout fits in memory'
    if (c.moe) {
      // A mixture of experts: say how much of it is the routed experts' weights and state, and name EP.
      const ep = l.expertParallel ?? 1
      const stages = stageLayers(c.layers, l.pipelineParallel)
      const split = moeStageParams({ ...c, moe: c.moe }, l.tensorParallel, ep, l.pipelineParallel, stages)
      const routed = Math.max(split.first.routed, split.middle.routed, split.last.routed)
      const zero = l.zeroStage
      // As ./stage-memory.ts holds them: weights, gradients and Adam state, each sharded over the ranks
      // holding the same experts from the ZeRO stage that shards it.
      const expertRanks = l.dataParallel * l.contextParallel / ep
      const shardedFrom = (stage: number): number => zero >= stage
        ? expertRanks
        : 1
      const expertBytes = routed * (2 / shardedFrom(3) + 2 / shardedFrom(2) + 12 / shardedFrom(1))
      const activationBytes = stepForLayout(c, rates, timesFor(l.tensorParallel, l.microbatchSequences), l, input).memory.activationBytes
      const hint = expertBytes >= activationBytes
        ? 'more expert parallel or more pipeline stages'
        : 'recompute \'full\' or more pipeline stages'
      return refuse(given.expertParallel !== undefined
        ? 'expertParallel'
        : 'layout', `${what}: ${exact ? '' : 'the smallest, '}t ${l.tensorParallel}, p ${l.pipelineParallel}, ep ${ep}, d ${l.dataParallel}, b ${l.microbatchSequences}${zero === 1
        ? ''
        : `, ZeRO-${zero}`}, needs ${gb(smallestBytes)} GB per GPU of ${gb(rates.memoryBytes)} GB: the routed experts' weights, gradients and optimizer state ${gb(expertBytes)} GB, activations ${gb(activationBytes)} GB (try ${hint})`)
    }
    return refuse('layout', `${what}: ${exact ? '' : 'the smallest, '}t ${l.tensorParallel}, p ${l.pipelineParallel}, d ${l.dataParallel}, b ${l.microbatchSequences}, v ${l.interleave}${l.zeroStage === 1
      ? ''
      : `, ZeRO-${l.zeroStage}`}, needs ${gb(smallestBytes)} GB per GPU of ${gb(rates.memoryBytes)} GB (try recompute 'full', sequence parallel, ${l.zeroStage === 3
      ? ''
      : 'ZeRO-3, '}or more pipeline stages)`)
  }
  const chosen = stepForLayout(c, rates, timesFor(best.tensorParallel, best.microbatchSequences), best, input)
  return {
    ok: true,
    layout: chosen.layout,
    memory: chosen.memory,
    step: chosen.step,
    activeParams: c.activeParams,
    kernelEfficiency: rates.kernelEfficiency,
    peakFlopsPerSecond: rates.peakFlopsPerSecond,
    layoutsEvaluated: evaluated,
  }
}
