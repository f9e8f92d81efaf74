import type { AssumptionKey, Assumptions } from '../../data/assumptions.ts'
import type { ScaleReport, ScaleReportOptions } from './report.ts'
/**
 * The global batch a run uses: the one given, or the batch-size law's for the run's compute
 * (data/batch-size-law.ts: DeepSeek LLM, B_opt = 0.2920 · C^0.3271 tokens with C = M·D), in whole
 * sequences, at most the run's own tokens.
 *
 * Capped at what the cluster can hold (`fitLawBatch`): a global batch is never in memory at once, but
 * the first pipeline stage holds min(m, p) microbatches of activations in flight (1F1B), so a batch
 * that gives each pipeline m ≥ p microbatches needs more memory than a smaller one. Where no layout
 * of the law's batch fits, the batch is halved until one does (10T on a million A100s with selective
 * recomputation). What the cluster also sets is whether it can use the batch: with B sequences, GPUs
 * beyond B × t have nothing to do (./batch-floor.ts).
 */
import type { ScaleModelError, ScaleModelInput, ScaleModelOutcome, ScaleModelShape } from './types.ts'
import { BATCH_SIZE_LAW } from '../../data/batch-size-law.ts'
import { SCALING_WALL_SCENARIO } from '../../data/scale-runs.ts'
import { formatCount } from '../format/numbers.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'
import { reportOfModel } from './report.ts'
import { scaleModel } from './scale-model.ts'

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
  /** The law's batch did not fit the cluster's memory and was halved until it did (`reportWithinMemory`). */
  cappedAtMemory: boolean
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
    cappedAtMemory: false,
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

/** Halvings tried before the law's batch is given up on: 1/64 of it. */
const MAX_HALVINGS = 6

/**
 * The scale model at the law's batch, capped at what the cluster can hold: where no layout fits in
 * memory, the batch is halved (in whole, well-splitting sequences) until one does. A batch that was
 * given is run as it is.
 *
 * @example
 * fitLawBatch(tenTOnAMillionA100s, 'law') // { batchTokens: 2.35e8 (half the law's 4.7e8), cappedAtMemory: true, outcome: { ok: true, … } }
 */
export function fitLawBatch(input: ScaleModelInput, from: 'law' | 'given', atInput: ScaleModelOutcome = scaleModel(input)): { batchTokens: number, cappedAtMemory: boolean, outcome: ScaleModelOutcome } {
  let batchTokens = input.batchTokens
  let outcome = atInput
  if (from === 'given')
    return { batchTokens, cappedAtMemory: false, outcome }
  for (let i = 0; i < MAX_HALVINGS && !outcome.ok && outcome.field === 'layout'; i++) {
    const sequences = batchTokens / input.shape.seqLen
    if (sequences <= 1)
      break
    const next = roundBatchSequences(sequences / 2) * input.shape.seqLen
    const tried = scaleModel({ ...input, batchTokens: next })
    if (!tried.ok && tried.field !== 'layout')
      break
    batchTokens = next
    outcome = tried
  }
  return { batchTokens, cappedAtMemory: batchTokens !== input.batchTokens, outcome }
}

/**
 * The scale report of a run whose batch is the law's (`from: 'law'`) or given; the law's is capped at
 * what the cluster can hold (`fitLawBatch`), tried only once the law's own is refused for memory.
 *
 * @example
 * reportWithinMemory(input, options, 'law').batchTokens // the law's, or the largest halving of it that fits
 */
export function reportWithinMemory(input: ScaleModelInput, options: ScaleReportOptions, from: 'law' | 'given'): { report: ScaleReport | ScaleModelError, batchTokens: number, cappedAtMemory: boolean } {
  // One layout search per batch tried: the outcome at the law's batch decides, and is reused.
  const first = scaleModel(input)
  if (first.ok || first.field !== 'layout' || from === 'given') {
    return {
      report: reportOfModel(input, first, options),
      batchTokens: input.batchTokens,
      cappedAtMemory: false,
    }
  }
  const fit = fitLawBatch(input, from, first)
  if (!fit.cappedAtMemory || !fit.outcome.ok)
    return { report: first, batchTokens: input.batchTokens, cappedAtMemory: false }
  return {
    report: reportOfModel({ ...input, batchTokens: fit.batchTokens }, fit.outcome, options),
    batchTokens: fit.batchTokens,
    cappedAtMemory: true,
  }
}

/**
 * What a derived assumption left empty stands for, for the panel's empty box: the law's batch for the
 * wall's 1T model under the current tokens per parameter. Null for every other field, or once set.
 *
 * @example
 * derivedAssumptionHint('batchTokens', DEFAULT_ASSUMPTIONS) // "law's: 101M for 1.01T" (the wall's 1T, Megatron-LM's 1008B row)
 * derivedAssumptionHint('mfu', DEFAULT_ASSUMPTIONS) // null
 */
export function derivedAssumptionHint(key: AssumptionKey, assumptions: Pick<Assumptions, 'batchTokens' | 'tokensPerParam'>): string | null {
  if (key !== 'batchTokens' || assumptions.batchTokens !== null)
    return null
  const { shape } = SCALING_WALL_SCENARIO
  const b = runBatch(shape, computeOptimalTokens(shape.params, assumptions.tokensPerParam), null)
  return `law's: ${formatCount(b.batchTokens)} for ${formatCount(shape.params)}`
}
