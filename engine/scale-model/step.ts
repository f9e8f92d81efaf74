/**
 * Step time of one resolved layout: the mechanisms, each in its own term.
 *
 * Per microbatch on one pipeline stage: matmul time (hardware FLOPs ÷ (peak × kernel efficiency)),
 * memory-bound kernel time (activation bytes moved ÷ achieved HBM bandwidth), and tensor-/context-
 * parallel collectives (ring, not overlapped: Megatron issues them between the matmuls that need them).
 * The slowest stage sets the pipeline's pace. A step is (m + (p − 1)/v) microbatch-times (1F1B,
 * interleaved with v chunks: Narayanan et al. 2021 §2.2), plus pipeline sends, plus the part of the
 * data-parallel gradient reduction that does not overlap, plus the optimizer update.
 */
import type { ScaleLayout, ScaleMemory, ScaleModelInput, ScaleStep } from './types'
import { COLLECTIVE_EFFICIENCY, MEMORY_BOUND_TRAFFIC } from '../../data/kernel-efficiency'
import { modelFlopsPerToken } from '../formulas/compute'

/** Shape constants of one layer, computed once per scenario. */
export interface LayerConstants {
  layers: number
  dModel: number
  heads: number
  headDim: number
  seqLen: number
  vocab: number
  params: number
  /** Weight-matrix parameters of one layer (QKV with grouped KV, output, MLP). */
  layerParams: number
  /** Forward matmul FLOPs per token of one layer's weight matrices: 2 × layerParams. */
  denseForwardFlopsPerToken: number
  /** Forward attention-score FLOPs per token of one layer (QKᵀ and A·V over the full square): 4·H·Q·s. */
  attentionForwardFlopsPerToken: number
  /** Forward FLOPs per token of the output (logit) layer: 2·V·d. */
  logitForwardFlopsPerToken: number
  /** Stored activation bytes per token of one layer, by how tensor parallelism splits them (Korthikanti §4). */
  unsplitBytesPerToken: number
  splitBytesPerToken: number
  /** Materialised attention scores per token per key position (softmax output, dropout mask and output). */
  scoreBytesPerTokenPerKey: number
  kvWidth: number
  /**
   * Elements per token at the GEMM boundaries (inputs forward, output gradients backward): those of
   * width d are whole on every tensor rank, the rest split t ways. For FP8's cast-and-transpose traffic.
   */
  gemmInputsPerToken: { replicated: number, split: number }
}

/**
 * Shape constants of a decoder layer for the step model.
 *
 * @example
 * layerConstants({ params: 175e9, layers: 96, dModel: 12288, heads: 96, vocab: 51200, seqLen: 2048, dropout: true }).layerParams
 * // 1.812e9 = 12·d²
 */
export function layerConstants(shape: ScaleModelInput['shape']): LayerConstants {
  const d = shape.dModel
  const headDim = shape.headDim ?? d / shape.heads
  const kvHeads = shape.kvHeads ?? shape.heads
  const f = shape.ffnHidden ?? 4 * d
  const gated = shape.gatedMlp ?? false
  const dropout = shape.dropout ?? false
  const qWidth = shape.heads * headDim
  const kvWidth = kvHeads * headDim
  const layerParams = d * qWidth + 2 * d * kvWidth + qWidth * d + (gated ? 3 : 2) * d * f
  // Korthikanti et al. 2022 §4.1, generalised to grouped KV and gated MLPs (bytes per token, 16-bit):
  // not split by TP: the QKV and MLP inputs (2 + 2), two LayerNorm inputs (4), two dropout masks (1 + 1).
  const unsplitBytesPerToken = d * (2 + 2 + 4 + (dropout ? 2 : 0))
  // split by TP: Q, K, V, the output-projection input, and the MLP's up-projection outputs and activation.
  const splitBytesPerToken = 2 * qWidth + 2 * 2 * kvWidth + 2 * qWidth + (gated
    ? 2 * 2 * f
    : 2 * f) + 2 * f
  return {
    layers: shape.layers,
    dModel: d,
    heads: shape.heads,
    headDim,
    seqLen: shape.seqLen,
    vocab: shape.vocab,
    params: shape.params,
    layerParams,
    denseForwardFlopsPerToken: 2 * layerParams,
    attentionForwardFlopsPerToken: 4 * qWidth * shape.seqLen,
    logitForwardFlopsPerToken: 2 * shape.vocab * d,
    unsplitBytesPerToken,
    splitBytesPerToken,
    // softmax output (2) + dropout mask (1) + dropout output (2) per head per key: the "5as/h" term.
    scoreBytesPerTokenPerKey: shape.heads * (2 + (dropout ? 3 : 0)),
    kvWidth,
    // Forward inputs: QKV (d), projection (H·Q), MLP up (d), MLP down (f). Backward output gradients:
    // QKV (H·Q + 2·KV), projection (d), MLP up (f or 2f), MLP down (d).
    gemmInputsPerToken: {
      replicated: 4 * d,
      split: qWidth + f + qWidth + 2 * kvWidth + (gated
        ? 2 * f
        : f),
    },
  }
}

