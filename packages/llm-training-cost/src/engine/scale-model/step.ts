import type { DataParallelTimes } from './data-parallel.ts'
/**
 * One optimizer step of a resolved layout, composed from its parts in the order the time is spent:
 * the layer's per-microbatch times (./layer), the pipeline's schedule over the slowest stage
 * (./pipeline), the data-parallel reduction and the optimizer (./data-parallel), and the memory the
 * layout needs on its busiest GPU (./stage-memory).
 */
import type { HardwareRates } from './hardware.ts'
import type { LayerConstants, LayerTimes } from './layer.ts'
import type { PipelineTimes, StageLayers } from './pipeline.ts'
import type { StageMemory } from './stage-memory.ts'
import type { ScaleLayout, ScaleMemory, ScaleModelInput, ScaleStep, StepDims } from './types.ts'
import { dataParallelTimes } from './data-parallel.ts'
import { expertGradientSeconds, moeStageParams } from './experts.ts'
import { paramsPerGpu, pipelineTimes, stageLayers } from './pipeline.ts'
import { stageMemory } from './stage-memory.ts'

/** The numbers of one layout's step, before they are dressed as a result. */
export interface StepCore extends Omit<PipelineTimes, 'pipelineSeconds'>, DataParallelTimes, StageMemory {
  /** Microbatches per pipeline per step. */
  m: number
  stepSeconds: number
}

/**
 * Step seconds and memory of one resolved layout: pipeline (fill, steady state, drain, sends), plus the
 * exposed data-parallel traffic, plus the optimizer update.
 *
 * @example
 * stepCore(c, rates, lt, { tensorParallel: 8, pipelineParallel: 8, dataParallel: 24, contextParallel: 1, interleave: 1, microbatchSequences: 1, zeroStage: 1 }, input).stepSeconds
 */
export function stepCore(c: LayerConstants, rates: HardwareRates, lt: LayerTimes, dims: StepDims, input: ScaleModelInput, stages: StageLayers = stageLayers(c.layers, dims.pipelineParallel)): StepCore {
  const m = input.batchTokens / c.seqLen / (dims.dataParallel * dims.microbatchSequences)
  const pipeline = pipelineTimes(c, rates, lt, dims, m, stages, input)
  const ep = dims.expertParallel ?? 1
  const params = paramsPerGpu(c, dims.tensorParallel, dims.pipelineParallel, stages, ep)
  const layerParamsPerGpu = c.layerParams / dims.tensorParallel
  let dataParallel
  if (c.moe) {
    // The replicated weights reduce over d·cp ranks, the routed experts over d·cp/ep (./experts.ts).
    const split = moeStageParams({ ...c, moe: c.moe }, dims.tensorParallel, ep, dims.pipelineParallel, stages)
    const busiest = [split.first, split.middle, split.last].reduce((a, b) => b.replicated + b.routed > a.replicated + a.routed
      ? b
      : a)
    const expertRanks = dims.dataParallel * dims.contextParallel / ep
    dataParallel = dataParallelTimes(rates, dims, busiest.replicated, layerParamsPerGpu, m, pipeline.stageSeconds, input, {
      commSeconds: expertGradientSeconds(rates, { ...dims, expertParallel: ep }, busiest.routed, input),
      optimizerParams: dims.zeroStage >= 1
        ? busiest.routed / expertRanks
        : busiest.routed,
    })
  }
  else {
    dataParallel = dataParallelTimes(rates, dims, params, layerParamsPerGpu, m, pipeline.stageSeconds, input)
  }
  const memory = stageMemory(c, lt, dims, m, stages, params, input)
  // Every field spelled out (no spread): the search builds one of these per layout, and a literal of
  // fixed shape costs V8 next to nothing where a spread copies through a dictionary.
  return {
    m,
    stageSeconds: pipeline.stageSeconds,
    computeSeconds: pipeline.computeSeconds,
    tensorParallelCommSeconds: pipeline.tensorParallelCommSeconds,
    expertCommSeconds: pipeline.expertCommSeconds,
    expertExposedSeconds: pipeline.expertExposedSeconds,
    bubbleSeconds: pipeline.bubbleSeconds,
    pipelineCommSeconds: pipeline.pipelineCommSeconds,
    dataParallelCommSeconds: dataParallel.dataParallelCommSeconds,
    dataParallelExposedSeconds: dataParallel.dataParallelExposedSeconds,
    optimizerSeconds: dataParallel.optimizerSeconds,
    stepSeconds: pipeline.pipelineSeconds + pipeline.pipelineCommSeconds + dataParallel.dataParallelExposedSeconds + dataParallel.optimizerSeconds,
    weightBytes: memory.weightBytes,
    gradientBytes: memory.gradientBytes,
    optimizerBytes: memory.optimizerBytes,
    activationBytes: memory.activationBytes,
    totalBytes: memory.totalBytes,
  }
}

