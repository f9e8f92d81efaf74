/**
 * The global batch a run uses: the one given, or the batch-size law's for the run's compute
 * (data/batch-size-law.ts: DeepSeek LLM, B_opt = 0.2920 · C^0.3271 tokens with C = M·D), in whole
 * sequences, at most the run's own tokens.
 *
 * No cap for the cluster's memory: a global batch never has to be in memory at once. The pipeline
 * runs it as microbatches (1F1B keeps at most p of them in flight per stage, whatever their number)
 * and data parallelism splits it, so any cluster that holds the model holds any batch; a small
 * cluster only takes longer per step. What the cluster does set is whether it can use the batch:
 * with B sequences, GPUs beyond B × t have nothing to do (./batch-floor.ts).
 */
import type { ScaleModelShape } from './types'
import { BATCH_SIZE_LAW } from '../../data/batch-size-law'
import { SCALING_WALL_SCENARIO } from '../../data/scale-runs'
import { formatCount } from '../format/numbers'

/** The shape the law reads: layers, width and the sequence length. */
export type LawShape = Pick<ScaleModelShape, 'layers' | 'dModel' | 'seqLen'>

/**
 * M of the law: non-embedding FLOPs per token, attention included, in the paper's own count
 * (72·L·d² + 12·L·d·s), whatever the attention and MLP widths: the convention the law was fitted in.
 *
 * @example
 * lawFlopsPerToken({ layers: 30, dModel: 4096, seqLen: 4096 }) // 4.228e10 (DeepSeek LLM 7B)
 */
export function lawFlopsPerToken(shape: LawShape): number {
  const { layers, dModel, seqLen } = shape
  return BATCH_SIZE_LAW.flopsPerTokenPerLayerPerWidthSquared * layers * dModel ** 2
    + BATCH_SIZE_LAW.attentionFlopsPerTokenPerLayerPerWidthPerToken * layers * dModel * seqLen
}

/**
 * The law's batch in tokens for a compute budget C = M·D (not rounded to sequences).
 *
 * @example
 * lawBatchTokens(8.456e22) // 9.22e6 (DeepSeek LLM 7B; the paper used 2304 × 4096 = 9.44e6)
 */
export function lawBatchTokens(computeFlops: number): number {
  return BATCH_SIZE_LAW.coefficient * computeFlops ** BATCH_SIZE_LAW.exponent
}

/**
 * A batch in whole sequences that splits as runs' batches do: `sequences` rounded to three significant
 * binary digits, 4, 5, 6 or 7 × 2^k (within 11%: DeepSeek's own 2304 and 4608 are 9 × 2^k), so the
 * data-parallel widths the layout search tries divide it. A prime factor such as 47 would leave the
 * search a few widths and make the utilization jump with the rounding, not with the batch.
 *
 * @example
 * roundBatchSequences(48_600) // 49_152 (6 × 8192)
 * roundBatchSequences(3.2) // 3
 */
export function roundBatchSequences(sequences: number): number {
  if (!(sequences >= 1))
    return 1
  const step = 2 ** Math.max(0, Math.floor(Math.log2(sequences)) - 2)
  return Math.max(1, Math.round(sequences / step) * step)
}

export interface RunBatch {
  /** The batch the run trains with, tokens (whole sequences). */
  batchTokens: number
  batchSequences: number
  /** `given`: the assumptions set it; `law`: the batch-size law's (capped where `cappedAtTrainingTokens`). */
  from: 'given' | 'law'
  /** The law's batch for this run, whole sequences, whether used or not. */
  lawBatchTokens: number
  /** C = M·D of the law, FLOPs. */
  lawComputeFlops: number
  /** How far the run lies beyond the compute the law was fitted on: C ÷ the fit's largest budget (≤ 1 inside). */
  extrapolation: number
  /** The law's batch exceeded the run's tokens: one step of all of them. */
  cappedAtTrainingTokens: boolean
}

/**
 * The global batch of one run: `given` when not null, else the law's for the shape and its tokens.
 *
 * @example
 * runBatch(SCALING_WALL_SCENARIO.shape, 2.016e13, null)
 * // { batchTokens: 100_663_296 (49,152 × 2,048), from: 'law', lawComputeFlops: 1.23e26, extrapolation: 6.2e6, … }
 * runBatch(SCALING_WALL_SCENARIO.shape, 2.016e13, 3072 * 2048).from // 'given'
 */
export function runBatch(shape: LawShape, trainingTokens: number, given: number | null): RunBatch {
  const lawComputeFlops = lawFlopsPerToken(shape) * trainingTokens
  const raw = lawBatchTokens(lawComputeFlops) / shape.seqLen
  const maxSequences = Math.max(1, Math.floor(trainingTokens / shape.seqLen))
  const cappedAtTrainingTokens = raw > maxSequences
  const lawSequences = cappedAtTrainingTokens
    ? maxSequences
    : roundBatchSequences(raw)
  const lawTokens = lawSequences * shape.seqLen
  const batchTokens = given ?? lawTokens
  return {
    batchTokens,
    batchSequences: batchTokens / shape.seqLen,
    from: given === null
      ? 'law'
      : 'given',
    lawBatchTokens: lawTokens,
    lawComputeFlops,
    extrapolation: lawComputeFlops / BATCH_SIZE_LAW.fittedComputeFlops.max,
    cappedAtTrainingTokens,
  }
}

/** The talk-era batch: Megatron-LM's 3,072 sequences of 2,048 tokens (6.3M), the wall's batch before the law. */
export const TALK_ERA_BATCH_TOKENS = SCALING_WALL_SCENARIO.batchSequences * SCALING_WALL_SCENARIO.shape.seqLen

/** Which batch a figure used: the law's, one set in the assumptions, or the talk era's 6.3M. */
export type BatchKind = 'law' | 'given' | 'talk era'

/**
 * A batch in words for a headline or a legend: whose it is and its size.
 *
 * @example
 * batchInWords('law', 100_663_296) // "the batch-size law's 101M tokens"
 * batchInWords('given', 3072 * 2048) // "the 2021 batch, 6.29M tokens"
 * batchInWords('given', 16e6) // 'a batch of 16M tokens (set)'
 */
export function batchInWords(kind: BatchKind, batchTokens: number): string {
  if (kind === 'law')
    return `the batch-size law's ${formatCount(batchTokens)} tokens`
  if (kind === 'talk era' || batchTokens === TALK_ERA_BATCH_TOKENS)
    return `the 2021 batch, ${formatCount(batchTokens)} tokens`
  return `a batch of ${formatCount(batchTokens)} tokens (set)`
}