/** Hardware rates the step model needs, resolved once per scenario. */
export interface HardwareRates {
  peakFlopsPerSecond: number
  kernelEfficiency: number
  /**
   * Achieved FLOP/s of the parts kept in 16-bit when the run trains in FP8 (attention scores, output
   * layer: Transformer Engine and DeepSeek-V3 keep them in higher precision); = peak × efficiency otherwise.
   */
  highPrecisionFlopsPerSecond: number
  /** Achieved FLOP/s of the attention-score kernels (QKᵀ, softmax, A·V, fused or not), in 16-bit. */
  attentionFlopsPerSecond: number
  hbmBytesPerSecond: number
  memoryBytes: number
  nvlinkBytesPerSecond: number
  interNodeBytesPerSecond: number
  nvlinkDomainGpus: number
}

/** Per-microbatch times of one layer on one GPU, for a given t, cp and b. */
export interface LayerTimes {
  matmulSeconds: number
  memoryBoundSeconds: number
  collectiveSeconds: number
  logitSeconds: number
  /** Hardware FLOPs per token of one layer (whole layer, not per GPU). */
  hardwareFlopsPerTokenPerLayer: number
  /** Stored activation bytes of one layer for one microbatch on one GPU. */
  activationBytes: number
  /** Tokens of one microbatch on one GPU's sequence shard. */
  tokens: number
}

function ringSeconds(bytes: number, ranks: number, bytesPerSecond: number, factor = 2): number {
  return ranks > 1
    ? factor * (ranks - 1) / ranks * bytes / bytesPerSecond
    : 0
}

/**
 * One layer's per-microbatch times on one GPU: matmul (with recomputation), memory-bound kernels, and
 * the tensor- and context-parallel collectives.
 *
 * @example
 * // GPT-3-shaped layer, t = 8, b = 1, full recompute, unfused attention, on an A100 (kernel efficiency 0.621):
 * layerTimes(c, rates, { tensorParallel: 8, contextParallel: 1, microbatchSequences: 1 }, input).matmulSeconds // ≈ 0.021 s
 */
