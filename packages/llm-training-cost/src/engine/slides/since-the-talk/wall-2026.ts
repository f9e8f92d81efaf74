/**
 * "The wall in 2026": the talk's scaling wall on 2026 hardware and prices, placed on Epoch AI's
 * frontier cost trend with the third-party estimates.
 */
import type { AcceleratorId, Precision } from '../../../data/accelerators.ts'
import type { CostEstimate, DatedGpuPrice } from '../../../data/since-the-talk.ts'
import type { Source } from '../../../data/source.ts'
import type { Assumptions } from '../../assumptions/validation.ts'
import type { TrainingEstimate } from '../../formulas/estimate.ts'
import { SCALING_WALL_CLAIMS } from '../../../data/published-claims.ts'
import { COST_ESTIMATES, FRONTIER_COST_TREND, WALL_2026_OFFERS } from '../../../data/since-the-talk.ts'
import { chipName } from '../../facts/lookup.ts'
import { estimateTraining } from '../../formulas/estimate.ts'
import { kernelEfficiencyOf } from '../../scale-model/hardware.ts'

const WALL = SCALING_WALL_CLAIMS[0]

/**
 * Where the growth interval pivots: the middle of the fit's years, where a fitted line is pinned best.
 * Pivoting on the "$1B by 2027" phrase (a point far outside the data) would pinch the interval there
 * and make it too narrow in the years the wall lands in.
 */
export const TREND_PIVOT_YEAR = (FRONTIER_COST_TREND.fitFromYear + FRONTIER_COST_TREND.fitToYear) / 2

/** Epoch AI's trend: the amortized cost of the frontier run in a (decimal) year, at a growth rate pivoting on the fit's middle. */
export function frontierTrendUsd(year: number, growthPerYear: number = FRONTIER_COST_TREND.growthPerYear): number {
  const { anchorUsd, anchorYear, growthPerYear: central } = FRONTIER_COST_TREND
  const atPivot = anchorUsd * central ** (TREND_PIVOT_YEAR - anchorYear)
  return atPivot * growthPerYear ** (year - TREND_PIVOT_YEAR)
}

/** A cost priced at cloud-rental rates as the amortized cost the trend is of (Cottier et al.'s own ratio). */
export function asAmortizedUsd(rentalUsd: number): number {
  return rentalUsd / FRONTIER_COST_TREND.rentalOverAmortized.value
}

/**
 * The (decimal) year the amortized frontier cost trend reaches an amortized cost `usd`, with the years
 * its growth interval gives (pivoting on the fit's middle, `TREND_PIVOT_YEAR`). A rental-priced cost
 * goes through `asAmortizedUsd` first.
 *
 * @example
 * yearOnFrontierTrend(asAmortizedUsd(300e6)) // { year: ≈2024.8, early: ≈2023.7, late: ≈2026.1 }: 2.4× a year, 95% CI 2.0–3.1×
 */
export function yearOnFrontierTrend(usd: number): { year: number, early: number, late: number } {
  const pivotUsd = frontierTrendUsd(TREND_PIVOT_YEAR)
  const at = (growth: number): number => TREND_PIVOT_YEAR + Math.log(usd / pivotUsd) / Math.log(growth)
  const [slow, fast] = FRONTIER_COST_TREND.interval.map(at) as [number, number]
  return {
    year: at(FRONTIER_COST_TREND.growthPerYear),
    early: Math.min(slow, fast),
    late: Math.max(slow, fast),
  }
}

/** "2023-03" → 2023.17 (the month's start). */
function decimalYear(isoMonth: string): number {
  const [year, month = '1'] = isoMonth.split('-')
  return Number(year) + (Number(month) - 1) / 12
}

export interface Wall2026Row {
  id: 'panel' | 'h100-2026' | 'b200-2026' | 'b200-2026-fp8'
  /** "B200 FP8": the chip and the precision. */
  label: string
  /** Where the price comes from: "the panel" or the offer's term and date. */
  priceLabel: string
  acceleratorId: AcceleratorId
  precision: Precision
  usdPerGpuHour: number
  /** The price's date and term, null for the panel's own price. */
  offer: DatedGpuPrice | null
  estimate: TrainingEstimate
  /** The cost (at rental prices) as the amortized cost the trend is of: ÷ Cottier et al.'s rental/amortized ratio. */
  amortizedUsd: number
  /** Where the frontier cost trend reaches this cost, as amortized. */
  trendYear: { year: number, early: number, late: number }
}

export interface YearCostPoint { year: number, usd: number, label?: string }

export interface Wall2026 {
  params: number
  gpus: number
  rows: Wall2026Row[]
  /** SemiAnalysis' "$300M" for the talk's 1T model (rental), and where the trend reaches it as amortized. */
  talkUsd: number
  talkTrendYear: { year: number, early: number, late: number }
  /** The trend line and its interval over 2016–2030, for the chart. */
  trend: YearCostPoint[]
  trendSlow: YearCostPoint[]
  trendFast: YearCostPoint[]
  /** Third-party estimates by method. */
  amortized: YearCostPoint[]
  cloudRental: YearCostPoint[]
  /** The panel's wall cost placed on the trend (live). */
  panelOnTrend: YearCostPoint
  talkOnTrend: YearCostPoint
  sources: Source[]
}

