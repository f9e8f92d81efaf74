/**
 * The one shape of a decoder-only Transformer: every other shape in the project (a model's published
 * architecture, a published run's, the scale model's, one layer's for the matrix slide) is this type
 * with some fields made required or left out. Types only.
 */

/**
 * The mixture-of-experts part of a decoder (DeepSeekMoE, Mixtral): every layer after the leading dense
 * ones replaces its MLP by `routed` experts of which a router picks `topK` per token, plus `shared`
 * experts every token uses. Each expert is an MLP of width `ffnHidden` (gated when the shape's
 * `gatedMlp` is). The leading dense layers keep the shape's own MLP (`DecoderShape.ffnHidden`).
 */
export interface ExpertShape {
  /** Routed experts in one MoE layer (E). */
  routed: number
  /** Routed experts a token uses (k). */
  topK: number
  /** MLP width of one expert. */
  ffnHidden: number
  /** Experts every token uses besides the routed ones; absent: 0. */
  shared?: number
  /** Leading layers with a dense MLP instead of experts; absent: 0. */
  denseLayers?: number
  /**
   * Node-limited routing (DeepSeek-V3's M): a token's experts lie on at most this many nodes, and it
   * crosses the scale-out network once per node; absent: every routed copy crosses on its own.
   */
  nodeLimit?: number
}

/**
 * Multi-head latent attention (DeepSeek-V2/V3): queries and keys/values pass through low-rank latents,
 * and each head's query/key has a non-positional part (the shape's `headDim`) plus a shared rotary part.
 */
export interface LatentAttention {
  /** Query compression rank d_c′; absent: queries are projected directly. */
  qRank?: number
  /** Key/value compression rank d_c. */
  kvRank: number
  /** Rotary (decoupled) key/query width per head d_h^R. */
  ropeHeadDim: number
  /** Value width per head; absent: `headDim`. */
  vHeadDim?: number
}

export interface DecoderShape {
  layers: number
  /** Model (residual) width d. */
  dModel: number
  /** Query heads H. */
  heads: number
  /** Per-head width Q; default dModel / heads. */
  headDim?: number
  /**
   * Key/value heads where fewer than the query heads: 1 for multi-query attention (PaLM), 8 for
   * grouped-query attention (Llama 3). Absent: as many as `heads`.
   */
  kvHeads?: number
  /** MLP hidden width d_ff; absent: 4·dModel, the Transformer's. */
  ffnHidden?: number
  /** A gated MLP (SwiGLU, gated GELU): three d × d_ff matrices instead of two. */
  gatedMlp?: boolean
  /** Dropout layers (their masks are stored activations); GPT-3-era Megatron runs had them. */
  dropout?: boolean
  /** Training context length in tokens; absent where the source gives none. */
  seqLen?: number
  /** Vocabulary size; absent where the source gives none. */
  vocab?: number
  /** Mixture of experts; absent: a dense model. */
  experts?: ExpertShape
  /** Multi-head latent attention in place of (grouped-query) multi-head attention; `kvHeads` is then unused. */
  latentAttention?: LatentAttention
  /**
   * The output (logit) layer shares the input embedding's V × d matrix (GPT-2/3, PaLM), so it is
   * counted once; false: a separate V × d output matrix (Llama). Absent: tied, Megatron-LM's default
   * and the count of its Eq. 2.
   */
  tiedEmbeddings?: boolean
}

/** A whole model ready for the step model: its parameter count, vocabulary and sequence length known. */
export type SizedDecoderShape = DecoderShape & {
  /** Total parameters N (embeddings included), for 6·N·D and the training state. */
  params: number
  vocab: number
  seqLen: number
}
