/**
 * Compute-optimal allocation (Hoffmann et al. 2022, "Chinchilla"): how to split a FLOP budget between
 * parameters and tokens.
 */
import type { LossFit } from '../../data/scaling-laws.ts'
import { CHINCHILLA_LOSS_FIT } from '../../data/scaling-laws.ts'

/**
 * Compute-optimal training tokens for a model size at k tokens per parameter (Chinchilla Table 3 is
 * 20–22 tokens per parameter).
 *
 * @example
 * computeOptimalTokens(1e12) // 2e13
 * computeOptimalTokens(70e9, 20) // 1.4e12: Chinchilla
 */
export function computeOptimalTokens(params: number, tokensPerParam = 20): number {
  return params * tokensPerParam
}

/**
 * Parameters and tokens that spend a FLOP budget C = 6·N·D with D = k·N: N = √(C / 6k).
 *
 * @example
 * computeOptimalForBudget(5.76e23) // { params: 6.93e10, tokens: 1.39e12 }: Chinchilla's budget
 */
export function computeOptimalForBudget(trainingFlops: number, tokensPerParam = 20): { params: number, tokens: number } {
  const params = Math.sqrt(trainingFlops / (6 * tokensPerParam))
  return { params, tokens: params * tokensPerParam }
}

/**
 * Chinchilla's parametric loss L(N, D) = E + A/N^α + B/D^β (Approach 3 fit by default).
 *
 * @example
 * chinchillaLoss(70e9, 1.4e12) // 1.94 (Chinchilla)
 * chinchillaLoss(280e9, 300e9) // 1.99 (Gopher: bigger, fewer tokens, higher loss)
 */
export function chinchillaLoss(params: number, tokens: number, fit: LossFit = CHINCHILLA_LOSS_FIT): number {
  return fit.e + fit.a / params ** fit.alpha + fit.b / tokens ** fit.beta
}

/**
 * The N and D that minimise the fitted loss for a budget C = 6ND (Hoffmann et al. 2022, Eq. 4):
 * N = G·(C/6)^a, D = (C/6)^b / G, with a = β/(α+β), b = α/(α+β), G = (αA/(βB))^(1/(α+β)).
 *
 * @example
 * lossOptimalForBudget(5.76e23) // { params: 3.2e10, tokens: 3.0e12 } with the rounded Approach 3 constants
 */
export function lossOptimalForBudget(trainingFlops: number, fit: LossFit = CHINCHILLA_LOSS_FIT): { params: number, tokens: number } {
  const sum = fit.alpha + fit.beta
  const g = ((fit.alpha * fit.a) / (fit.beta * fit.b)) ** (1 / sum)
  const base = trainingFlops / 6
  return { params: g * base ** (fit.beta / sum), tokens: base ** (fit.alpha / sum) / g }
}