const TREND_YEARS = { from: 2016, to: 2030 } as const

function estimatePoints(method: CostEstimate['method']): YearCostPoint[] {
  return COST_ESTIMATES.filter(e => e.method === method).map(e => ({
    year: decimalYear(e.published),
    usd: e.usd,
    label: e.name,
  }))
}

/**
 * The talk's wall redone: a compute-optimal 1T dense model (tokens per parameter as set) on the
 * panel's GPU and price, on H100s and on B200s at 2026 on-demand prices of the same term (BF16, and FP8
 * at its measured speed-up), all at the current MFU (capped at each chip's BF16 kernel efficiency) and goodput, on the panel's cluster (100k
 * GPUs without one); each cost placed on Epoch AI's frontier cost trend, with SemiAnalysis' $300M.
 *
 * @example
 * wallIn2026(DEFAULT_ASSUMPTIONS).rows.map(r => Math.round(r.estimate.costUsd / 1e6))
 * // [356, 187, 148, 116]: A100 at $1.5, H100 at $2.50 on demand, B200 at $4.50 on demand in BF16 and FP8 (at 45% MFU)
 */
export function wallIn2026(assumptions: Assumptions): Wall2026 {
  const gpus = assumptions.gpus ?? WALL.gpus
  const workload = { params: WALL.params }
  const row = (id: Wall2026Row['id'], gpu: AcceleratorId, precision: Precision, offer: DatedGpuPrice | null): Wall2026Row => {
    const usdPerGpuHour = offer?.usdPerGpuHour ?? assumptions.usdPerGpuHour
    // An offer's chip runs at the panel's MFU, but never above what its matmuls reach alone (its BF16
    // kernel efficiency: MFU is of the dense 16-bit peak), which the panel's MFU may pass on a new chip.
    const ceiling = offer
      ? kernelEfficiencyOf(gpu, 'bf16')
      : null
    const estimate = estimateTraining(workload, {
      ...assumptions,
      mfu: ceiling === null
        ? assumptions.mfu
        : Math.min(assumptions.mfu, ceiling),
      gpu,
      precision,
      usdPerGpuHour,
      gpus,
    })
    return {
      id,
      label: `${chipName(gpu)} ${precision.toUpperCase()}`,
      priceLabel: offer
        ? `${offer.term}, ${offer.observed}`
        : 'the panel',
      acceleratorId: gpu,
      precision,
      usdPerGpuHour,
      offer,
      estimate,
      amortizedUsd: asAmortizedUsd(estimate.costUsd),
      trendYear: yearOnFrontierTrend(asAmortizedUsd(estimate.costUsd)),
    }
  }
  const { h100, b200 } = WALL_2026_OFFERS
  const rows = [
    row('panel', assumptions.gpu, assumptions.precision, null),
    row('h100-2026', h100.acceleratorId, 'bf16', h100),
    row('b200-2026', b200.acceleratorId, 'bf16', b200),
    row('b200-2026-fp8', b200.acceleratorId, 'fp8', b200),
  ]
  const years: number[] = []
  for (let y = TREND_YEARS.from; y <= TREND_YEARS.to; y += 0.5)
    years.push(y)
  const [slow, fast] = FRONTIER_COST_TREND.interval
  const line = (growth: number): YearCostPoint[] => years.map(year => ({
    year,
    usd: frontierTrendUsd(year, growth),
  }))
  // SemiAnalysis priced the wall at a rental rate ($1.5 per A100-hour): amortized before it meets the trend.
  const talkTrendYear = yearOnFrontierTrend(asAmortizedUsd(WALL.usd))
  const panel = rows[0]!
  return {
    params: WALL.params,
    gpus,
    rows,
    talkUsd: WALL.usd,
    talkTrendYear,
    trend: line(FRONTIER_COST_TREND.growthPerYear),
    trendSlow: line(slow),
    trendFast: line(fast),
    amortized: estimatePoints('amortized-hardware-energy'),
    cloudRental: estimatePoints('cloud-rental'),
    panelOnTrend: { year: panel.trendYear.year, usd: panel.amortizedUsd, label: 'Wall, the panel (as amortized)' },
    talkOnTrend: {
      year: talkTrendYear.year,
      usd: asAmortizedUsd(WALL.usd),
      label: 'Talk: $300M (as amortized)',
    },
    sources: [
      WALL.source,
      FRONTIER_COST_TREND.source,
      h100.source,
      b200.source,
      ...COST_ESTIMATES.filter(e => e.name === 'GPT-4').map(e => e.source),
    ],
  }
}