export function layerTimes(c: LayerConstants, rates: HardwareRates, dims: { tensorParallel: number, contextParallel: number, microbatchSequences: number }, input: ScaleModelInput): LayerTimes {
  const t = dims.tensorParallel
  const cp = dims.contextParallel
  const flash = input.software?.flashAttention ?? true
  const sp = input.sequenceParallel
  const tokens = dims.microbatchSequences * c.seqLen / cp
  // Causal attention: a fused kernel skips the masked half of the score blocks; an unfused one computes all.
  const attentionExecuted = c.attentionForwardFlopsPerToken * (flash ? 0.5 : 1)
  const forward = c.denseForwardFlopsPerToken + attentionExecuted
  const recomputeExtra = input.recompute === 'full'
    ? forward
    : input.recompute === 'selective'
      ? attentionExecuted
      : 0
  const hardwareFlopsPerTokenPerLayer = 3 * forward + recomputeExtra
  const attentionHardware = 3 * attentionExecuted + (input.recompute === 'none'
    ? 0
    : attentionExecuted)
  const denseHardware = hardwareFlopsPerTokenPerLayer - attentionHardware
  const matmulSeconds = tokens / t * (denseHardware / (rates.peakFlopsPerSecond * rates.kernelEfficiency) + attentionHardware / rates.attentionFlopsPerSecond)

  // Stored activations (Korthikanti et al. Table 2): with sequence parallelism everything splits t ways.
  const linearBytes = tokens * (sp
    ? (c.unsplitBytesPerToken + c.splitBytesPerToken) / t
    : c.unsplitBytesPerToken + c.splitBytesPerToken / t)
  const scoreBytes = flash
    ? 0
    : tokens * c.seqLen * c.scoreBytesPerTokenPerKey / t
  const passes = MEMORY_BOUND_TRAFFIC.hbmPassesPerActivationByte
  const trafficBytes = linearBytes * (passes + (input.recompute === 'full'
    ? 1
    : 0))
  + scoreBytes * (passes + (input.recompute === 'none'
    ? 0
    : 1))
  // FP8 (Transformer Engine): every GEMM input is cast to FP8 with its transpose (read 16-bit, write
  // FP8 twice) forward, and every output gradient backward: the GEMM-boundary tensors per token.
  const fp8CastBytes = input.precision === 'fp8'
    ? tokens * MEMORY_BOUND_TRAFFIC.fp8CastBytesPerElement * (c.gemmInputsPerToken.replicated + c.gemmInputsPerToken.split / t)
    : 0
  const memoryBoundSeconds = (trafficBytes + fp8CastBytes) / (rates.hbmBytesPerSecond * MEMORY_BOUND_TRAFFIC.hbmEfficiency)

  const activationBytes = input.recompute === 'full'
    ? 2 * tokens * c.dModel / (sp ? t : 1)
    : linearBytes + (input.recompute === 'selective'
      ? 0
      : scoreBytes)

  // Tensor parallel: two all-reduces forward, two backward, two more when the forward is recomputed
  // (with sequence parallelism a reduce-scatter + all-gather pair of the same volume).
  const eff = COLLECTIVE_EFFICIENCY.value
  const tpBandwidth = (t <= rates.nvlinkDomainGpus
    ? rates.nvlinkBytesPerSecond
    : rates.interNodeBytesPerSecond) * eff
  const tpCollectives = 4 + (input.recompute === 'full'
    ? 2
    : 0)
  const tpSeconds = tpCollectives * ringSeconds(tokens * c.dModel * 2, t, tpBandwidth)
  // Context parallel (Llama 3): K and V of the whole sequence all-gathered forward, their gradients
  // reduce-scattered backward (one more all-gather with full recompute).
  const cpBandwidth = (t * cp <= rates.nvlinkDomainGpus
    ? rates.nvlinkBytesPerSecond
    : rates.interNodeBytesPerSecond) * eff
  const kvBytes = 2 * tokens * cp * c.kvWidth / t * 2
  const cpSeconds = (2 + (input.recompute === 'full'
    ? 1
    : 0)) * ringSeconds(kvBytes, cp, cpBandwidth, 1)

  // Output layer on the last stage: vocabulary-parallel matmul (3 passes, never recomputed) and the
  // fp32 logits written, read by the loss and its gradient written.
  const logitMatmul = 3 * c.logitForwardFlopsPerToken * tokens / t / rates.highPrecisionFlopsPerSecond
  const logitTraffic = tokens * c.vocab / t * 4 * passes / (rates.hbmBytesPerSecond * MEMORY_BOUND_TRAFFIC.hbmEfficiency)
  return {
    matmulSeconds,
    memoryBoundSeconds,
    collectiveSeconds: tpSeconds + cpSeconds,
    logitSeconds: logitMatmul + logitTraffic,
    hardwareFlopsPerTokenPerLayer,
    activationBytes,
    tokens,
  }
}

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

