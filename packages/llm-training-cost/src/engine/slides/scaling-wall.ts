/**
 * The range around a figure when the assumptions move over their sourced range: the band on the
 * scaling-wall chart. Optimistic = SemiAnalysis' top MFU and the cheapest reserved price;
 * pessimistic = their bottom MFU and the dearest on-demand price.
 */
import type { ScalingWallClaim } from '../../data/published-claims.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { TrainingEstimate } from '../formulas/estimate.ts'
import type { ScaleWall } from '../scale-model/scaling-wall.ts'
import { SCALING_WALL_CLAIMS, SEMIANALYSIS_ASSUMPTIONS } from '../../data/published-claims.ts'
import { priceRange } from '../facts/gpu-offers.ts'
import { formatCount, formatDays, formatPercent, formatUsd } from '../format/numbers.ts'
import { estimateTraining, scalingWallSeries } from '../formulas/estimate.ts'
import { batchInWords } from '../scale-model/batch-size.ts'
import { bestPublishedMfuAtScale } from '../scale-model/published-runs.ts'
import { scaleWall } from '../scale-model/scaling-wall.ts'
import { memoLast } from '../util/memo-last.ts'

/** The two ends of the range, as whole sets of assumptions. */
export interface AssumptionBounds {
  optimistic: Assumptions
  pessimistic: Assumptions
  /**
   * How many of the chip's offers in data/prices.ts the price range draws on: 0 when it has none and
   * both ends take the panel's price, so a label can say so instead of "$1.5–$1.5".
   */
  priceOffers: number
  /**
   * The optimistic MFU is SemiAnalysis' "~60%", which points at MosaicML's table where ~60% is hardware
   * FLOPs utilization (recomputation counted), not MFU: the best MFU published for A100s at scale goes
   * beside it so the band's edge is read for what it is.
   */
  optimisticMfuIsHfu: boolean
  bestPublishedA100Mfu: { mfu: number, gpus: number, label: string } | null
}

/**
 * Optimistic and pessimistic assumptions around the current ones: MFU over SemiAnalysis' 40–60%, price
 * over the chosen GPU's offers in data/prices.ts (the current price when it has none). Everything else
 * stays as it is.
 *
 * @example
 * assumptionBounds(DEFAULT_ASSUMPTIONS).optimistic // { ...DEFAULT_ASSUMPTIONS, mfu: 0.6, usdPerGpuHour: 1.36 }
 * assumptionBounds(DEFAULT_ASSUMPTIONS).pessimistic // { ...DEFAULT_ASSUMPTIONS, mfu: 0.4, usdPerGpuHour: 5.12 }
 */
