/**
 * The pipeline: how layers split into stages, and what the schedule makes of the per-layer times.
 *
 * Schedule (Narayanan et al. 2021 §2.2): with v = 1 (1F1B) a step is (m + p − 1) microbatch-times of
 * the slowest stage; interleaved (v > 1) it is (m + (p − 1)/v) when every stage has work queued
 * (m ≥ p) and (p + (p − 1)/v) when m < p: a stage then idles p − m slots of every round, so
 * interleaving stops paying once the pipeline holds fewer microbatches than stages. Sends: one
 * activation forward and one gradient backward per microbatch per chunk.
 */
import type { HardwareRates } from './hardware.ts'
import type { LayerConstants, LayerTimes } from './layer.ts'
import type { ScaleModelInput } from './types.ts'
import { COLLECTIVE_EFFICIENCY } from '../../data/kernel-efficiency.ts'
import { pointToPointBytesPerSecond } from './collectives.ts'
import { expertAllToAll, expertSoftware, moeStageParams } from './experts.ts'

/**
 * Layers on the first, busiest middle, and last pipeline stage: L = q·p + r, the r stages with q + 1
 * layers placed in the middle so the ends (embedding, logits) carry q (Llama 3: "we reduce one
 * Transformer layer each from the first and the last stages").
 *
 * @example
 * stageLayers(126, 16) // { first: 7, middle: 8, last: 7 }
 * stageLayers(128, 64) // { first: 2, middle: 2, last: 2 }
 */
export function stageLayers(layers: number, stages: number): { first: number, middle: number, last: number } {
  if (stages === 1)
    return { first: layers, middle: layers, last: layers }
  const q = Math.floor(layers / stages)
  const r = layers % stages
  if (r === 0)
    return { first: q, middle: q, last: q }
  if (r <= stages - 2)
    return { first: q, middle: q + 1, last: q }
  // r = p − 1: the first stage takes one too (the last keeps the logits).
  return { first: q + 1, middle: q + 1, last: q }
}

/** Layers per stage, as stageLayers returns them. */
export type StageLayers = ReturnType<typeof stageLayers>

/** Where the time of one pipeline's step goes (before data-parallel traffic and the optimizer). */
export interface PipelineTimes {
  /** The slowest stage's time per microbatch (all v chunks of it). */
  stageSeconds: number
  /** Schedule slots × stage time: fill, steady state and drain. */
  pipelineSeconds: number
  /** Matmul and memory-bound kernels of the m microbatches on the slowest stage. */
  computeSeconds: number
  /** Tensor- and context-parallel collectives on the slowest stage, not overlapped. */
  tensorParallelCommSeconds: number
  /** Expert all-to-all on the slowest stage, before overlap. */
  expertCommSeconds: number
  /** The part of it on the critical path. */
  expertExposedSeconds: number
  /** Fill and drain: the schedule's slots beyond m. */
  bubbleSeconds: number
  /** Point-to-point sends on the critical path. */
  pipelineCommSeconds: number
}

/**
 * The pipeline's share of a step: the slowest stage sets the pace, the schedule adds its bubble, and
 * the sends between stages go over NVLink when the whole t × p group fits in one domain.
 *
 * @example
 * pipelineTimes(c, rates, lt, { tensorParallel: 8, pipelineParallel: 8, interleave: 1 }, 64, stageLayers(80, 8), input).bubbleSeconds // 7 stage-times
 */
export function pipelineTimes(c: LayerConstants, rates: HardwareRates, lt: LayerTimes, dims: { tensorParallel: number, pipelineParallel: number, interleave: number, expertParallel?: number }, microbatches: number, stages: StageLayers, input: ScaleModelInput): PipelineTimes {
  const { tensorParallel: t, pipelineParallel: p, interleave: v } = dims
  const m = microbatches
  const layerCompute = lt.matmulSeconds + lt.memoryBoundSeconds
  // A MoE layer's all-to-all (every layer is timed as one: DeepSeek-V3 sizes its leading dense MLPs to
  // the active experts' width, 18,432 = 9 × 2,048); overlapped, only what outlasts the layer's compute shows.
  const expertSeconds = c.moe
    ? expertAllToAll(c.moe, c.dModel, lt.tokens / t, { tensorParallel: t, expertParallel: dims.expertParallel ?? 1 }, rates, input.precision).seconds
    : 0
  const expertExposed = expertSoftware(input).overlap
    ? Math.max(0, expertSeconds - layerCompute)
    : expertSeconds
  const layerSeconds = layerCompute + lt.collectiveSeconds + expertExposed
  const lastSeconds = stages.last * layerSeconds + lt.logitSeconds
  const stageSeconds = Math.max(stages.first * layerSeconds, stages.middle * layerSeconds, lastSeconds)
  const slowestIsLast = stageSeconds === lastSeconds
  const slowestLayers = slowestIsLast
    ? stages.last
    : Math.max(stages.first, stages.middle)
  // DualPipe (DeepSeek-V3 Table 2): a bubble of (p/2 − 1)(F&B + B − 3W) with F&B = F + B (the overlapped
  // pair), B = 2F and W = F: (p/2 − 1)·2F, i.e. (p/2 − 1)·2/3 microbatch-times.
  const slots = input.software?.pipelineSchedule === 'dualpipe'
    ? m + Math.max(0, p / 2 - 1) * 2 / 3
    : v > 1
      ? Math.max(m, p) + (p - 1) / v
      : m + p - 1
  const pipelineSeconds = slots * stageSeconds
  // With the scatter/gather optimisation each of the t ranks sends 1/t of an activation over its own NIC.
  const p2pBytes = lt.tokens * c.dModel * 2 / ((input.software?.scatterGatherP2p ?? true)
    ? t
    : 1)
  const p2pBandwidth = (t * p <= rates.nvlinkDomainGpus
    ? pointToPointBytesPerSecond(rates)
    : rates.interNodeBytesPerSecond) * COLLECTIVE_EFFICIENCY.value
  return {
    stageSeconds,
    pipelineSeconds,
    computeSeconds: m * (slowestLayers * layerCompute + (slowestIsLast ? lt.logitSeconds : 0)),
    tensorParallelCommSeconds: m * slowestLayers * lt.collectiveSeconds,
    expertCommSeconds: m * slowestLayers * expertSeconds,
    expertExposedSeconds: m * slowestLayers * expertExposed,
    bubbleSeconds: pipelineSeconds - m * stageSeconds,
    pipelineCommSeconds: p > 1
      ? 2 * m * v * p2pBytes / p2pBandwidth
      : 0,
  }
}

/**
 * Parameters on the busiest GPU: its stage's layers (the ends also hold the embedding or the output
 * layer), split t ways.
 *
 * @example
 * paramsPerGpu(c, 8, 64, stageLayers(128, 64)) // (2 layers × 12d² + V·d) ÷ 8 for the 1T row
 */
export function paramsPerGpu(c: LayerConstants, tensorParallel: number, pipelineParallel: number, stages: StageLayers, expertParallel = 1): number {
  if (c.moe) {
    const s = moeStageParams({ ...c, moe: c.moe }, tensorParallel, expertParallel, pipelineParallel, stages)
    return Math.max(s.first.replicated + s.first.routed, s.middle.replicated + s.middle.routed, s.last.replicated + s.last.routed)
  }
  const embedding = c.vocab * c.dModel
  const stageParams = pipelineParallel === 1
    ? c.params
    : Math.max(stages.first * c.layerParams + embedding, stages.middle * c.layerParams, stages.last * c.layerParams + embedding)
  return stageParams / tensorParallel
}