/**
 * Hierarchical ring collective over N nodes of r ranks: the r ranks in a node over NVLink, the node's
 * r NICs in parallel across the nodes (a top-level function with plain arguments: the search calls it
 * for every layout, so nothing is allocated per call).
 */
function hierarchicalSeconds(nodes: number, ranksPerNode: number, bytes: number, nicBytesPerSecond: number, nvlinkBytesPerSecond: number, factor: number): number {
  return nodes > 1
    ? ringSeconds(bytes, nodes, ranksPerNode * nicBytesPerSecond, factor) + ringSeconds(bytes, ranksPerNode, nvlinkBytesPerSecond, factor)
    : ringSeconds(bytes, ranksPerNode, nvlinkBytesPerSecond, factor)
}

/** The dims the step needs beyond the layer times. */
export interface StepDims {
  tensorParallel: number
  pipelineParallel: number
  dataParallel: number
  contextParallel: number
  interleave: number
  microbatchSequences: number
}

/** The numbers of one layout's step, before they are dressed as a result (kept flat so the search allocates nothing). */
export interface StepCore {
  m: number
  stageSeconds: number
  computeSeconds: number
  tensorParallelCommSeconds: number
  bubbleSeconds: number
  pipelineCommSeconds: number
  dataParallelCommSeconds: number
  dataParallelExposedSeconds: number
  optimizerSeconds: number
  stepSeconds: number
  weightBytes: number
  gradientBytes: number
  optimizerBytes: number
  activationBytes: number
  totalBytes: number
}

/** A scratch StepCore for the search to fill in place. */
export function emptyStepCore(): StepCore {
  return {
    m: 0,
    stageSeconds: 0,
    computeSeconds: 0,
    tensorParallelCommSeconds: 0,
    bubbleSeconds: 0,
    pipelineCommSeconds: 0,
    dataParallelCommSeconds: 0,
    dataParallelExposedSeconds: 0,
    optimizerSeconds: 0,
    stepSeconds: 0,
    weightBytes: 0,
    gradientBytes: 0,
    optimizerBytes: 0,
    activationBytes: 0,
    totalBytes: 0,
  }
}

/**
 * Step seconds and memory of one resolved layout, written into `out` (no allocation).
 *
 * Pipeline schedule (Narayanan et al. 2021 §2.2): with v = 1 (1F1B) a step is (m + p − 1) microbatch-
 * times; interleaved (v > 1) it is (m + (p − 1)/v) when every stage has work queued (m ≥ p) and
 * (p + (p − 1)/v) when m < p: a stage then idles p − m slots of every round, so interleaving stops
 * paying once the pipeline holds fewer microbatches than stages.
 *
 * @example
 * stepCore(c, rates, lt, { tensorParallel: 8, pipelineParallel: 8, dataParallel: 24, contextParallel: 1, interleave: 1, microbatchSequences: 1 }, input, emptyStepCore()).stepSeconds
 */
