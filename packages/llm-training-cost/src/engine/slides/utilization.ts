/**
 * Published utilization figures on one scale (MFU and HFU), and what a change of utilization does to
 * a run's time and cost.
 */
import type { ModelId } from '../../data/models.ts'
import type { MegatronTable1Row } from '../../data/published-claims.ts'
import type { Source } from '../../data/source.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { TrainingEstimate, TrainingWorkload } from '../formulas/estimate.ts'
import { MEGATRON_TABLE_1, MOSAIC_THROUGHPUT, PALM_TABLE_3, SEMIANALYSIS_ASSUMPTIONS } from '../../data/published-claims.ts'
import { getModel } from '../facts/lookup.ts'
import { mfuFromHfu } from '../formulas/compute.ts'
import { estimateTraining } from '../formulas/estimate.ts'

/**
 * MFU and HFU of a Megatron-LM Table 1 row. Its runs recompute activations in full and its TFLOP/s count
 * the recomputed forward pass (Eq. 3), so they are hardware FLOPs: HFU = X / peak, and MFU = HFU × 3/4.
 *
 * @example
 * megatronRowUtilization({ teraFlopsPerGpu: 163, ... }, 312e12) // { hfu: 0.522, mfu: 0.392 } (1T row)
 */
export function megatronRowUtilization(row: Pick<MegatronTable1Row, 'teraFlopsPerGpu'>, peakFlopsPerSecond: number): { mfu: number, hfu: number } {
  const hfu = row.teraFlopsPerGpu * 1e12 / peakFlopsPerSecond
  return {
    hfu,
    mfu: mfuFromHfu(hfu, 'full'),
  }
}

/**
 * `points` MFU values evenly spaced from `minMfu` to `maxMfu`.
 *
 * @example
 * mfuSweep(0.2, 0.6, 5) // [0.2, 0.3, 0.4, 0.5, 0.6]
 */
export function mfuSweep(minMfu: number, maxMfu: number, points: number): number[] {
  const n = Math.max(2, points)
  return Array.from({ length: n }, (_, i) => minMfu + (maxMfu - minMfu) * i / (n - 1))
}

/**
 * The same run estimated at each MFU, everything else as assumed: time and cost scale as 1/MFU.
 *
 * @example
 * estimatesAtMfu({ params: 175e9, tokens: 300e9 }, DEFAULT_ASSUMPTIONS, [0.213, 0.45]).map(e => e.costUsd)
 * // [$1.97M, $0.93M]: GPT-3 on A100-80GB at $1.5/h, at GPT-3's own 21.3% and at 45%
 */
export function estimatesAtMfu(workload: TrainingWorkload, assumptions: Assumptions, mfus: readonly number[]): TrainingEstimate[] {
  return mfus.map(mfu => estimateTraining(workload, { ...assumptions, mfu }))
}

/** A published run's utilization at its size. */
export interface UtilizationPoint { params: number, utilization: number }

export interface PublishedUtilization {
  /** PaLM Table 3: MFU of the large runs, each named. */
  palmTable3: (UtilizationPoint & { name: string, modelId: ModelId })[]
  mosaicMfu: UtilizationPoint[]
  mosaicHfu: UtilizationPoint[]
  /** Megatron-LM Table 1 reports hardware FLOPs: HFU as published, MFU converted (× 3/4). */
  megatronMfu: UtilizationPoint[]
  megatronHfu: UtilizationPoint[]
  /** SemiAnalysis' "~60%". */
  upperBound: number
  currentMfu: number
  /** Sizes drawn: `utilizationSizeRange()`. */
  range: { minParams: number, maxParams: number }
}

/** Room either side of the outermost points on the log size axis. */
const SIZE_MARGIN_FACTOR = 1.5

/**
 * The published utilization figures on one scale, and the current MFU beside them.
 *
 * @example
 * publishedUtilization(DEFAULT_ASSUMPTIONS).megatronMfu.at(-1) // { params: 1.008e12, utilization: 0.392 }
 */
export function publishedUtilization(assumptions: Pick<Assumptions, 'mfu'>): PublishedUtilization {
  const megatron = megatronRows()
  const palmTable3 = PALM_TABLE_3.rows.map(r => ({
    params: r.params,
    utilization: r.mfu,
    name: getModel(r.modelId).shortName,
    modelId: r.modelId,
  }))
  return {
    palmTable3,
    mosaicMfu: MOSAIC_THROUGHPUT.rows.map(r => ({ params: r.params, utilization: r.mfu })),
    mosaicHfu: MOSAIC_THROUGHPUT.rows.map(r => ({ params: r.params, utilization: r.hfu })),
    megatronMfu: megatron.map(r => ({ params: r.params, utilization: r.mfu })),
    megatronHfu: megatron.map(r => ({ params: r.params, utilization: r.hfu })),
    upperBound: SEMIANALYSIS_ASSUMPTIONS.utilizationUpperBound,
    currentMfu: assumptions.mfu,
    range: utilizationSizeRange(),
  }
}

