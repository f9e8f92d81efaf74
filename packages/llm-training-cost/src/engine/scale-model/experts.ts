/**
 * Mixture of experts and multi-head latent attention on the scale model (issue 23): the parameters a
 * shape holds and a token uses, the attention widths the step model needs, the expert-parallel
 * all-to-all of every MoE layer, and the experts' share of a GPU's memory and gradient traffic.
 *
 * Expert parallelism (EP, Lepikhin et al. 2020; DeepSeek-V3 §3.2) is carved out of the data-parallel
 * group: the d·cp replicas of a stage form d·cp/ep groups of ep ranks, each rank holding E/ep of every
 * MoE layer's routed experts (split t ways with the attention when t > 1). A token is computed on its
 * own rank up to the router, sent to the ranks holding its k experts (dispatch), and its k outputs are
 * sent back and summed (combine): with balanced routing every rank computes the k experts' work of as
 * many tokens as it sent, so per GPU the expert FLOPs are the active ones, stretched by the most-loaded
 * expert's excess (the imbalance factor). The shared experts and the attention are replicated as in a
 * dense model; the routed experts' weights and Adam state are sharded ep ways, and their gradients
 * reduced over the d·cp/ep ranks that hold the same experts.
 */
import type { DecoderShape } from '../../data/decoder-shape.ts'
import type { HardwareRates } from './hardware.ts'
import type { ScaleModelInput } from './types.ts'
import { COLLECTIVE_EFFICIENCY } from '../../data/kernel-efficiency.ts'
import { EXPERT_PARALLEL } from '../../data/moe-training.ts'
import { layerParams, modelParamsFromShape } from '../formulas/architecture.ts'
import { hierarchicalSeconds } from './collectives.ts'

/**
 * Parameters of a shape, by part: a dense shape's count is ../formulas/architecture.ts's
 * `modelParamsFromShape` (norm gains in, biases out), to which this adds experts and latent attention.
 */
export interface ShapeParams {
  /** One layer's attention weights (Q, K, V, output; MLA's down- and up-projections). */
  attentionPerLayer: number
  /** One dense MLP's weights: every layer's in a dense model, the leading dense layers' in a MoE. */
  denseMlpPerLayer: number
  /** One expert's weights (0 for a dense model). */
  expertParams: number
  /** One MoE layer's router (d × E). */
  routerPerLayer: number
  denseLayers: number
  moeLayers: number
  /** Input embedding, the output layer when untied, and the norm gains. */
  embeddingParams: number
  /** Every parameter: what memory and checkpoints hold. */
  totalParams: number
  /** Parameters a token uses (shared and top-k routed experts, not the rest): 6× this is the linear FLOPs. */
  activeParams: number
}

/** Per-head widths of the attention, as the step model needs them. */
export interface AttentionWidths {
  /** Query/key width per head (MLA: non-positional + rotary). */
  qkHeadDim: number
  /** Value (and output) width per head. */
  vHeadDim: number
  /** Key heads (= value heads): the shape's `kvHeads`; all of them for MLA (keys are per head once up-projected). */
  kvHeads: number
}

/**
 * Per-head widths of a shape's attention.
 *
 * @example
 * attentionWidths({ layers: 61, dModel: 7168, heads: 128, headDim: 128, latentAttention: { kvRank: 512, ropeHeadDim: 64 } })
 * // { qkHeadDim: 192, vHeadDim: 128, kvHeads: 128 }
 */
export function attentionWidths(shape: DecoderShape): AttentionWidths {
  const headDim = shape.headDim ?? shape.dModel / shape.heads
  const mla = shape.latentAttention
  return mla
    ? { qkHeadDim: headDim + mla.ropeHeadDim, vHeadDim: mla.vHeadDim ?? headDim, kvHeads: shape.heads }
    : { qkHeadDim: headDim, vHeadDim: headDim, kvHeads: shape.kvHeads ?? shape.heads }
}

/**
 * The parameters of a decoder shape, total and active. A dense model's active parameters are all of them.
 * The vocabulary is needed for the embedding (0 without one).
 *
 * @example
 * // DeepSeek-V3 (config_671B.json): 670.9e9 total, 37.5e9 active: the paper's "671B … 37B activated"
 * shapeParams(DEEPSEEK_V3_SHAPE).totalParams
 */
