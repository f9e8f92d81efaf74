/**
 * How far a trained model sits from the compute-optimal frontier (Hoffmann et al. 2022): tokens per
 * parameter, and the factor of tokens it lacked.
 */
import type { ModelId } from '../../data/models.ts'
import type { Source } from '../../data/source.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import { CHINCHILLA_TABLE_3 } from '../../data/published-claims.ts'
import { getModel } from '../facts/lookup.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'

/** A run's distance from compute-optimal training. */
export interface ComputeOptimalGap {
  /** D / N of the run. */
  tokensPerParam: number
  /** Tokens a compute-optimal model of this size would see: k·N. */
  computeOptimalTokens: number
  /** computeOptimalTokens / tokens: > 1 means under-trained by that factor. */
  tokenShortfallFactor: number
  undertrained: boolean
}

/**
 * Tokens per parameter of a run against k tokens per parameter.
 *
 * @example
 * computeOptimalGap(175e9, 300e9, 20) // GPT-3: 1.71 tokens/param, 3.5T optimal, ×11.7 short
 * computeOptimalGap(70e9, 1.4e12, 20) // Chinchilla: 20 tokens/param, ×1.0
 */
export function computeOptimalGap(params: number, tokens: number, tokensPerParam: number): ComputeOptimalGap {
  const optimal = computeOptimalTokens(params, tokensPerParam)
  const shortfall = optimal / tokens
  return {
    tokensPerParam: tokens / params,
    computeOptimalTokens: optimal,
    tokenShortfallFactor: shortfall,
    // A percent of slack keeps Chinchilla itself (exactly 20) from reading as under-trained.
    undertrained: shortfall > 1.01,
  }
}

/**
 * Points of the frontier D = k·N between two model sizes, evenly spaced in log.
 *
 * @example
 * computeOptimalFrontier(1e8, 1e13, 6, 20).map(p => p.tokens) // [2e9, 2e10, 2e11, 2e12, 2e13, 2e14]
 */
export function computeOptimalFrontier(minParams: number, maxParams: number, points: number, tokensPerParam: number): { params: number, tokens: number }[] {
  const n = Math.max(2, points)
  const ratio = (maxParams / minParams) ** (1 / (n - 1))
  return Array.from({ length: n }, (_, i) => {
    const params = minParams * ratio ** i
    return {
      params,
      tokens: computeOptimalTokens(params, tokensPerParam),
    }
  })
}

/** A model on the compute-optimal figure, and how far it is from the frontier. */
export interface FrontierModel {
  id: ModelId
  name: string
  params: number
  tokens: number
  gap: ComputeOptimalGap
}

export interface ComputeOptimalFigure {
  /** k, the "Tokens per parameter" assumption. */
  tokensPerParam: number
  /** The line D = k·N over the figure's range. */
  frontier: { params: number, tokens: number }[]
  table3: readonly { params: number, tokens: number }[]
  models: FrontierModel[]
  /** Chinchilla Table 3's first to last size: the sizes its fit was made over. */
  range: { minParams: number, maxParams: number }
  /** Table 3's source, then each model's, each document once. */
  sources: Source[]
}

/**
 * Chinchilla Table 3's sizes: the range the frontier is drawn over. Facts only.
 *
 * @example
 * computeOptimalRange() // { minParams: 4e8, maxParams: 1e13 }
 */
export function computeOptimalRange(): { minParams: number, maxParams: number } {
  const sizes = CHINCHILLA_TABLE_3.rows.map(r => r.params)
  return {
    minParams: Math.min(...sizes),
    maxParams: Math.max(...sizes),
  }
}

/**
 * The compute-optimal frontier at k tokens per parameter, with Chinchilla's Table 3 and `models` placed
 * against it.
 *
 * @example
 * computeOptimalFigure(TALK_MODEL_IDS, DEFAULT_ASSUMPTIONS).models.find(m => m.id === 'gpt-3')?.gap.tokenShortfallFactor // 11.7
 */
export function computeOptimalFigure(models: readonly ModelId[], assumptions: Pick<Assumptions, 'tokensPerParam'>): ComputeOptimalFigure {
  const k = assumptions.tokensPerParam
  const range = computeOptimalRange()
  const placed = models.map((id) => {
    const model = getModel(id)
    return {
      id,
      name: model.shortName,
      params: model.params,
      tokens: model.tokens,
      gap: computeOptimalGap(model.params, model.tokens, k),
    }
  })
  return {
    tokensPerParam: k,
    frontier: computeOptimalFrontier(range.minParams, range.maxParams, 2, k),
    table3: CHINCHILLA_TABLE_3.rows,
    models: placed,
    range,
    sources: [
      CHINCHILLA_TABLE_3.source,
      ...new Set(models.map(id => getModel(id).source)),
    ],
  }
}