export function stepCore(c: LayerConstants, rates: HardwareRates, lt: LayerTimes, dims: StepDims, input: ScaleModelInput, out: StepCore, stages = stageLayers(c.layers, dims.pipelineParallel)): StepCore {
  const { tensorParallel: t, pipelineParallel: p, dataParallel: d, contextParallel: cp, interleave: v, microbatchSequences: b } = dims
  const m = input.batchTokens / c.seqLen / (d * b)
  const layerSeconds = lt.matmulSeconds + lt.memoryBoundSeconds + lt.collectiveSeconds
  const layerCompute = lt.matmulSeconds + lt.memoryBoundSeconds
  // The slowest stage per microbatch (all v chunks of it).
  const lastSeconds = stages.last * layerSeconds + lt.logitSeconds
  const stageSeconds = Math.max(stages.first * layerSeconds, stages.middle * layerSeconds, lastSeconds)
  const slowestIsLast = stageSeconds === lastSeconds
  const slowestLayers = slowestIsLast
    ? stages.last
    : Math.max(stages.first, stages.middle)

  const slots = v > 1
    ? Math.max(m, p) + (p - 1) / v
    : m + p - 1
  const pipelineSeconds = slots * stageSeconds
  const computeSeconds = m * (slowestLayers * layerCompute + (slowestIsLast ? lt.logitSeconds : 0))
  const tensorParallelCommSeconds = m * slowestLayers * lt.collectiveSeconds
  const bubbleSeconds = pipelineSeconds - m * stageSeconds

  const eff = COLLECTIVE_EFFICIENCY.value
  const software = input.software ?? {}
  // Pipeline sends: one activation forward and one gradient backward per microbatch per chunk; with the
  // scatter/gather optimisation each of the t ranks sends 1/t over its own NIC.
  const p2pBytes = lt.tokens * c.dModel * 2 / ((software.scatterGatherP2p ?? true)
    ? t
    : 1)
  const p2pBandwidth = (t * p <= rates.nvlinkDomainGpus
    ? rates.nvlinkBytesPerSecond
    : rates.interNodeBytesPerSecond) * eff
  const pipelineCommSeconds = p > 1
    ? 2 * m * v * p2pBytes / p2pBandwidth
    : 0

  // Parameters on the busiest GPU: its stage's layers (the ends also hold the embedding or the output layer).
  const embedding = c.vocab * c.dModel
  const stageParams = p === 1
    ? c.params
    : Math.max(stages.first * c.layerParams + embedding, stages.middle * c.layerParams, stages.last * c.layerParams + embedding)
  const paramsPerGpu = stageParams / t
  // Data parallel: gradients reduce-scattered and updated parameters all-gathered over the d·cp ranks
  // holding the same shard (together the volume of one ring all-reduce, once per step; ZeRO-3 below).
  // Hierarchically: the r = domain/(t·… ) ranks of the group that share
  // a node reduce over NVLink, and the node's r NICs carry the inter-node part in parallel (NCCL runs one
  // ring per NIC), so the scale-out term is 2(N − 1)/N × bytes ÷ (r × NIC) over the N nodes.
  // Overlap (when the framework does it): the reduce-scatter runs under the stage's last backward pass
  // (2/3 of a microbatch-time), the all-gather under the next step's first forward (1/3). The pipeline
  // bubble does not hide it: the first stage, whose gradients finish last, has no idle time after its
  // last backward.
  const zero = software.zeroStage ?? 1
  const dpRanks = d * cp
  const gradientBytes = paramsPerGpu * (software.gradientBytesPerParam ?? 2)
  const ranksPerNode = Math.max(1, Math.min(dpRanks, Math.floor(rates.nvlinkDomainGpus / t)))
  const nodes = dpRanks / ranksPerNode
  const overlap = software.dataParallelOverlap ?? true
  let dataParallelCommSeconds: number
  let dataParallelExposedSeconds: number
  if (zero === 3) {
    // ZeRO-3 / FSDP: weights are gathered for every microbatch (forward and backward) and gradients
    // reduce-scattered after each backward: 3 × (n − 1)/n × bytes per microbatch, prefetched layer by
    // layer under that microbatch's compute, so only what exceeds the compute is exposed.
    const perMicrobatch = hierarchicalSeconds(nodes, ranksPerNode, gradientBytes, rates.interNodeBytesPerSecond * eff, rates.nvlinkBytesPerSecond * eff, 3)
    dataParallelCommSeconds = m * perMicrobatch
    dataParallelExposedSeconds = overlap
      ? m * Math.max(0, perMicrobatch - stageSeconds)
      : dataParallelCommSeconds
  }
  else {
    dataParallelCommSeconds = hierarchicalSeconds(nodes, ranksPerNode, gradientBytes, rates.interNodeBytesPerSecond * eff, rates.nvlinkBytesPerSecond * eff, 2)
    const half = dataParallelCommSeconds / 2
    dataParallelExposedSeconds = overlap
      ? Math.max(0, half - stageSeconds * 2 / 3) + Math.max(0, half - stageSeconds / 3)
      : dataParallelCommSeconds
  }
  // Adam update: ~28 bytes of HBM traffic per parameter held (fp32 master, moments, gradient in; all out).
  const optimizerParams = zero >= 1
    ? paramsPerGpu / dpRanks
    : paramsPerGpu
  const optimizerSeconds = optimizerParams * 28 / (rates.hbmBytesPerSecond * MEMORY_BOUND_TRAFFIC.hbmEfficiency)

  // Memory on the busiest GPU: 1F1B keeps min(p − i, m) microbatches in flight on stage i; the
  // interleaved schedule multiplies that by 1 + (p − 1)/(p·v) (Korthikanti et al. §4.2.3).
  const inFlightLayers = Math.max(stages.first * Math.min(p, m), stages.middle * Math.min(Math.max(p - 1, 1), m))
  const interleaveFactor = v > 1
    ? 1 + (p - 1) / (p * v)
    : 1
  out.m = m
  out.stageSeconds = stageSeconds
  out.computeSeconds = computeSeconds
  out.tensorParallelCommSeconds = tensorParallelCommSeconds
  out.bubbleSeconds = bubbleSeconds
  out.pipelineCommSeconds = pipelineCommSeconds
  out.dataParallelCommSeconds = dataParallelCommSeconds
  out.dataParallelExposedSeconds = dataParallelExposedSeconds
  out.optimizerSeconds = optimizerSeconds
  out.stepSeconds = pipelineSeconds + pipelineCommSeconds + dataParallelExposedSeconds + optimizerSeconds
  out.activationBytes = inFlightLayers * lt.activationBytes * interleaveFactor
  // ZeRO-3 keeps 1/n of the weights, plus the layers being gathered (the current one and the prefetched next).
  out.weightBytes = zero >= 3
    ? 2 * paramsPerGpu / dpRanks + 2 * 2 * c.layerParams / t
    : 2 * paramsPerGpu
  out.gradientBytes = 2 * paramsPerGpu / (zero >= 2
    ? dpRanks
    : 1)
  out.optimizerBytes = 12 * paramsPerGpu / (zero >= 1
    ? dpRanks
    : 1)
  out.totalBytes = out.weightBytes + out.gradientBytes + out.optimizerBytes + out.activationBytes
  return out
}

