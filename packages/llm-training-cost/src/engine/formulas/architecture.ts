/**
 * Parameters of a decoder-only Transformer from its shape (Vaswani et al. 2017, Figure 1): what the
 * "≈ 12·d² per layer" rule counts, and how close it lands to the published size.
 */
import type { DecoderShape } from '../../data/decoder-shape.ts'
import type { Architecture, ModelId } from '../../data/models.ts'
import type { Source } from '../../data/source.ts'
import { TRANSFORMER_FIGURE_1 } from '../../data/model-dates.ts'
import { architectureOf, getModel } from '../facts/lookup.ts'

/**
 * The shape that fixes a layer's weight matrices: the one decoder shape's width fields. The head width
 * defaults to d ÷ H (the Transformer's); a published shape gives its own (Gemma 2: 256 at d = 3584).
 */
export type LayerWeightsShape = Pick<DecoderShape, 'dModel' | 'heads' | 'headDim' | 'kvHeads' | 'ffnHidden' | 'gatedMlp'>

export interface LayerParams {
  /** W_Q and W_O (d × H·Q each), W_K and W_V (d × H_kv·Q each). */
  attentionParams: number
  /** MLP up (d × f) and down (f × d), plus the gate (d × f) when gated. */
  mlpParams: number
  /** Weight matrices of one layer; biases and norm gains (O(d)) are not in it (see modelParamsFromShape). */
  totalParams: number
}

/**
 * Weight-matrix parameters of one decoder layer: 2·d·(H·Q) + 2·d·(H_kv·Q) for attention and
 * (2 or 3)·d·f for the MLP, i.e. 4d² + 8d² = 12·d² for the Transformer's own shape (H·Q = d, all
 * heads with their own keys and values, f = 4d, no gate).
 *
 * @example
 * layerParams({ dModel: 12288, heads: 96, headDim: 128 }).totalParams // 1.812e9 = 12 × 12288² (GPT-3)
 * layerParams({ dModel: 18432, heads: 48, headDim: 256, kvHeads: 1, ffnHidden: 73728, gatedMlp: true }).totalParams
 * // 4.539e9 (PaLM 540B: multi-query attention, SwiGLU at 4·d)
 */
export function layerParams(shape: LayerWeightsShape): LayerParams {
  const d = shape.dModel
  const headDim = shape.headDim ?? d / shape.heads
  const width = shape.heads * headDim
  const kvWidth = (shape.kvHeads ?? shape.heads) * headDim
  const f = shape.ffnHidden ?? 4 * d
  const attentionParams = 2 * d * width + 2 * d * kvWidth
  const mlpParams = (shape.gatedMlp ? 3 : 2) * d * f
  return { attentionParams, mlpParams, totalParams: attentionParams + mlpParams }
}

/** A whole model's shape: layers, the token embedding (absent vocab = not counted) and whether the output layer shares it. */
export type ModelShape = LayerWeightsShape & Pick<DecoderShape, 'layers' | 'vocab' | 'tiedEmbeddings'>

export interface ModelParams {
  perLayer: LayerParams
  /** L × per-layer weights. */
  layerStackParams: number
  /** Norm gains: two per layer (before attention, before the MLP) and the final one, d each: (2L + 1)·d. */
  normParams: number
  /** V × d token embedding; 0 without a vocabulary. */
  embeddingParams: number
  /** V × d output (logit) matrix when it is not tied to the embedding; 0 when tied or without a vocabulary. */
  outputParams: number
  totalParams: number
}

/**
 * Parameters of a whole decoder from its shape: the V × d embedding, L layers of attention (query
 * and output at H·Q, keys and values at H_kv·Q) and MLP (two or, gated, three d × f matrices), the
 * norm gains, and a separate V × d output layer when the embeddings are not tied. Left out: biases
 * and LayerNorm offsets (O(d) per layer, none in Llama or PaLM) and learned position embeddings
 * (s·d: 25M of GPT-3's 175B); each is under 0.1% of any model here.
 *
 * @example
 * modelParamsFromShape({ layers: 96, dModel: 12288, heads: 96, headDim: 128, vocab: 50257 }).totalParams
 * // 1.746e11: GPT-3 (published 175B)
 * modelParamsFromShape({ layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnHidden: 14336, gatedMlp: true, vocab: 128256, tiedEmbeddings: false }).totalParams
 * // 8.030e9: Llama 3 8B
 */
export function modelParamsFromShape(shape: ModelShape): ModelParams {
  const perLayer = layerParams(shape)
  const layerStackParams = shape.layers * perLayer.totalParams
  const normParams = (2 * shape.layers + 1) * shape.dModel
  const embeddingParams = (shape.vocab ?? 0) * shape.dModel
  const outputParams = shape.tiedEmbeddings === false
    ? embeddingParams
    : 0
  return {
    perLayer,
    layerStackParams,
    normParams,
    embeddingParams,
    outputParams,
    totalParams: layerStackParams + normParams + embeddingParams + outputParams,
  }
}

/**
 * Signed relative difference of an estimate from a reference: (estimate − reference) / reference.
 * The "engine vs published" figure every slide shows.
 *
 * @example
 * relativeDifference(5.88e23, 5.76e23) // 0.0208: 6ND of Chinchilla vs the paper's 5.76e23
 */
export function relativeDifference(estimate: number, reference: number): number {
  return (estimate - reference) / reference
}

/**
 * Each GEMM's share of a layer's forward FLOPs (GEMMs plus the element-wise rest).
 *
 * @example
 * gemmFlopShares(transformerLayerFlops(layerShapeOf('gpt-3')!)) // [0.245, 0.0136, 0.0136, 0.0816, 0.327, 0.327]
 */
export function gemmFlopShares(layer: { gemms: readonly { flops: number }[], matmulFlops: number, otherFlops: number }): number[] {
  const total = layer.matmulFlops + layer.otherFlops
  return layer.gemms.map(g => g.flops / total)
}

/**
 * The share of a layer's forward FLOPs that is not matrix multiplication.
 *
 * @example
 * elementwiseFlopShare(transformerLayerFlops(layerShapeOf('gpt-3')!)) // 0.00049
 */
export function elementwiseFlopShare(layer: { matmulFlops: number, otherFlops: number }): number {
  return layer.otherFlops / (layer.matmulFlops + layer.otherFlops)
}

export interface TransformerParamsFigure {
  name: string
  architecture: Architecture
  params: ModelParams
  /** The size the model's paper published, and the engine's count's difference from it. */
  publishedParams: number
  difference: number
  /** The Transformer paper's figure (the diagram beside it), then where the shape comes from. */
  sources: Source[]
}

/**
 * The parameters of a model with a published architecture, counted from its shape, against its
 * published size; null for a model data/models.ts gives no architecture.
 *
 * @example
 * transformerParamsFigure('gpt-3')?.difference // -0.0025: 174.6B counted against the published 175B
 */
export function transformerParamsFigure(id: ModelId): TransformerParamsFigure | null {
  const architecture = architectureOf(id)
  if (!architecture)
    return null
  const model = getModel(id)
  const params = modelParamsFromShape(architecture)
  return {
    name: model.name,
    architecture,
    params,
    publishedParams: model.params,
    difference: relativeDifference(params.totalParams, model.params),
    sources: [TRANSFORMER_FIGURE_1, architecture.source],
  }
}
