/**
 * How far a trained model sits from the compute-optimal frontier (Hoffmann et al. 2022): tokens per
 * parameter, and the factor of tokens it lacked.
 */
import { computeOptimalTokens } from './compute-optimal'

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
