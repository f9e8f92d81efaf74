/**
 * The appendix "Since the talk": one call per figure. The runs since October 2023 at the current
 * utilization beside what their authors published; DeepSeek-V3 against the dense model of its
 * quality; the talk's scaling wall on 2026 hardware and prices, placed on Epoch AI's frontier cost
 * trend; and the hardware since the A100 with its price per PFLOP-hour.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators'
import type { ModelId } from '../../data/models'
import type { CostEstimate, DatedGpuPrice } from '../../data/since-the-talk'
import type { Source } from '../../data/source'
import type { Assumptions } from '../assumptions/validation'
import type { TrainingEstimate } from '../formulas/estimate'
import { SCALING_WALL_CLAIMS } from '../../data/published-claims'
import { COST_ESTIMATES, DEEPSEEK_USD_PER_H800_HOUR, DENSE_PEER_OF_DEEPSEEK_V3, FRONTIER_COST_TREND, HARDWARE_SINCE_A100_IDS, PRICES_SINCE_2024, RUN_DATES, WALL_2026_OFFERS } from '../../data/since-the-talk'
import { sameChip } from '../facts/gpu-offers'
import { chipName, getAccelerator, getModel } from '../facts/lookup'
import { estimateModel, estimateTraining } from '../formulas/estimate'
import { precisionSpeedup, utilizationPeakFlops } from '../formulas/precision'
import { SECONDS_PER_HOUR } from '../formulas/time-cost'

const WALL = SCALING_WALL_CLAIMS[0]

/** A model's fields the appendix reads, whatever entry it is. */
interface RunFacts {
  name: string
  shortName: string
  params: number
  activeParams?: number
  tokens: number
  trainingPrecision?: 'fp8'
  source: Source
  hardware?: { acceleratorId: AcceleratorId, chips?: number, chipHours?: number, pretrainingChipHours?: number, source: Source }
  publishedCost?: { usd: number, usdPerGpuHour: number, caveat: string, source: Source }
}

function runFacts(id: ModelId): RunFacts {
  return getModel(id)
}

/** The precision a run computed in: FP8 where its authors say so, else BF16. */
function runPrecision(run: RunFacts): Precision {
  return run.trainingPrecision ?? 'bf16'
}

/**
 * Utilization a published run implies: its model FLOPs over its GPU-hours at the 16-bit peak times the
 * measured speed-up of its precision (MFU of the BF16 peak, as Llama 3 states it).
 *
 * @example
 * impliedMfu(3.79e25, 30.84e6, 'h100-sxm', 'bf16') // 0.345: Llama 3.1 405B over all its hours
 */
export function impliedMfu(trainingFlops: number, gpuHours: number, gpu: AcceleratorId, precision: Precision): number {
  return trainingFlops / (gpuHours * SECONDS_PER_HOUR * utilizationPeakFlops(gpu) * precisionSpeedup(gpu, precision).factor)
}

export interface SinceRunRow {
  id: ModelId
  name: string
  /** Month published (YYYY-MM). */
  published: string
  params: number
  activeParams: number
  tokens: number
  acceleratorId: AcceleratorId
  precision: Precision
  /** "H800 FP8": the chip without its form factor and memory, and the precision. */
  hardwareLabel: string
  /** The run on its own hardware and precision, at the current MFU, goodput and price. */
  engine: TrainingEstimate
  /**
   * Published GPU-hours of pre-training, the hours the run's tokens took: DeepSeek-V3's 2.664M of its
   * 2.788M (Table 1 separates them); all that was published where the source does not separate them
   * (Llama 3.1's card; Llama 2's card counts pre-training only).
   */
  publishedGpuHours: number
  /** The engine's GPU-hours against the published ones: (engine − published) / published. */
  gpuHoursDifference: number
  /**
   * The MFU (of the 16-bit peak) the run implies, one definition for the deck: pre-training model
   * FLOPs (6·N_active·D) over pre-training GPU-hours (the DeepSeek-V3 preset uses the same).
   */
  impliedMfu: number
  /** The authors' own cost, where they published one (DeepSeek-V3), with its caveat. */
  publishedCostUsd: number | null
  publishedCostCaveat: string | null
  sources: Source[]
}