export function shapeParams(shape: DecoderShape): ShapeParams {
  const d = shape.dModel
  const H = shape.heads
  const w = attentionWidths(shape)
  const mla = shape.latentAttention
  const attentionPerLayer = mla
    ? (mla.qRank !== undefined
        ? d * mla.qRank + mla.qRank * H * w.qkHeadDim
        : d * H * w.qkHeadDim)
      + d * (mla.kvRank + mla.ropeHeadDim)
      + mla.kvRank * H * ((shape.headDim ?? d / H) + w.vHeadDim)
      + H * w.vHeadDim * d
    : layerParams(shape).attentionParams
  const matrices = shape.gatedMlp ? 3 : 2
  const denseMlpPerLayer = layerParams(shape).mlpParams
  const x = shape.experts
  const denseLayers = x
    ? Math.min(x.denseLayers ?? 0, shape.layers)
    : shape.layers
  const moeLayers = shape.layers - denseLayers
  const expertParams = x
    ? matrices * d * x.ffnHidden
    : 0
  const routerPerLayer = x
    ? d * x.routed
    : 0
  const shared = x?.shared ?? 0
  const dense = modelParamsFromShape(shape)
  const embeddingParams = dense.embeddingParams + dense.outputParams + dense.normParams
  const base = shape.layers * attentionPerLayer + denseLayers * denseMlpPerLayer + embeddingParams
  const totalParams = base + moeLayers * (routerPerLayer + (x
    ? (x.routed + shared) * expertParams
    : 0))
  const activeParams = base + moeLayers * (routerPerLayer + (x
    ? (x.topK + shared) * expertParams
    : 0))
  return {
    attentionPerLayer,
    denseMlpPerLayer,
    expertParams,
    routerPerLayer,
    denseLayers,
    moeLayers,
    embeddingParams,
    totalParams,
    activeParams,
  }
}

/**
 * Model FLOPs per training token of a shape: 6 × active parameters plus the attention scores (QKᵀ
 * and A·V, forward and backward) over the full square (PaLM's convention, the scale model's MFU) or
 * its causal half (DeepSeek's own accounting: 250 GFLOP per token for V3 at 4,096 tokens).
 *
 * @example
 * modelFlopsPerTokenOfShape(DEEPSEEK_V3_SHAPE, 'causal') // 2.56e11 (DeepSeek: 250 GFLOP)
 */
export function modelFlopsPerTokenOfShape(shape: DecoderShape & { seqLen: number }, attention: 'full' | 'causal'): number {
  const w = attentionWidths(shape)
  const scores = 6 * shape.layers * shape.heads * (w.qkHeadDim + w.vHeadDim) * shape.seqLen
  return 6 * shapeParams(shape).activeParams + (attention === 'causal'
    ? scores / 2
    : scores)
}

/** What the step model needs of a MoE layer, from the shape alone. */
export interface MoeConstants {
  routed: number
  topK: number
  shared: number
  denseLayers: number
  nodeLimit: number | null
  /** One expert's weights. */
  expertParams: number
  /** Every MoE layer's routed experts' weights (sharded over EP). */
  routedParamsPerLayer: number
  /** Weights of a MoE layer every rank holds (attention, router, shared experts). */
  replicatedParamsPerLayer: number
  /** Weights of a leading dense layer (attention and its MLP). */
  denseLayerParams: number
  /** Forward FLOPs per token of the top-k routed experts (the part the imbalance stretches). */
  routedForwardFlopsPerToken: number
}

/** The MoE constants of a shape, or null for a dense one. */
export function moeConstants(shape: DecoderShape): MoeConstants | null {
  const x = shape.experts
  if (!x)
    return null
  const p = shapeParams(shape)
  return {
    routed: x.routed,
    topK: x.topK,
    shared: x.shared ?? 0,
    denseLayers: p.denseLayers,
    nodeLimit: x.nodeLimit ?? null,
    expertParams: p.expertParams,
    routedParamsPerLayer: x.routed * p.expertParams,
    replicatedParamsPerLayer: p.attentionPerLayer + p.routerPerLayer + (x.shared ?? 0) * p.expertParams,
    denseLayerParams: p.attentionPerLayer + p.denseMlpPerLayer,
    routedForwardFlopsPerToken: 2 * x.topK * p.expertParams,
  }
}

/** The expert-parallel all-to-all of one MoE layer for one microbatch on one GPU. */
export interface ExpertAllToAll {
  /** Dispatch and combine, forward and backward, before overlap. */
  seconds: number
  /** Bytes one GPU sends over the scale-out network (all four all-to-alls). */
  interNodeBytes: number
  /** Bytes one GPU sends over NVLink. */
  nvlinkBytes: number
}

/**
 * Seconds of one MoE layer's all-to-alls for `tokens` tokens on one GPU (its share of a microbatch):
 * dispatch (k copies of a d-wide token, FP8 in an FP8 run as DeepSeek-V3 sends them, else 16-bit) and
 * combine (k outputs, 16-bit), forward and again backward (the gradients travel the other way).
 *
 * The EP group of ep × t GPUs spans n = ⌈ep·t ÷ NVLink domain⌉ nodes. A routed copy lands on another
 * GPU with probability (ep − 1)/ep; of those, a fraction (n − 1)/n on another node. With node-limited
 * routing (DeepSeek's M = 4) a token crosses the scale-out network once per remote node it uses,
 * M·(n − 1)/n times, and is forwarded to its experts there over NVLink. The two links run at once:
 * the slower sets the time.
 *
 * @example
 * // DeepSeek-V3, EP 64 over 8 nodes, one 4,096-token sequence, FP8 dispatch, H800 (50 GB/s IB):
 * expertAllToAll(c.moe, 7168, 4096, { tensorParallel: 1, expertParallel: 64 }, rates, 'fp8').seconds // ≈ 0.012 s
 */
