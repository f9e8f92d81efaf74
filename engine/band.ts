/**
 * The range around a figure when the assumptions move over their sourced range: the band on the
 * scaling-wall chart. Optimistic = SemiAnalysis' top MFU and the cheapest reserved price;
 * pessimistic = their bottom MFU and the dearest on-demand price.
 */
import type { Assumptions } from './validation'
import { SEMIANALYSIS_ASSUMPTIONS } from '../data/published-claims'
import { scalingWallSeries } from './estimate'
import { priceRange } from './gpu-offers'

/** The two ends of the range, as whole sets of assumptions. */
export interface AssumptionBounds {
  optimistic: Assumptions
  pessimistic: Assumptions
}

/**
 * Optimistic and pessimistic assumptions around the current ones: MFU over SemiAnalysis' 40–60%, price
 * over the chosen GPU's offers in data/prices.ts (the current price when it has none). Everything else
 * stays as it is.
 *
 * @example
 * assumptionBounds(DEFAULT_ASSUMPTIONS).optimistic // { ...DEFAULT_ASSUMPTIONS, mfu: 0.6, usdPerGpuHour: 1.03 }
 * assumptionBounds(DEFAULT_ASSUMPTIONS).pessimistic // { ...DEFAULT_ASSUMPTIONS, mfu: 0.4, usdPerGpuHour: 5.12 }
 */
export function assumptionBounds(assumptions: Assumptions): AssumptionBounds {
  const [mfuLow, mfuHigh] = SEMIANALYSIS_ASSUMPTIONS.mfuRange
  const prices = priceRange(assumptions.gpu)
  return {
    optimistic: {
      ...assumptions,
      mfu: mfuHigh,
      usdPerGpuHour: prices?.low.usdPerGpuHour ?? assumptions.usdPerGpuHour,
    },
    pessimistic: {
      ...assumptions,
      mfu: mfuLow,
      usdPerGpuHour: prices?.high.usdPerGpuHour ?? assumptions.usdPerGpuHour,
    },
  }
}

/** One model size of the scaling wall, with its band. */
export interface BandPoint {
  params: number
  tokens: number
  trainingFlops: number
  costUsd: number
  lowCostUsd: number
  highCostUsd: number
  /** Null without a cluster size. */
  days: number | null
  lowDays: number | null
  highDays: number | null
}

/**
 * The scaling wall (compute-optimal cost and time against size) with the band between optimistic and
 * pessimistic assumptions at each size.
 *
 * @example
 * scalingWallBand({ minParams: 1e12, maxParams: 1e13, points: 2 }, DEFAULT_ASSUMPTIONS)[0]
 * // { params: 1e12, costUsd: 3.56e8, lowCostUsd: 1.83e8, highCostUsd: 1.37e9, days: 98.9, lowDays: 74.2, highDays: 111 }
 */
export function scalingWallBand(range: { minParams: number, maxParams: number, points: number }, assumptions: Assumptions): BandPoint[] {
  const bounds = assumptionBounds(assumptions)
  const mid = scalingWallSeries(range, assumptions)
  const low = scalingWallSeries(range, bounds.optimistic)
  const high = scalingWallSeries(range, bounds.pessimistic)
  return mid.map((m, i) => ({
    params: m.params,
    tokens: m.tokens,
    trainingFlops: m.trainingFlops,
    costUsd: m.costUsd,
    lowCostUsd: low[i]!.costUsd,
    highCostUsd: high[i]!.costUsd,
    days: m.wallClockDays,
    lowDays: low[i]!.wallClockDays,
    highDays: high[i]!.wallClockDays,
  }))
}