/**
 * Step time, memory and FLOP rates of one resolved layout.
 *
 * @example
 * const s = stepForLayout(c, rates, lt, { tensorParallel: 8, pipelineParallel: 8, dataParallel: 24, contextParallel: 1, interleave: 5, microbatchSequences: 1, zeroStage: 1 }, input)
 * s.step.stepSeconds // ≈ 24 s for Megatron-LM's 145.6B row (published 24.8 s)
 */
export function stepForLayout(c: LayerConstants, rates: HardwareRates, lt: LayerTimes, dims: StepDims, input: ScaleModelInput): { layout: ScaleLayout, memory: ScaleMemory, step: ScaleStep } {
  const k = stepCore(c, rates, lt, dims, input)
  const gpusUsed = dims.tensorParallel * dims.pipelineParallel * dims.contextParallel * dims.dataParallel
  const stepSeconds = k.stepSeconds
  // 6N + 12·L·H·Q·s (PaLM's convention), with N the parameters a token uses (all of a dense model's)
  // and the attention term over the query/key and value widths (MLA's differ).
  const modelFlops = (6 * c.activeParams + 3 * c.layers * c.attentionForwardFlopsPerToken) * input.batchTokens
  // Hardware FLOPs in the same convention as model FLOPs (full attention square) plus what recomputation
  // adds, so HFU ≥ MFU. (The step time uses the FLOPs actually executed: a fused causal kernel skips half the square.)
  const recomputePerToken = input.recompute === 'full'
    ? c.denseForwardFlopsPerToken + c.attentionForwardFlopsPerToken
    : input.recompute === 'selective'
      ? c.attentionForwardFlopsPerToken
      : 0
  const hardwareFlops = modelFlops + c.layers * recomputePerToken * input.batchTokens
  const modelFlopsPerSecondPerGpu = modelFlops / (stepSeconds * gpusUsed)
  const hardwareFlopsPerSecondPerGpu = hardwareFlops / (stepSeconds * gpusUsed)
  const exposedComm = k.tensorParallelCommSeconds + k.expertExposedSeconds + k.pipelineCommSeconds + k.dataParallelExposedSeconds
  return {
    layout: {
      ...dims,
      microbatchesPerPipeline: k.m,
      gpusUsed,
    },
    memory: {
      weightBytes: k.weightBytes,
      gradientBytes: k.gradientBytes,
      optimizerBytes: k.optimizerBytes,
      activationBytes: k.activationBytes,
      totalBytes: k.totalBytes,
      capacityBytes: rates.memoryBytes,
      fits: k.totalBytes <= rates.memoryBytes,
    },
    step: {
      computeSeconds: k.computeSeconds,
      bubbleSeconds: k.bubbleSeconds,
      tensorParallelCommSeconds: k.tensorParallelCommSeconds,
      expertCommSeconds: k.expertCommSeconds,
      expertExposedSeconds: k.expertExposedSeconds,
      pipelineCommSeconds: k.pipelineCommSeconds,
      dataParallelCommSeconds: k.dataParallelCommSeconds,
      dataParallelExposedSeconds: k.dataParallelExposedSeconds,
      optimizerSeconds: k.optimizerSeconds,
      stepSeconds,
      bubbleShare: k.bubbleSeconds / stepSeconds,
      exposedCommShare: exposedComm / stepSeconds,
      modelFlops,
      hardwareFlops,
      modelFlopsPerSecondPerGpu,
      hardwareFlopsPerSecondPerGpu,
      effectiveMfu: modelFlopsPerSecondPerGpu / rates.peakFlopsPerSecond,
      effectiveHfu: hardwareFlopsPerSecondPerGpu / rates.peakFlopsPerSecond,
    },
  }
}
