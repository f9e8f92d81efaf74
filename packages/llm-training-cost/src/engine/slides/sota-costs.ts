/**
 * The "State-of-the-art costs" figures: each run MosaicML priced, beside SemiAnalysis' compute-only
 * cost of the same run and the engine's under the current assumptions.
 */
import type { PublishedCost } from '../../data/published-claims.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { ChangeRange } from '../format/change.ts'
import type { TrainingEstimate } from '../formulas/estimate.ts'
import { PUBLISHED_COSTS } from '../../data/published-claims.ts'
import { estimateTraining, scalingWallSeries } from '../formulas/estimate.ts'

export interface PublishedCostRow {
  /** MosaicML's quoted price for the run. */
  price: PublishedCost
  /** SemiAnalysis' compute-only cost of the same run (same parameters and tokens); null if unpublished. */
  computeOnly: PublishedCost | null
  engine: TrainingEstimate
}

/**
 * One row per run MosaicML priced, joined to SemiAnalysis' figure for the same parameters and tokens.
 *
 * @example
 * publishedCostRows(DEFAULT_ASSUMPTIONS).map(r => [r.price.usd, r.computeOnly?.usd, r.engine.costUsd])
 * // [[450e3, 326e3, 325_854], [2.5e6, 1.75e6, 1.75e6]]
 */
export function publishedCostRows(assumptions: Assumptions, costs: readonly PublishedCost[] = PUBLISHED_COSTS): PublishedCostRow[] {
  const computeOnly = costs.filter(c => c.publisher === 'semianalysis')
  return costs
    .filter(c => c.publisher === 'mosaicml')
    .map(price => ({
      price,
      computeOnly: computeOnly.find(c => c.params === price.params && c.tokens === price.tokens) ?? null,
      engine: estimateTraining({ params: price.params, tokens: price.tokens }, assumptions),
    }))
}

export interface CostPoint { params: number, costUsd: number }

export interface PublishedCostSeries {
  /** The engine's compute-optimal cost from 1B to 1T parameters. */
  line: CostPoint[]
  price: CostPoint[]
  computeOnly: CostPoint[]
  /** The engine's cost of the published runs. */
  engine: CostPoint[]
}

/** The chart's size axis: 1B to 1T parameters, 4 points per decade. */
const PUBLISHED_COSTS_RANGE = { minParams: 1e9, maxParams: 1e12, points: 13 } as const

/**
 * The same figures as series of (parameters, cost) for the log–log chart, with the compute-optimal
 * line under them.
 *
 * @example
 * publishedCostSeries(DEFAULT_ASSUMPTIONS).price // [{ params: 30e9, costUsd: 450e3 }, { params: 70e9, costUsd: 2.5e6 }]
 */
export function publishedCostSeries(assumptions: Assumptions): PublishedCostSeries {
  const rows = publishedCostRows(assumptions)
  return {
    line: scalingWallSeries(PUBLISHED_COSTS_RANGE, assumptions).map(e => ({ params: e.params, costUsd: e.costUsd })),
    price: rows.map(r => ({ params: r.price.params, costUsd: r.price.usd })),
    computeOnly: rows.flatMap(r => r.computeOnly
      ? [
          { params: r.computeOnly.params, costUsd: r.computeOnly.usd },
        ]
      : []),
    engine: rows.map(r => ({ params: r.engine.params, costUsd: r.engine.costUsd })),
  }
}

/** The "State-of-the-art costs" slide's claim: how the engine sits against each published figure. */
export interface PublishedCostSpan {
  /** Engine cost over SemiAnalysis' compute-only cost, minus one, lowest and highest over the runs. */
  engineVsComputeOnly: ChangeRange | null
  /** MosaicML's price over the engine's cost, minus one: what the price adds to the compute. */
  priceOverEngine: ChangeRange
}

/**
 * The range of differences over `rows`; null for no rows. `engineVsComputeOnly` is null when no run
 * has a compute-only figure.
 *
 * @example
 * publishedCostSpan(publishedCostRows(DEFAULT_ASSUMPTIONS))
 * // { engineVsComputeOnly: { low: −0.0028, high: −0.0004 }, priceOverEngine: { low: 0.381, high: 0.433 } }
 */
export function publishedCostSpan(rows: readonly PublishedCostRow[]): PublishedCostSpan | null {
  if (rows.length === 0)
    return null
  const range = (changes: readonly number[]): ChangeRange => ({
    low: Math.min(...changes),
    high: Math.max(...changes),
  })
  const vsComputeOnly = rows.flatMap(r => r.computeOnly
    ? [r.engine.costUsd / r.computeOnly.usd - 1]
    : [])
  return {
    engineVsComputeOnly: vsComputeOnly.length > 0
      ? range(vsComputeOnly)
      : null,
    priceOverEngine: range(rows.map(r => r.price.usd / r.engine.costUsd - 1)),
  }
}