export function expertAllToAll(moe: MoeConstants, dModel: number, tokens: number, dims: { tensorParallel: number, expertParallel: number }, rates: HardwareRates, precision: ScaleModelInput['precision']): ExpertAllToAll {
  const ep = dims.expertParallel
  if (ep <= 1)
    return { seconds: 0, interNodeBytes: 0, nvlinkBytes: 0 }
  const dispatchBytes = precision === 'fp8'
    ? 1
    : 2
  const combineBytes = 2
  // Per token, dispatch + combine, forward + backward.
  const bytesPerCopy = 2 * dModel * (dispatchBytes + combineBytes)
  const nodes = Math.ceil(ep * dims.tensorParallel / rates.nvlinkDomainGpus)
  const remoteShare = (ep - 1) / ep
  const crossNodeShare = nodes > 1
    ? (nodes - 1) / nodes
    : 0
  const copiesOverNetwork = moe.nodeLimit !== null
    ? Math.min(moe.nodeLimit, nodes) * crossNodeShare
    : moe.topK * remoteShare * crossNodeShare
  const interNodeBytes = tokens * bytesPerCopy * copiesOverNetwork
  const nvlinkBytes = tokens * bytesPerCopy * moe.topK * remoteShare * (moe.nodeLimit !== null
    ? 1
    : 1 - crossNodeShare)
  const eff = COLLECTIVE_EFFICIENCY.value
  const seconds = Math.max(interNodeBytes / (rates.interNodeBytesPerSecond * eff), nvlinkBytes / (rates.nvlinkBytesPerSecond * eff))
  return { seconds, interNodeBytes, nvlinkBytes }
}

/** The imbalance factor and overlap the input states, with their defaults. */
export function expertSoftware(input: ScaleModelInput): { imbalance: number, overlap: boolean, communicationSmShare: number } {
  const s = input.software ?? {}
  const overlap = s.expertOverlap ?? false
  return {
    imbalance: s.expertImbalance ?? EXPERT_PARALLEL.imbalance.value,
    overlap,
    communicationSmShare: overlap
      ? (s.communicationSmShare ?? 0)
      : 0,
  }
}

/** Weights on one GPU of a pipeline stage: the part replicated over data parallel, and the routed experts' part. */
export interface MoeStageParams {
  /** Attention, router, shared experts, dense layers, embedding: sharded t ways, replicated over d·cp. */
  replicated: number
  /** Routed experts: sharded t·ep ways, replicated over d·cp/ep. */
  routed: number
}

/**
 * The weights of each pipeline stage on one of its GPUs, for the leading dense layers on the first stage.
 *
 * @example
 * moeStageParams(c, 1, 64, 16, stageLayers(61, 16)).middle // 4 MoE layers: routed 4 × 4 experts, replicated 4 × (attention + shared + router)
 */
export function moeStageParams(c: { moe: MoeConstants, vocab: number, dModel: number, layers: number }, tensorParallel: number, expertParallel: number, pipelineParallel: number, stages: { first: number, middle: number, last: number }): { first: MoeStageParams, middle: MoeStageParams, last: MoeStageParams } {
  const m = c.moe
  const embedding = c.vocab * c.dModel
  const stage = (layers: number, denseLayers: number, ends: number): MoeStageParams => {
    const moeLayers = layers - denseLayers
    return {
      replicated: (denseLayers * m.denseLayerParams + moeLayers * m.replicatedParamsPerLayer + ends * embedding) / tensorParallel,
      routed: moeLayers * m.routedParamsPerLayer / (tensorParallel * expertParallel),
    }
  }
  if (pipelineParallel === 1) {
    const whole = stage(c.layers, m.denseLayers, 2)
    return { first: whole, middle: whole, last: whole }
  }
  // The leading dense layers sit on the first stage (and spill into the next only if it has fewer layers).
  const firstDense = Math.min(m.denseLayers, stages.first)
  const middleDense = Math.min(Math.max(0, m.denseLayers - stages.first), stages.middle)
  return {
    first: stage(stages.first, firstDense, 1),
    middle: stage(stages.middle, middleDense, 0),
    last: stage(stages.last, 0, 1),
  }
}

/**
 * Seconds of the routed experts' gradient reduction (and, with ZeRO-3, their gathers) over the d·cp/ep
 * ranks that hold the same experts. With ep·t filling whole NVLink domains those ranks sit on different
 * nodes, each reducing over its own NIC.
 */
export function expertGradientSeconds(rates: HardwareRates, dims: { tensorParallel: number, dataParallel: number, contextParallel: number, expertParallel: number }, routedParamsPerGpu: number, input: ScaleModelInput): number {
  const ranks = dims.dataParallel * dims.contextParallel / dims.expertParallel
  if (ranks <= 1)
    return 0
  const eff = COLLECTIVE_EFFICIENCY.value
  const bytes = routedParamsPerGpu * (input.software?.gradientBytesPerParam ?? 2)
  const perNode = Math.max(1, Math.min(ranks, Math.floor(rates.nvlinkDomainGpus / (dims.tensorParallel * dims.expertParallel))))
  return hierarchicalSeconds(ranks / perNode, perNode, bytes, rates.interNodeBytesPerSecond * eff, rates.nvlinkBytesPerSecond * eff, 2)
}