/**
 * The state-of-the-art table since the talk: each run with published GPU-hours, costed by the engine on
 * its own accelerator and precision at the current MFU, goodput and price per GPU-hour.
 *
 * @example
 * sinceTheTalkRuns(DEFAULT_ASSUMPTIONS).map(r => [r.id, Math.round(r.engine.gpuHours / 1e3)])
 * // [['llama-2-70b', 1662], ['llama-3.1-405b', 23653], ['deepseek-v3', 1782]]: at 45% MFU
 */
export function sinceTheTalkRuns(assumptions: Assumptions): SinceRunRow[] {
  return RUN_DATES.map(({ id, published, source }) => {
    const run = runFacts(id)
    const hardware = run.hardware!
    const precision = runPrecision(run)
    const engine = estimateModel(id, {
      ...assumptions,
      gpu: hardware.acceleratorId,
      precision,
      gpus: hardware.chips ?? assumptions.gpus,
    })
    // Pre-training hours where the source separates them: the tokens are pre-training tokens.
    const publishedGpuHours = hardware.pretrainingChipHours ?? hardware.chipHours!
    return {
      id,
      name: run.name,
      published,
      params: run.params,
      activeParams: engine.activeParams,
      tokens: run.tokens,
      acceleratorId: hardware.acceleratorId,
      precision,
      hardwareLabel: `${chipName(hardware.acceleratorId)} ${precision.toUpperCase()}`,
      engine,
      publishedGpuHours,
      gpuHoursDifference: engine.gpuHours / publishedGpuHours - 1,
      impliedMfu: impliedMfu(engine.trainingFlops, publishedGpuHours, hardware.acceleratorId, precision),
      publishedCostUsd: run.publishedCost?.usd ?? null,
      publishedCostCaveat: run.publishedCost?.caveat ?? null,
      sources: [
        run.source,
        hardware.source,
        ...(run.publishedCost
          ? [run.publishedCost.source]
          : []),
        source,
      ],
    }
  })
}

/** One step from the dense model to DeepSeek-V3's published cost. */
export interface DeepSeekStep {
  id: 'dense' | 'moe-bf16' | 'moe-fp8' | 'deepseek-price'
  label: string
  gpuHours: number
  costUsd: number
  usdPerGpuHour: number
  /** This step's cost over the previous step's. */
  factor: number | null
}

export interface DeepSeekVersusDense {
  moe: { name: string, params: number, activeParams: number, tokens: number, flopsPerToken: number, trainingStateBytes: number }
  dense: { name: string, params: number, tokens: number, flopsPerToken: number, trainingStateBytes: number }
  steps: DeepSeekStep[]
  /** What FP8 buys on an H800, measured (on the H100) or flagged. */
  fp8Note: string
  publishedGpuHours: number
  publishedCostUsd: number
  publishedCaveat: string
  sources: Source[]
}

/**
 * DeepSeek-V3 explained against the dense model of its quality (Llama 3.1 405B, which its base model
 * beats on most benchmarks): the dense run at the current MFU and price on H100s, then the mixture of
 * experts (37B of 671B parameters per token) in BF16 on H800s, then FP8 at its measured speed-up, then
 * DeepSeek's own $2 per H800-hour. Memory still holds all 671B.
 *
 * @example
 * deepSeekVersusDense(DEFAULT_ASSUMPTIONS).steps.map(s => s.factor)
 * // [null, 0.087 (37B × 14.8T over 405B × 15.6T), 0.87 (1 / 1.15), 1.33 ($2 over $1.5)]
 */
