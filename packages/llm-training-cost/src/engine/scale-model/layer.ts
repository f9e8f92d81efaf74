import type { MoeConstants } from './experts.ts'
/**
 * One decoder layer: its shape constants (weights, FLOPs and stored activations per token, from the
 * shape alone) and its per-microbatch times on one GPU for a tensor-, context-parallel split and a
 * microbatch size. The first stop of the step model: everything after it multiplies these.
 */
import type { HardwareRates } from './hardware.ts'
import type { ScaleModelInput } from './types.ts'
import { COLLECTIVE_EFFICIENCY, MEMORY_BOUND_TRAFFIC } from '../../data/kernel-efficiency.ts'
import { ringSeconds, scaleUpBytesPerSecond } from './collectives.ts'
import { attentionWidths, expertSoftware, moeConstants, shapeParams } from './experts.ts'
import { weightGemmFlops } from './gemm.ts'

/** Shape constants of one layer, computed once per scenario. */
export interface LayerConstants {
  layers: number
  dModel: number
  heads: number
  headDim: number
  seqLen: number
  vocab: number
  params: number
  /**
   * Parameters a token uses: `params` for a dense model; for a mixture of experts the shape's active
   * count (shared and top-k routed experts) scaled by params ÷ the shape's total.
   */
  activeParams: number
  /** Weight-matrix parameters of one layer (QKV with grouped KV, output, MLP); of a MoE layer, those a token uses. */
  layerParams: number
  /** Forward matmul FLOPs per token of one layer's weight matrices: 2 × layerParams. */
  denseForwardFlopsPerToken: number
  /** The mixture of experts' constants (./experts.ts); null for a dense model. */
  moe: MoeConstants | null
  /** Forward attention-score FLOPs per token of one layer (QKᵀ and A·V over the full square): 2·H·(Q_qk + Q_v)·s = 4·H·Q·s. */
  attentionForwardFlopsPerToken: number
  /** Forward FLOPs per token of the output (logit) layer: 2·V·d. */
  logitForwardFlopsPerToken: number
  /** Stored activation bytes per token of one layer, by how tensor parallelism splits them (Korthikanti §4). */
  unsplitBytesPerToken: number
  splitBytesPerToken: number
  /** Materialised attention scores per token per key position (softmax output, dropout mask and output). */
  scoreBytesPerTokenPerKey: number
  kvWidth: number
  /** Key/value heads H_kv (H without grouped-query attention). */
  kvHeads: number
  /** Forward FLOPs per token of the K and V projections: 2 × 2·d·(H_kv·Q). Replicated when t > H_kv. */
  kvProjectionForwardFlopsPerToken: number
  /** Query width H·Q, FFN width f, and the MLP up-projection's output width (2f when gated). */
  qWidth: number
  ffnHidden: number
  ffnUpWidth: number
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
  const widths = attentionWidths(shape)
  const moe = moeConstants(shape)
  // A MoE layer's MLP work per token is that of its shared and top-k experts: one MLP that wide.
  const f = moe
    ? (moe.topK + moe.shared) * (shape.experts!.ffnHidden)
    : shape.ffnHidden ?? 4 * d
  const gated = shape.gatedMlp ?? false
  const dropout = shape.dropout ?? false
  const qWidth = shape.heads * widths.qkHeadDim
  // K and V are (kvHeads × qk) and (kvHeads × v) wide; kvWidth is their mean (equal for a dense shape).
  const kvWidth = widths.kvHeads * (widths.qkHeadDim + widths.vHeadDim) / 2
  const outWidth = shape.heads * widths.vHeadDim
  const sp = shapeParams(shape)
  const layerParams = moe
    ? moe.replicatedParamsPerLayer + moe.topK * moe.expertParams
    : d * qWidth + 2 * d * kvWidth + outWidth * d + (gated ? 3 : 2) * d * f
  const activeParams = moe
    ? sp.activeParams * shape.params / sp.totalParams
    : shape.params
  // Korthikanti et al. 2022 §4.1, generalised to grouped KV and gated MLPs (bytes per token, 16-bit):
  // not split by TP: the QKV and MLP inputs (2 + 2), two LayerNorm inputs (4), two dropout masks (1 + 1).
  // A MoE layer also keeps its k dispatched copies of the token and the k expert outputs the combine weighs.
  const unsplitBytesPerToken = d * (2 + 2 + 4 + (dropout ? 2 : 0)) + (moe
    ? 2 * 2 * moe.topK * d
    : 0)
  // split by TP: Q, K, V, the output-projection input, and the MLP's up-projection outputs and activation.
  const splitBytesPerToken = 2 * qWidth + 2 * 2 * kvWidth + 2 * outWidth + (gated
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
    activeParams,
    layerParams,
    denseForwardFlopsPerToken: 2 * layerParams,
    moe,
    attentionForwardFlopsPerToken: 2 * shape.heads * (widths.qkHeadDim + widths.vHeadDim) * shape.seqLen,
    logitForwardFlopsPerToken: 2 * shape.vocab * d,
    unsplitBytesPerToken,
    splitBytesPerToken,
    // softmax output (2) + dropout mask (1) + dropout output (2) per head per key: the "5as/h" term.
    scoreBytesPerTokenPerKey: shape.heads * (2 + (dropout ? 3 : 0)),
    kvWidth,
    kvHeads: widths.kvHeads,
    kvProjectionForwardFlopsPerToken: 4 * d * kvWidth,
    qWidth,
    ffnHidden: f,
    ffnUpWidth: gated
      ? 2 * f
      : f,
    // Forward inputs: QKV (d), projection (H·Q), MLP up (d), MLP down (f). Backward output gradients:
    // QKV (H·Q + 2·KV), projection (d), MLP up (f or 2f), MLP down (d).
    // A MoE layer's up- and down-projections take one d-wide input (and output gradient) per expert used.
    gemmInputsPerToken: {
      replicated: 2 * d + 2 * d * (moe
        ? moe.topK + moe.shared
        : 1),
      split: qWidth + f + outWidth + 2 * kvWidth + (gated
        ? 2 * f
        : f),
    },
  }
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
  /** The context-parallel ring's exposed seconds (part of collectiveSeconds). */
  contextParallelSeconds: number
  /** Tokens of one microbatch on one GPU's sequence shard. */
  tokens: number
}

