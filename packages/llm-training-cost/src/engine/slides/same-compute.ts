/**
 * The "≠" slide: two models trained for the same compute (Gopher 280B × 300B tokens, Chinchilla 70B ×
 * 1.4T), side by side: 6·N·D of each against the budget one paper states, Chinchilla's fitted loss
 * L(N, D), and the cost of each under the current assumptions. The lower loss wins.
 */
import type { ModelId, Reported } from '../../data/models.ts'
import type { Source } from '../../data/source.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import { CHINCHILLA_LOSS_FIT } from '../../data/scaling-laws.ts'
import { getModel } from '../facts/lookup.ts'
import { relativeDifference } from '../formulas/architecture.ts'
import { chinchillaLoss } from '../formulas/compute-optimal.ts'
import { estimateModel } from '../formulas/estimate.ts'
import { minBy } from '../util/extremes.ts'
import { computeOptimalGap } from './compute-optimal-gap.ts'

export interface SameComputeSide {
  id: ModelId
  name: string
  params: number
  tokens: number
  tokensPerParam: number
  trainingFlops: number
  /** 6·N·D against the published budget (value ÷ budget − 1); null without a budget. */
  differenceFromBudget: number | null
  loss: number
  costUsd: number
}

export interface SameComputeFigure {
  /** The training FLOPs the `budgetFrom` model's paper states for both; null if it states none. */
  budget: Reported | null
  sides: SameComputeSide[]
  /** The side with the lower fitted loss. */
  winnerId: ModelId
  /** Each model's paper, the budget's, and the loss fit's. */
  sources: Source[]
}

/**
 * The two models of `models` (the larger first) under `assumptions`.
 *
 * @example
 * sameComputeFigure(['gopher', 'chinchilla'], 'chinchilla', DEFAULT_ASSUMPTIONS).winnerId // 'chinchilla'
 */
export function sameComputeFigure(models: readonly [ModelId, ModelId], budgetFrom: ModelId, assumptions: Assumptions): SameComputeFigure {
  const stated = getModel(budgetFrom)
  const budget = 'reportedTrainingFlops' in stated && stated.reportedTrainingFlops
    ? stated.reportedTrainingFlops
    : null
  const sides = models.map((id): SameComputeSide => {
    const model = getModel(id)
    const estimate = estimateModel(id, assumptions)
    return {
      id,
      name: model.name,
      params: model.params,
      tokens: model.tokens,
      tokensPerParam: computeOptimalGap(model.params, model.tokens, assumptions.tokensPerParam).tokensPerParam,
      trainingFlops: estimate.trainingFlops,
      differenceFromBudget: budget === null
        ? null
        : relativeDifference(estimate.trainingFlops, budget.value),
      loss: chinchillaLoss(model.params, model.tokens),
      costUsd: estimate.costUsd,
    }
  })
  const winner = minBy(sides, side => side.loss)!
  return {
    budget,
    sides,
    winnerId: winner.id,
    sources: [
      ...models.map(id => getModel(id).source),
      ...budget
        ? [budget.source]
        : [],
      CHINCHILLA_LOSS_FIT.source,
    ],
  }
}