/**
 * Step time, memory and FLOP rates of one resolved layout.
 *
 * @example
 * const s = stepForLayout(c, rates, lt, { tensorParallel: 8, pipelineParallel: 8, dataParallel: 24, contextParallel: 1, interleave: 5, microbatchSequences: 1 }, input)
 * s.step.stepSeconds // ≈ 24 s for Megatron-LM's 145.6B row (published 24.8 s)
 */
export function stepForLayout(c: LayerConstants, rates: HardwareRates, lt: LayerTimes, dims: StepDims, input: ScaleModelInput): { layout: ScaleLayout, memory: ScaleMemory, step: ScaleStep } {
  const k = stepCore(c, rates, lt, dims, input, emptyStepCore())
  const { tensorParallel: t, pipelineParallel: p, dataParallel: d, contextParallel: cp, interleave: v, microbatchSequences: b } = dims
  const stepSeconds = k.stepSeconds
  const gpusUsed = t * p * cp * d
  const attentionShape = {
    layers: c.layers,
    heads: c.heads,
    headDim: c.headDim,
    seqLen: c.seqLen,
  }
  const modelFlops = modelFlopsPerToken(c.params, attentionShape) * input.batchTokens
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
  const exposedComm = k.tensorParallelCommSeconds + k.pipelineCommSeconds + k.dataParallelExposedSeconds
  return {
    layout: {
      tensorParallel: t,
      pipelineParallel: p,
      dataParallel: d,
      contextParallel: cp,
      interleave: v,
      microbatchSequences: b,
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
