/**
 * "The runs after 2023": each run since October 2023 on its own hardware and precision at the current
 * utilization, beside the GPU-hours its authors published and the MFU those imply.
 */
import type { AcceleratorId, Precision } from '../../../data/accelerators'
import type { ModelId } from '../../../data/models'
import type { Source } from '../../../data/source'
import type { Assumptions } from '../../assumptions/validation'
import type { TrainingEstimate } from '../../formulas/estimate'
import { RUN_DATES } from '../../../data/since-the-talk'
import { chipName, getModel } from '../../facts/lookup'
import { estimateModel } from '../../formulas/estimate'
import { precisionSpeedup, utilizationPeakFlops } from '../../formulas/precision'
import { SECONDS_PER_HOUR } from '../../formulas/time-cost'

/** A model's fields the appendix reads, whatever entry it is. */
export interface RunFacts {
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

export function runFacts(id: ModelId): RunFacts {
  return getModel(id)
}

/** The precision a run computed in: FP8 where its authors say so, else BF16. */
export function runPrecision(run: RunFacts): Precision {
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
