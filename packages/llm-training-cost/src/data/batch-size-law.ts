/**
 * The global batch a run would use, from a published law of the batch size against compute: what the
 * scale model trains with when no batch is given (engine/scale-model/batch-size.ts). Values only.
 *
 * Why this law: DeepSeek LLM's fit is the one published law whose batch is in tokens against the
 * training compute alone (no loss, so no tokenizer or data set to carry over), and the paper checks it
 * at production scale: its own 7B and 67B runs use the batches it predicts (within 10%, tests print
 * both). Other laws at a 1e26-FLOP run span 7.5M (Power Lines' optimal batch) to 130M tokens (Power
 * Lines' critical batch); Kaplan's critical batch (53M), Zhang et al.'s (30M) and the Step Law (22M)
 * fall inside, DeepSeek's (93M) near the top. Every one of them is extrapolated there by two or more
 * orders of magnitude.
 */
import type { ReferenceLabel, Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** A published run's own shape and batch, to hold the law to. */
export interface BatchLawCheck {
  label: string
  layers: number
  dModel: number
  seqLen: number
  trainingTokens: number
  batchSequences: number
  source: Source
}

export const BATCH_SIZE_LAW = {
  label: 'DeepSeek LLM\'s batch-size law',
  short: 'DeepSeek LLM (2024)',
  /** B_opt = coefficient · C^exponent, tokens; C = M·D in FLOPs. */
  coefficient: 0.2920,
  exponent: 0.3271,
  /**
   * M, "non-embedding FLOPs/token": 72·L·d² + 12·L·d·s, the paper's own count (6 × 12·d² per layer
   * plus attention), used for its GQA and SwiGLU models alike; C is M times the training tokens D.
   */
  flopsPerTokenPerLayerPerWidthSquared: 72,
  attentionFlopsPerTokenPerLayerPerWidthPerToken: 12,
  /** Compute budgets of the grid the law was fitted on (FLOPs, in the C = M·D convention). */
  fittedComputeFlops: { min: 1e17, max: 2e19 },
  /** The larger budget the paper validated the fit at. */
  validatedComputeFlops: 1e20,
  /** "near-optimal": the loss within this share of the minimum over the grid. */
  nearOptimalLossShare: 0.0025,
  referenceLabel: 'SECONDARY' as ReferenceLabel,
  source: { ...REFERENCES.deepseekLlm, where: '§3.1, Eq. 1: "B_opt = 0.2920 · C^0.3271", fitted on "compute budgets ranging from 1e17 to 2e19" and validated at 1e20; §3.2: M = 72·n_layer·d_model² + 12·n_layer·d_model·l_seq non-embedding FLOPs/token, C = M·D (read in verbatim full-text copies, not on arxiv.org: SECONDARY)', checked: '2026-12-07' },
  /** DeepSeek LLM's own runs, chosen "based on our findings in Section 3": the law at production scale. */
  checks: [
    {
      label: 'DeepSeek LLM 7B',
      layers: 30,
      dModel: 4096,
      seqLen: 4096,
      trainingTokens: 2e12,
      batchSequences: 2304,
      source: { ...REFERENCES.deepseekLlm, where: 'Table 2, 7B row: 30 layers, d_model 4096, sequence length 4096, batch size 2304, 2.0T tokens (verbatim copy: SECONDARY)', checked: '2026-12-07' },
    },
    {
      label: 'DeepSeek LLM 67B',
      layers: 95,
      dModel: 8192,
      seqLen: 4096,
      trainingTokens: 2e12,
      batchSequences: 4608,
      source: { ...REFERENCES.deepseekLlm, where: 'Table 2, 67B row: 95 layers, d_model 8192, sequence length 4096, batch size 4608, 2.0T tokens (verbatim copy: SECONDARY)', checked: '2026-12-07' },
    },
  ] as const satisfies readonly BatchLawCheck[],
} as const

/**
 * Batches published runs used since the talk: context for the law's (the practice spans a factor of
 * four around it), not inputs.
 */
export const PUBLISHED_BATCHES = [
  {
    label: 'Llama 3 405B',
    batchTokens: 16e6,
    source: { ...REFERENCES.llama3, where: '§3.4.1: "initial batch size of 4M tokens … 8M … 16M after pre-training on 2.87T tokens" (verbatim copy: SECONDARY)', checked: '2026-12-07' },
  },
  {
    label: 'DeepSeek-V3',
    batchTokens: 15360 * 4096,
    source: { ...REFERENCES.deepseekV3, where: '§4.2: "batch size is gradually increased from 3072 to 15360 in the training of the first 469B tokens", sequences of 4K (verbatim copy: SECONDARY)', checked: '2026-12-07' },
  },
] as const satisfies readonly { label: string, batchTokens: number, source: Source }[]