export function assumptionBounds(assumptions: Assumptions): AssumptionBounds {
  const [mfuLow, mfuHigh] = SEMIANALYSIS_ASSUMPTIONS.mfuRange
  const prices = priceRange(assumptions.gpu)
  const best = bestPublishedMfuAtScale(SEMIANALYSIS_ASSUMPTIONS.acceleratorId)
  return {
    priceOffers: prices?.offers ?? 0,
    optimisticMfuIsHfu: mfuHigh === SEMIANALYSIS_ASSUMPTIONS.utilizationUpperBound,
    bestPublishedA100Mfu: best && { mfu: best.mfu, gpus: best.run.gpus, label: best.run.label },
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
  return bandPoints(scalingWallSeries(range, assumptions), scalingWallSeries(range, bounds.optimistic), scalingWallSeries(range, bounds.pessimistic))
}

/** The middle series with the optimistic and pessimistic ones as its band (same sizes, same order). */
function bandPoints(mid: readonly TrainingEstimate[], low: readonly TrainingEstimate[], high: readonly TrainingEstimate[]): BandPoint[] {
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

/** The scaling wall's sizes: 100M to 10T parameters, 8 points per decade, so 1T and 10T fall on points. */
const SCALING_WALL_RANGE = { minParams: 1e8, maxParams: 1e13, points: 41 } as const

export interface ScalingWallFigure {
  /** Cost and days at each size, with the band. */
  points: BandPoint[]
  /** The assumptions the band's two edges were computed with: its label reads them. */
  bounds: AssumptionBounds
  /** SemiAnalysis' 1T and 10T claims, each beside the engine's figure for the same size. */
  marked: { claim: ScalingWallClaim, estimate: TrainingEstimate }[]
  /**
   * With the wall's switch on "scale model" (`assumptions.scaleModel`): the same wall with the scale
   * model's utilization and failures; the band stays the fixed-MFU range it is compared with. Null at
   * the talk's fixed MFU.
   */
  scaleModel: ScaleWall | null
}

/**
 * The "Dense Transformer Scaling Wall" figure under the current assumptions.
 *
 * @example
 * scalingWallFigure(DEFAULT_ASSUMPTIONS).bounds.optimistic.mfu // 0.6
 * scalingWallFigure(DEFAULT_ASSUMPTIONS).marked[0].claim.usd // 3e8: "1T → $300M"
 */
export const scalingWallFigure = memoLast(computeScalingWallFigure)

function computeScalingWallFigure(assumptions: Assumptions): ScalingWallFigure {
  const bounds = assumptionBounds(assumptions)
  const mid = scalingWallSeries(SCALING_WALL_RANGE, assumptions)
  const low = scalingWallSeries(SCALING_WALL_RANGE, bounds.optimistic)
  const high = scalingWallSeries(SCALING_WALL_RANGE, bounds.pessimistic)
  return {
    points: bandPoints(mid, low, high),
    bounds,
    marked: SCALING_WALL_CLAIMS.map(claim => ({
      claim,
      estimate: estimateTraining({ params: claim.params }, assumptions),
    })),
    scaleModel: assumptions.scaleModel
      ? scaleWall(assumptions)
      : null,
  }
}

export interface ScalingWallRow {
  claim: ScalingWallClaim
  /** Null where the scale model finds no layout of this model that fits the cluster. */
  costUsd: number | null
  days: number | null
  /** The utilization the row was computed at: the fixed MFU, or the scale model's. */
  mfu: number | null
  /** The scale model's global batch for this row; null at the fixed MFU (no batch in it). */
  batchTokens: number | null
}

export interface ScalingWallRows {
  rows: ScalingWallRow[]
  utilization: 'fixed MFU' | 'scale model'
  /** Why the scale model was asked for and could not run (a TPU, FP8 without kernel data); else null. */
  unavailable: string | null
  /**
   * With the scale model: which batch the rows used, and the 1T row at the other batch worth comparing
   * (the talk era's 6.3M, or the law's), in one line. Null at the fixed MFU.
   */
  batchNote: string | null
}

/**
 * SemiAnalysis' 1T and 10T claims beside the engine's figures on the cluster each claim names: at the
 * talk's fixed MFU, or with the wall's switch on the scale model's utilization and failures.
 *
 * @example
 * scalingWallRows(DEFAULT_ASSUMPTIONS).rows[0] // { claim: 1T → $300M, costUsd: 3.56e8, days: 98.9, mfu: 0.45 }
 * scalingWallRows({ ...DEFAULT_ASSUMPTIONS, scaleModel: true }).rows[0] // { costUsd: ≈4.4e8, days: ≈126, mfu: ≈0.53, batchTokens: 100_663_296 } (the batch-size law's)
 * scalingWallRows({ ...DEFAULT_ASSUMPTIONS, scaleModel: true, batchTokens: 3072 * 2048 }).rows[0] // { costUsd: ≈2.0e9, days: ≈577, mfu: ≈0.115 }
 */
export function scalingWallRows(assumptions: Assumptions): ScalingWallRows {
  const scale = scalingWallFigure(assumptions).scaleModel
  if (scale && scale.unavailable === null) {
    const used = scale.batchFrom === 'law'
      ? `Each size at the batch-size law's batch for its compute (${scale.claims.map(({ claim, point }) => `${formatCount(claim.params)}: ${formatCount(point.batchTokens)} tokens`).join(', ')})`
      : `Every size at ${batchInWords('given', scale.claims[0]?.point.batchTokens ?? 0)}`
    const c = scale.compared
    const other = c && `; at ${batchInWords(c.batch, c.point.batchTokens ?? 0)}, ${formatCount(c.point.params)}: ${formatPercent(c.point.effectiveMfu)} MFU, ${formatDays(c.point.days)}, ${formatUsd(c.point.costUsd)}`
    return {
      utilization: 'scale model',
      unavailable: null,
      batchNote: `${used}${other ?? ''}.`,
      rows: scale.claims.map(({ claim, point }) => ({
        claim,
        costUsd: point.costUsd,
        days: point.days,
        mfu: point.effectiveMfu,
        batchTokens: point.batchTokens,
      })),
    }
  }
  return {
    utilization: 'fixed MFU',
    unavailable: scale?.unavailable ?? null,
    batchNote: null,
    rows: SCALING_WALL_CLAIMS.map((claim) => {
      const estimate = estimateTraining({ params: claim.params }, { ...assumptions, gpus: claim.gpus })
      return {
        claim,
        costUsd: estimate.costUsd,
        days: estimate.wallClockDays,
        mfu: assumptions.mfu,
        batchTokens: null,
      }
    }),
  }
}