/** Megatron-LM Table 1 rows at their size in parameters (the table gives billions). */
function megatronRows(): { params: number, mfu: number, hfu: number }[] {
  return MEGATRON_TABLE_1.rows.map(row => ({
    params: row.paramsBillions * 1e9,
    ...megatronRowUtilization(row, MEGATRON_TABLE_1.peakFlopsPerSecond),
  }))
}

/**
 * The sizes the published-utilization chart spans: every published point, with room either side.
 * Facts only, so the chart's axis need not follow the assumptions.
 *
 * @example
 * utilizationSizeRange() // { minParams: 1.13e9, maxParams: 1.51e12 }: Megatron-LM's 1.7B to its 1T, ÷ and × 1.5
 */
export function utilizationSizeRange(): { minParams: number, maxParams: number } {
  const sizes = [
    ...megatronRows(),
    ...PALM_TABLE_3.rows,
    ...MOSAIC_THROUGHPUT.rows,
  ].map(r => r.params)
  return {
    minParams: Math.min(...sizes) / SIZE_MARGIN_FACTOR,
    maxParams: Math.max(...sizes) * SIZE_MARGIN_FACTOR,
  }
}

/** A published run's MFU and what the figure's run would cost at it. */
export interface MfuMark { name: string, mfu: number, costUsd: number }

export interface UtilizationCostFigure {
  model: { name: string, params: number, tokens: number, source: Source }
  /** Cost from the lowest published MFU to SemiAnalysis' "~60%". */
  curve: { mfu: number, costUsd: number }[]
  /** The MFUs published runs reached (PaLM Table 3, MosaicML 30B), lowest first. */
  published: MfuMark[]
  /** The run at the lowest published MFU, at the current one, and at the "~60%". */
  lowest: TrainingEstimate
  current: TrainingEstimate
  highest: TrainingEstimate
}

/** Points on the curve: smooth enough for a 1/MFU hyperbola. */
const CURVE_POINTS = 41

/** The MFUs published large runs reached (PaLM Table 3, MosaicML 30B on 256 A100), lowest first. */
function reachedMfus(): { name: string, mfu: number }[] {
  const mosaic30b = MOSAIC_THROUGHPUT.rows[1]
  return [
    ...PALM_TABLE_3.rows.map(r => ({ name: getModel(r.modelId).shortName, mfu: r.mfu })),
    { name: getModel('mosaic-gpt-30b').shortName, mfu: mosaic30b.mfu },
  ].sort((a, b) => a.mfu - b.mfu)
}

/**
 * The MFUs the utilization-cost figure spans: the lowest a published large run reached to
 * SemiAnalysis' "~60%". Facts only, so a chart axis built on it need not follow the assumptions.
 *
 * @example
 * utilizationCostMfuRange() // { min: 0.213, max: 0.6 }
 */
export function utilizationCostMfuRange(): { min: number, max: number } {
  return {
    min: Math.min(...reachedMfus().map(r => r.mfu)),
    max: SEMIANALYSIS_ASSUMPTIONS.utilizationUpperBound,
  }
}

/**
 * What utilization does to one run: its cost over the range of MFUs published runs reached, at the
 * current GPU, price and cluster.
 *
 * @example
 * utilizationCostFigure('gpt-3', DEFAULT_ASSUMPTIONS).lowest.mfu // 0.213: GPT-3's own, the lowest in PaLM Table 3
 */
export function utilizationCostFigure(id: ModelId, assumptions: Assumptions): UtilizationCostFigure {
  const model = getModel(id)
  const workload = { model: id, params: model.params, tokens: model.tokens }
  const range = utilizationCostMfuRange()
  return {
    model: {
      name: model.name,
      params: model.params,
      tokens: model.tokens,
      source: model.source,
    },
    curve: estimatesAtMfu(workload, assumptions, mfuSweep(range.min, range.max, CURVE_POINTS)).map(e => ({ mfu: e.mfu, costUsd: e.costUsd })),
    published: reachedMfus().map(r => ({ ...r, costUsd: estimateTraining(workload, { ...assumptions, mfu: r.mfu }).costUsd })),
    lowest: estimateTraining(workload, { ...assumptions, mfu: range.min }),
    current: estimateTraining(workload, assumptions),
    highest: estimateTraining(workload, { ...assumptions, mfu: range.max }),
  }
}