export function deepSeekVersusDense(assumptions: Assumptions): DeepSeekVersusDense {
  const moeModel = runFacts(DENSE_PEER_OF_DEEPSEEK_V3.moe)
  const denseModel = runFacts(DENSE_PEER_OF_DEEPSEEK_V3.dense)
  const moeGpu = moeModel.hardware!.acceleratorId
  const dense = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.dense, { ...assumptions, gpu: DENSE_PEER_OF_DEEPSEEK_V3.denseAcceleratorId, precision: 'bf16' })
  const moeBf16 = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.moe, { ...assumptions, gpu: moeGpu, precision: 'bf16' })
  const moeFp8 = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.moe, { ...assumptions, gpu: moeGpu, precision: 'fp8' })
  const atDeepSeekPrice = estimateModel(DENSE_PEER_OF_DEEPSEEK_V3.moe, {
    ...assumptions,
    gpu: moeGpu,
    precision: 'fp8',
    usdPerGpuHour: DEEPSEEK_USD_PER_H800_HOUR,
  })
  const fp8 = precisionSpeedup(moeGpu, 'fp8')
  const h800 = getAccelerator(moeGpu).shortName
  const estimates: [DeepSeekStep['id'], string, TrainingEstimate][] = [
    ['dense', `${denseModel.shortName} 405B, dense, BF16 on ${getAccelerator(DENSE_PEER_OF_DEEPSEEK_V3.denseAcceleratorId).shortName}`, dense],
    ['moe-bf16', `${moeModel.shortName}: 37B of 671B active, BF16 on ${h800}`, moeBf16],
    ['moe-fp8', `+ FP8 at ${fp8.factor}× BF16`, moeFp8],
    ['deepseek-price', `+ DeepSeek's $${DEEPSEEK_USD_PER_H800_HOUR} per H800-hour`, atDeepSeekPrice],
  ]
  const steps = estimates.map(([id, label, e], i): DeepSeekStep => ({
    id,
    label,
    gpuHours: e.gpuHours,
    costUsd: e.costUsd,
    usdPerGpuHour: e.usdPerGpuHour,
    factor: i === 0
      ? null
      : e.costUsd / estimates[i - 1]![2].costUsd,
  }))
  const published = moeModel.publishedCost!
  return {
    moe: {
      name: moeModel.name,
      params: moeBf16.params,
      activeParams: moeBf16.activeParams,
      tokens: moeBf16.tokens,
      flopsPerToken: moeBf16.trainingFlops / moeBf16.tokens,
      trainingStateBytes: moeBf16.trainingStateBytes,
    },
    dense: {
      name: denseModel.name,
      params: dense.params,
      tokens: dense.tokens,
      flopsPerToken: dense.trainingFlops / dense.tokens,
      trainingStateBytes: dense.trainingStateBytes,
    },
    steps,
    fp8Note: fp8.note,
    publishedGpuHours: moeModel.hardware!.chipHours!,
    publishedCostUsd: published.usd,
    publishedCaveat: published.caveat,
    sources: [
      DENSE_PEER_OF_DEEPSEEK_V3.source,
      moeModel.source,
      denseModel.source,
      ...(fp8.source
        ? [fp8.source]
        : []),
      published.source,
    ],
  }
}

/** Epoch AI's trend: the cost of the frontier run in a (decimal) year. */
export function frontierTrendUsd(year: number, growthPerYear: number = FRONTIER_COST_TREND.growthPerYear): number {
  return FRONTIER_COST_TREND.anchorUsd * growthPerYear ** (year - FRONTIER_COST_TREND.anchorYear)
}

/**
 * The (decimal) year the frontier cost trend reaches `usd`, with the years its growth interval gives
 * (the interval pivoted at the trend's 2027 level).
 *
 * @example
 * yearOnFrontierTrend(300e6) // { year: 2025.62, early: 2025.26, late: 2025.93 }: 2.4× a year, 95% CI 2.0–3.1×
 */
export function yearOnFrontierTrend(usd: number): { year: number, early: number, late: number } {
  const at = (growth: number): number => FRONTIER_COST_TREND.anchorYear + Math.log(usd / FRONTIER_COST_TREND.anchorUsd) / Math.log(growth)
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
  /** Where the frontier cost trend reaches this cost. */
  trendYear: { year: number, early: number, late: number }
}

export interface YearCostPoint { year: number, usd: number, label?: string }

export interface Wall2026 {
  params: number
  gpus: number
  rows: Wall2026Row[]
  /** SemiAnalysis' "$300M" for the talk's 1T model, and where the trend reaches it. */
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
 * panel's GPU and price, on H100s at a 2026 contract price and on B200s at a 2026 on-demand price (BF16,
 * and FP8 at its measured speed-up), all at the current MFU and goodput, on the panel's cluster (100k
 * GPUs without one); each cost placed on Epoch AI's frontier cost trend, with SemiAnalysis' $300M.
 *
 * @example
 * wallIn2026(DEFAULT_ASSUMPTIONS).rows.map(r => Math.round(r.estimate.costUsd / 1e6))
 * // [356, 176, 148, 116]: A100 at $1.5, H100 at $2.35, B200 at $4.50 in BF16 and FP8 (at 45% MFU)
 */
