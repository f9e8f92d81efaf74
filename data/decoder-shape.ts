/**
 * The one shape of a decoder-only Transformer: every other shape in the project (a model's published
 * architecture, a published run's, the scale model's, one layer's for the matrix slide) is this type
 * with some fields made required or left out. Types only.
 */

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
