/**
 * The "State-of-the-art models" table: each model of Chinchilla's Table 1 with what the engine makes of
 * it under the current assumptions.
 */
import type { ModelId } from '../../data/models.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { TrainingEstimate } from '../formulas/estimate.ts'
import type { ComputeOptimalGap } from './compute-optimal-gap.ts'
import { getModel } from '../facts/lookup.ts'
import { estimateModel } from '../formulas/estimate.ts'
import { computeOptimalGap } from './compute-optimal-gap.ts'

export interface ModelRow {
  id: ModelId
  name: string
  params: number
  tokens: number
  estimate: TrainingEstimate
  /** Against the "Tokens per parameter" assumption. */
  gap: ComputeOptimalGap
}

/**
 * One row per model, in the order given.
 *
 * @example
 * modelRows(['gpt-3'], DEFAULT_ASSUMPTIONS)[0] // { name: 'GPT-3', estimate: { costUsd: 9.35e5, ... }, gap: { tokenShortfallFactor: 11.7, ... } }
 */
export function modelRows(ids: readonly ModelId[], assumptions: Assumptions): ModelRow[] {
  return ids.map((id) => {
    const model = getModel(id)
    return {
      id,
      name: model.name,
      params: model.params,
      tokens: model.tokens,
      estimate: estimateModel(id, assumptions),
      gap: computeOptimalGap(model.params, model.tokens, assumptions.tokensPerParam),
    }
  })
}

/** What the "State-of-the-art models" slide leads with: the range of costs and who trained short. */
export interface ModelCostSpan {
  cheapestUsd: number
  dearestUsd: number
  /** The models below the compute-optimal tokens per parameter, in row order. */
  undertrained: ModelId[]
}

/**
 * The cheapest and dearest run of `rows` and the under-trained ones; null for no rows.
 *
 * @example
 * modelCostSpan(modelRows(CHINCHILLA_TABLE_1_IDS, DEFAULT_ASSUMPTIONS)) // { cheapestUsd: 4.1e5, dearestUsd: 2.55e6, undertrained: ['lamda', …] }
 */
export function modelCostSpan(rows: readonly ModelRow[]): ModelCostSpan | null {
  if (rows.length === 0)
    return null
  const costs = rows.map(r => r.estimate.costUsd)
  return {
    cheapestUsd: Math.min(...costs),
    dearestUsd: Math.max(...costs),
    undertrained: rows.filter(r => r.gap.undertrained).map(r => r.id),
  }
}
