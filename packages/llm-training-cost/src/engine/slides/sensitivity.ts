/**
 * Which assumption moves the cost most: the cost of one workload with each input moved, alone, to
 * each end of its sourced range (a tornado chart). The global batch moves the scale model's cost (the
 * fixed MFU has no batch in it), from the 2021 batch to the batch-size law's.
 */
import type { Source } from '../../data/source.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { TrainingWorkload } from '../formulas/estimate.ts'
import { BATCH_SIZE_LAW } from '../../data/batch-size-law.ts'
import { CHINCHILLA_TABLE_3, PALM_RUN, SCALING_WALL_CLAIMS, SEMIANALYSIS_ASSUMPTIONS } from '../../data/published-claims.ts'
import { SCALING_WALL_SCENARIO } from '../../data/scale-runs.ts'
import { priceRange } from '../facts/gpu-offers.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'
import { utilizationFromChipHours } from '../formulas/compute.ts'
import { estimateTraining } from '../formulas/estimate.ts'
import { runBatch, TALK_ERA_BATCH_TOKENS } from '../scale-model/batch-size.ts'
import { denseRunInput } from '../scale-model/cluster-sweep.ts'
import { kernelEfficiencyOf } from '../scale-model/hardware.ts'
import { scaleReport, scaleReportOptions } from '../scale-model/report.ts'
import { shapeForParams } from '../scale-model/shape.ts'

export type SensitivityInputId = 'mfu' | 'usdPerGpuHour' | 'tokensPerParam' | 'goodput' | 'batchTokens'

/** An input and the range published figures give it. */
export interface SensitivityRange {
  id: SensitivityInputId
  label: string
  low: number
  high: number
  /** Where each end comes from. */
  sources: readonly Source[]
}

/** One bar of the tornado. */
export interface SensitivityBar extends SensitivityRange {
  baseCostUsd: number
  costAtLowUsd: number
  costAtHighUsd: number
  /** Relative change of the cost at each end: 0.5 = +50%. */
  changeAtLow: number
  changeAtHigh: number
}

/**
 * PaLM's utilization of booked hours against steady-state MFU: whole-run utilization from booked
 * chip-hours over the 46.2% measured at full batch. Used as the low end of goodput, it holds more
 * than downtime: the smaller early batches and the single-pod phase are in it too.
 *
 * @example
 * palmGoodput() // 0.667 (30.8% / 46.2%)
 */
export function palmGoodput(): number {
  return utilizationFromChipHours(PALM_RUN.trainingFlops, PALM_RUN.chipHours, PALM_RUN.peakFlopsPerSecond) / PALM_RUN.mfuWithAttention
}

/**
 * The scale model's cost of a compute-optimal dense model of `params` on the assumptions' cluster (the
 * wall's 100k GPUs without one) at a global batch (null: the law's); null where it cannot run.
 */
function scaleCostUsd(assumptions: Assumptions, params: number, batchTokens: number | null): number | null {
  const input = denseRunInput({ ...assumptions, batchTokens }, shapeForParams(params).shape, assumptions.gpus ?? SCALING_WALL_SCENARIO.gpus)
  if (input === null || kernelEfficiencyOf(assumptions.gpu, assumptions.precision) === null)
    return null
  const report = scaleReport(input, scaleReportOptions(assumptions))
  return report.ok
    ? report.costUsd
    : null
}

/**
 * The sourced range of each input that sets a training cost: MFU over SemiAnalysis' 40–60%; price over
 * the chosen GPU's offers (omitted when data/prices.ts has none); tokens per parameter over Chinchilla
 * Table 3 (20.0–22.4); goodput from PaLM's booked hours against its steady-state MFU (0.67) to none lost
 * (1); the global batch from Megatron-LM's 2021 batch (6.3M) to the batch-size law's for a model of
 * `params` (omitted where the scale model cannot run for the chip).
 *
 * @example
 * sensitivityRanges(DEFAULT_ASSUMPTIONS).map(r => [r.id, r.low, r.high])
 * // [['mfu', 0.4, 0.6], ['usdPerGpuHour', 1.36, 5.12], ['tokensPerParam', 20, 22.39], ['goodput', 0.667, 1], ['batchTokens', 6.29e6, 1.01e8]]
 */