/**
 * One layer's per-microbatch times on one GPU: matmul (with recomputation), memory-bound kernels, and
 * the tensor- and context-parallel collectives.
 *
 * @example
 * // GPT-3-shaped layer, t = 8, b = 1, full recompute, unfused attention, on an A100 (kernel efficiency 0.668, tiles and waves on top):
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
  // Fewer key/value heads than tensor ranks (multi-query attention, or 8 KV heads at t = 16): a rank
  // holds whole KV heads, so the K and V projections run t ÷ H_kv times over (Megatron replicates them).
  const kvReplicated = c.kvProjectionForwardFlopsPerToken * (t / Math.min(t, c.kvHeads) - 1) * (input.recompute === 'full'
    ? 4
    : 3)
  const hardwareFlopsPerTokenPerLayer = 3 * forward + recomputeExtra + kvReplicated
  const attentionHardware = 3 * attentionExecuted + (input.recompute === 'none'
    ? 0
    : attentionExecuted)
  // A mixture of experts: the routed experts' share waits for the most-loaded rank (the imbalance), and
  // an overlapped all-to-all keeps some SMs from the compute.
  const experts = expertSoftware(input)
  const routedHardware = c.moe
    ? c.moe.routedForwardFlopsPerToken * (3 + (input.recompute === 'full'
      ? 1
      : 0)) * (experts.imbalance - 1)
    : 0
  const smShare = c.moe
    ? 1 - experts.communicationSmShare
    : 1
  // The layer's four weight matrices, each split t ways, as GEMMs of this microbatch's tokens (./gemm:
  // their efficiency falls as they shrink). Their tiled FLOPs over their plain FLOPs is the layer's
  // tile loss, applied to the dense work the shape counts (K/V projections replicated when t exceeds
  // the KV heads, latent attention's low-rank projections, the experts a token uses), at the
  // steady-state rate peak × kernel efficiency.
  const tiling = rates.gemmTiling
  const forwardPasses = input.recompute === 'full'
    ? 2
    : 1
  const gemms: [number, number][] = [
    [c.dModel, (c.qWidth + 2 * c.kvWidth) / t],
    [c.qWidth / t, c.dModel],
    [c.dModel, c.ffnUpWidth / t],
    [c.ffnHidden / t, c.dModel],
  ]
  const tiledFlops = gemms.reduce((sum, [k, n]) => sum + weightGemmFlops(tokens, k, n, forwardPasses, tiling), 0)
  const plainFlops = gemms.reduce((sum, [k, n]) => sum + weightGemmFlops(tokens, k, n, forwardPasses, null), 0)
  const denseHardware = hardwareFlopsPerTokenPerLayer - attentionHardware
  const denseFlops = tokens / t * (denseHardware * tiledFlops / plainFlops + routedHardware)
  const matmulSeconds = (denseFlops / (rates.peakFlopsPerSecond * rates.kernelEfficiency) + tokens / t * attentionHardware / rates.attentionFlopsPerSecond) / smShare

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
    ? tokens * (MEMORY_BOUND_TRAFFIC.fp8CastBytesPerElement + MEMORY_BOUND_TRAFFIC.fp8AmaxBytesPerElement) * (c.gemmInputsPerToken.replicated + c.gemmInputsPerToken.split / t)
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
    ? scaleUpBytesPerSecond(rates, t)
    : rates.interNodeBytesPerSecond) * eff
  const tpCollectives = 4 + (input.recompute === 'full'
    ? 2
    : 0)
  const tpSeconds = tpCollectives * ringSeconds(tokens * c.dModel * 2, t, tpBandwidth)
  // Context parallel (Megatron-Core, Ring Attention): each rank keeps its 1/cp of the sequence (two
  // chunks, for causal balance) and the K/V blocks of the others pass around a ring of cp ranks,
  // (cp − 1)/cp of the sequence's K and V per pass, each block sent while the previous one is attended
  // to. Passes: one forward; two backward (K/V again, since only the local chunk is stored, and their
  // gradients back); one more with full recomputation. Each pass hides under the attention it feeds
  // (a backward pass under the backward's 2 × forward attention): only what exceeds it is exposed.
  const cpBandwidth = (t * cp <= rates.nvlinkDomainGpus
    ? scaleUpBytesPerSecond(rates, cp)
    : rates.interNodeBytesPerSecond) * eff
  const kvBytes = 2 * tokens * cp * c.kvWidth / t * 2
  const attentionForwardSeconds = tokens / t * attentionExecuted / rates.attentionFlopsPerSecond
  const cpSeconds = (3 + (input.recompute === 'full'
    ? 1
    : 0)) * Math.max(0, ringSeconds(kvBytes, cp, cpBandwidth, 1) - attentionForwardSeconds)

  // Output layer on the last stage: vocabulary-parallel matmul (3 passes, never recomputed) and the
  // fp32 logits written, read by the loss and its gradient written.
  const logitMatmul = weightGemmFlops(tokens, c.dModel, c.vocab / t, 1, tiling) / rates.highPrecisionFlopsPerSecond
  const logitTraffic = tokens * c.vocab / t * 4 * passes / (rates.hbmBytesPerSecond * MEMORY_BOUND_TRAFFIC.hbmEfficiency)
  return {
    matmulSeconds,
    memoryBoundSeconds,
    collectiveSeconds: tpSeconds + cpSeconds,
    contextParallelSeconds: cpSeconds,
    logitSeconds: logitMatmul + logitTraffic,
    hardwareFlopsPerTokenPerLayer,
    activationBytes,
    tokens,
  }
}
