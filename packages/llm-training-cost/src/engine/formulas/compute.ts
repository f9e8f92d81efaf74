/**
 * Training compute: how many floating-point operations a run takes.
 *
 * Conventions (Kaplan et al. 2020; PaLM App. B; Megatron-LM Sec. 5.1): a multiply-add is 2 FLOPs; the
 * backward pass costs twice the forward; full activation recomputation adds one more forward pass.
 * "Model FLOPs" (for MFU) never count recomputation; "hardware FLOPs" (for HFU) do.
 */

/** Forward + backward passes per token without recomputation: 1 forward + 2 backward. */
const PASSES_WITHOUT_RECOMPUTE = 3
/** With full activation recomputation the forward pass runs twice. */
const PASSES_WITH_RECOMPUTE = 4

/**
 * Training FLOPs of a dense Transformer by the 6·N·D rule (2 FLOPs per parameter per token forward,
 * 4 backward), ignoring attention-score FLOPs.
 *
 * @example
 * trainingFlops(175e9, 300e9) // 3.15e23: GPT-3 (published 3.14e23, GPT-3 Table D.1)
 */
export function trainingFlops(params: number, tokens: number): number {
  return 6 * params * tokens
}

/** Transformer shape needed for the attention term. */
export interface AttentionShape {
  layers: number
  heads: number
  headDim: number
  seqLen: number
}

/**
 * Attention-score FLOPs per token for training (PaLM App. B): 12·L·H·Q·T, i.e. the QKᵀ and
 * attention×V matmuls (2·2·T·H·Q each per layer forward), times 3 for forward+backward.
 *
 * @example
 * attentionFlopsPerToken({ layers: 118, heads: 48, headDim: 256, seqLen: 2048 }) // 3.56e10 (PaLM 540B)
 */
export function attentionFlopsPerToken(shape: AttentionShape): number {
  return 12 * shape.layers * shape.heads * shape.headDim * shape.seqLen
}

/**
 * Model FLOPs per training token: 6N, plus PaLM's attention term 12·L·H·Q·T when a shape is given.
 * This is the numerator of MFU: no recomputation counted.
 *
 * @example
 * modelFlopsPerToken(540.35e9) // 3.242e12
 * modelFlopsPerToken(540.35e9, { layers: 118, heads: 48, headDim: 256, seqLen: 2048 }) // 3.278e12
 */
export function modelFlopsPerToken(params: number, shape?: AttentionShape): number {
  return 6 * params + (shape
    ? attentionFlopsPerToken(shape)
    : 0)
}

/**
 * Hardware FLOPs per training token with full activation recomputation: one extra forward pass,
 * so 8N (+ 16·L·H·Q·T for attention). The numerator of HFU.
 *
 * @example
 * hardwareFlopsPerToken(175e9) // 1.4e12: Megatron-LM Eq. 4 uses 8·T·P
 */
export function hardwareFlopsPerToken(params: number, shape?: AttentionShape): number {
  const ratio = PASSES_WITH_RECOMPUTE / PASSES_WITHOUT_RECOMPUTE
  return ratio * modelFlopsPerToken(params, shape)
}

/** Shape of a Megatron-LM GPT model (Narayanan et al. 2021, Sec. 5.1 notation). */
export interface MegatronShape {
  /** l: Transformer layers. */
  layers: number
  /** h: hidden size. */
  hidden: number
  /** V: vocabulary size. */
  vocab: number
  /** s: sequence length. */
  seqLen: number
}

/**
 * Parameter count by Megatron-LM Eq. 2: P = 12·l·h²·(1 + 13/(12h) + (V + s)/(12·l·h)).
 *
 * @example
 * megatronParams({ layers: 96, hidden: 12288, vocab: 51200, seqLen: 2048 }) // 1.7457e11 (GPT-3)
 */
export function megatronParams(shape: MegatronShape): number {
  const { layers: l, hidden: h, vocab: v, seqLen: s } = shape
  return 12 * l * h * h * (1 + 13 / (12 * h) + (v + s) / (12 * l * h))
}