export function sensitivityRanges(assumptions: Assumptions, params: number = SCALING_WALL_CLAIMS[0].params): SensitivityRange[] {
  const [mfuLow, mfuHigh] = SEMIANALYSIS_ASSUMPTIONS.mfuRange
  const ratios = CHINCHILLA_TABLE_3.rows.map(r => r.tokens / r.params)
  const prices = priceRange(assumptions.gpu)
  const ranges: SensitivityRange[] = [
    {
      id: 'mfu',
      label: 'MFU',
      low: mfuLow,
      high: mfuHigh,
      sources: [SEMIANALYSIS_ASSUMPTIONS.source],
    },
  ]
  if (prices) {
    ranges.push({
      id: 'usdPerGpuHour',
      label: 'Price per GPU-hour',
      low: prices.low.usdPerGpuHour,
      high: prices.high.usdPerGpuHour,
      sources: [prices.low.source, prices.high.source],
    })
  }
  ranges.push(
    {
      id: 'tokensPerParam',
      label: 'Tokens per parameter',
      low: Math.min(...ratios),
      high: Math.max(...ratios),
      sources: [CHINCHILLA_TABLE_3.source],
    },
    {
      id: 'goodput',
      label: 'Goodput',
      low: palmGoodput(),
      high: 1,
      sources: [PALM_RUN.source],
    },
  )
  const shape = shapeForParams(params).shape
  const law = runBatch(shape, computeOptimalTokens(params, assumptions.tokensPerParam), null).lawBatchTokens
  if (scaleCostUsd(assumptions, params, law) !== null) {
    ranges.push({
      id: 'batchTokens',
      label: 'Global batch (scale model)',
      low: Math.min(TALK_ERA_BATCH_TOKENS, law),
      high: Math.max(TALK_ERA_BATCH_TOKENS, law),
      sources: [SCALING_WALL_SCENARIO.source, BATCH_SIZE_LAW.source],
    })
  }
  return ranges
}

/**
 * Cost of `workload` with each input of `ranges` moved alone to its low and high end, sorted by how far
 * the cost swings (largest first). With no tokens given, tokens follow tokens per parameter.
 *
 * @example
 * costSensitivity({ params: 1e12 }, DEFAULT_ASSUMPTIONS)[0]
 * // { id: 'usdPerGpuHour', low: 1.36, high: 5.12, changeAtLow: -0.093, changeAtHigh: 2.41, ... }
 */
export function costSensitivity(workload: TrainingWorkload, assumptions: Assumptions, ranges: readonly SensitivityRange[] = sensitivityRanges(assumptions, workload.params)): SensitivityBar[] {
  const base = estimateTraining(workload, assumptions).costUsd
  // The fixed-MFU cost has no batch in it: the batch moves the scale model's cost, and its bar is that
  // cost's change from the scale model's at the current batch, applied to the base.
  const scaleBase = ranges.some(r => r.id === 'batchTokens')
    ? scaleCostUsd(assumptions, workload.params, assumptions.batchTokens)
    : null
  const costWith = (id: SensitivityInputId, value: number) => id === 'batchTokens'
    ? base * (scaleCostUsd(assumptions, workload.params, value) ?? Number.NaN) / (scaleBase ?? Number.NaN)
    : estimateTraining(workload, { ...assumptions, [id]: value }).costUsd
  return ranges.map((range) => {
    const costAtLowUsd = costWith(range.id, range.low)
    const costAtHighUsd = costWith(range.id, range.high)
    return {
      ...range,
      baseCostUsd: base,
      costAtLowUsd,
      costAtHighUsd,
      changeAtLow: costAtLowUsd / base - 1,
      changeAtHigh: costAtHighUsd / base - 1,
    }
  })
    // A batch the scale model finds no layout for leaves no bar rather than a NaN.
    .filter(bar => Number.isFinite(bar.costAtLowUsd) && Number.isFinite(bar.costAtHighUsd))
    .sort((a, b) => Math.abs(b.costAtHighUsd - b.costAtLowUsd) - Math.abs(a.costAtHighUsd - a.costAtLowUsd))
}