export function wallIn2026(assumptions: Assumptions): Wall2026 {
  const gpus = assumptions.gpus ?? WALL.gpus
  const workload = { params: WALL.params }
  const row = (id: Wall2026Row['id'], gpu: AcceleratorId, precision: Precision, offer: DatedGpuPrice | null): Wall2026Row => {
    const usdPerGpuHour = offer?.usdPerGpuHour ?? assumptions.usdPerGpuHour
    const estimate = estimateTraining(workload, {
      ...assumptions,
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
      trendYear: yearOnFrontierTrend(estimate.costUsd),
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
  const talkTrendYear = yearOnFrontierTrend(WALL.usd)
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
    panelOnTrend: { year: panel.trendYear.year, usd: panel.estimate.costUsd, label: 'Wall, the panel' },
    talkOnTrend: { year: talkTrendYear.year, usd: WALL.usd, label: 'Talk: $300M' },
    sources: [
      WALL.source,
      FRONTIER_COST_TREND.source,
      h100.source,
      b200.source,
      ...COST_ESTIMATES.filter(e => e.name === 'GPT-4').map(e => e.source),
    ],
  }
}

export interface HardwareRow {
  id: AcceleratorId
  name: string
  bf16FlopsPerSecond: number
  fp8FlopsPerSecond: number | null
  memoryBytes: number
  memoryBandwidthBytesPerSecond: number
  tdpWatts: number | null
  /** Cheapest and dearest dated 2024–2026 offer for this accelerator; null where none is cited. */
  cheapest: DatedGpuPrice | null
  dearest: DatedGpuPrice | null
  /** Dollars per PFLOP/s-hour of dense BF16 peak, at the cheapest and dearest offer. */
  usdPerPeakPflopHour: [number, number] | null
  /** The same per PFLOP-hour actually delivered at the current MFU (live). */
  usdPerUsefulPflopHour: [number, number] | null
  /** This is the panel's GPU. */
  chosen: boolean
  /** The specifications' source. */
  source: Source
  /** The sources of the cheapest and dearest offer. */
  priceSources: Source[]
}

/**
 * Hardware since the A100: dense BF16 and FP8 peaks, memory, bandwidth, power, and what a PFLOP-hour
 * costs at the 2024–2026 offers in data/since-the-talk.ts: of peak, and delivered at the current MFU.
 *
 * @example
 * hardwareSinceA100(DEFAULT_ASSUMPTIONS).find(r => r.id === 'b200')!.usdPerPeakPflopHour // [1.67, 2.67]: $3.75–6.00 over 2.25 PFLOP/s
 */
export function hardwareSinceA100(assumptions: Assumptions): HardwareRow[] {
  return HARDWARE_SINCE_A100_IDS.map((id) => {
    const a = getAccelerator(id)
    const peaks: Partial<Record<Precision, number>> = a.peakFlopsPerSecond
    const bf16 = peaks.bf16!
    // The A100's two memory sizes share one price list (data/prices.ts), as on the talk's price slide.
    const offers: DatedGpuPrice[] = PRICES_SINCE_2024.filter(p => sameChip(p.acceleratorId, id))
    const sorted = [...offers].sort((x, y) => x.usdPerGpuHour - y.usdPerGpuHour)
    const cheapest = sorted[0] ?? null
    const dearest = sorted[sorted.length - 1] ?? null
    const perPflop = (usd: number, mfu: number): number => usd / (bf16 * mfu / 1e15)
    return {
      id,
      name: chipName(id),
      bf16FlopsPerSecond: bf16,
      fp8FlopsPerSecond: peaks.fp8 ?? null,
      memoryBytes: a.memoryBytes,
      memoryBandwidthBytesPerSecond: a.memoryBandwidthBytesPerSecond,
      tdpWatts: a.tdpWatts,
      cheapest,
      dearest,
      usdPerPeakPflopHour: cheapest && dearest
        ? [
            perPflop(cheapest.usdPerGpuHour, 1),
            perPflop(dearest.usdPerGpuHour, 1),
          ]
        : null,
      usdPerUsefulPflopHour: cheapest && dearest
        ? [
            perPflop(cheapest.usdPerGpuHour, assumptions.mfu),
            perPflop(dearest.usdPerGpuHour, assumptions.mfu),
          ]
        : null,
      chosen: id === assumptions.gpu,
      source: a.source,
      priceSources: [cheapest, dearest].flatMap(p => p
        ? [p.source]
        : []),
    }
  })
}