/**
 * FLOPs per training iteration by Megatron-LM Eq. 3. With recomputation (the paper's case):
 * F = 96·B·s·l·h²·(1 + s/(6h) + V/(16·l·h)). Without it the Transformer layers run 3 passes, not 4:
 * F = 72·B·s·l·h²·(1 + s/(6h) + V/(12·l·h)). The logit layer is never recomputed in either.
 *
 * @example
 * megatronFlopsPerIteration({ layers: 96, hidden: 12288, vocab: 51200, seqLen: 2048 }, 1536, true) // 4.5e18
 */
export function megatronFlopsPerIteration(shape: MegatronShape, batchSize: number, recompute: boolean): number {
  const { layers: l, hidden: h, vocab: v, seqLen: s } = shape
  const layerFlops = 24 * batchSize * s * l * h * h * (1 + s / (6 * h))
  const logitFlops = 2 * batchSize * s * h * v
  const passes = recompute ? PASSES_WITH_RECOMPUTE : PASSES_WITHOUT_RECOMPUTE
  return passes * layerFlops + PASSES_WITHOUT_RECOMPUTE * logitFlops
}

/**
 * What a run recomputes in its backward pass: nothing, or every layer's forward pass (full activation
 * recomputation). Selective recomputation (attention only, Korthikanti et al.) lies between and has no
 * fixed ratio: the scale model counts it from the shape.
 */
export type Recomputation = 'full' | 'none'

/**
 * Convert MFU to HFU. HFU = 4/3 × MFU holds only with full recomputation (the forward pass runs twice:
 * 8N instead of 6N per token; MosaicML's throughput table: 0.4674 MFU ↔ 0.6232 HFU); without
 * recomputation HFU = MFU. Say which: there is no default.
 *
 * @example
 * hfuFromMfu(0.4674, 'full') // 0.6232
 * hfuFromMfu(0.4674, 'none') // 0.4674
 */
export function hfuFromMfu(mfu: number, recompute: Recomputation): number {
  return recompute === 'full'
    ? mfu * PASSES_WITH_RECOMPUTE / PASSES_WITHOUT_RECOMPUTE
    : mfu
}

/**
 * Convert HFU (or a recompute-inclusive throughput such as Megatron-LM's X) to MFU: MFU = HFU × 3/4
 * with full recomputation, MFU = HFU without.
 *
 * @example
 * mfuFromHfu(140e12 / 312e12, 'full') // 0.3365: Megatron-LM's 140 TFLOP/s GPT-3 run (full recomputation)
 */
export function mfuFromHfu(hfu: number, recompute: Recomputation): number {
  return recompute === 'full'
    ? hfu * PASSES_WITHOUT_RECOMPUTE / PASSES_WITH_RECOMPUTE
    : hfu
}

/**
 * Model FLOPs utilization from measured throughput (PaLM App. B):
 * MFU = tokens/s × FLOPs per token / (chips × peak FLOP/s).
 *
 * @example
 * mfuFromThroughput({ tokensPerSecond: 238.3e3, flopsPerToken: 6 * 540.35e9, chips: 6144, peakFlopsPerSecond: 275e12 }) // 0.457
 */
export function mfuFromThroughput(run: { tokensPerSecond: number, flopsPerToken: number, chips: number, peakFlopsPerSecond: number }): number {
  return run.tokensPerSecond * run.flopsPerToken / (run.chips * run.peakFlopsPerSecond)
}

/**
 * Utilization over a whole run from booked accelerator-hours: FLOPs / (chip-hours × 3600 × peak).
 * Lower than steady-state MFU because booked time includes restarts, evaluation and idle chips.
 *
 * @example
 * utilizationFromChipHours(2.56e24, 8_404_992, 275e12) // 0.308: PaLM
 */
export function utilizationFromChipHours(trainingFlops: number, chipHours: number, peakFlopsPerSecond: number): number {
  return trainingFlops / (chipHours * 3600 * peakFlopsPerSecond)
}
