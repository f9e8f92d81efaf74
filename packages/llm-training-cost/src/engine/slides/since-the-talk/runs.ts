/**
 * "The runs after 2023": each run with published GPU-hours, computed by the scale model on its own
 * published hardware and layout where one is published, beside the hours its authors published and
 * the MFU those imply.
 */
import type { AcceleratorId, Precision } from '../../../data/accelerators.ts'
import type { ModelId } from '../../../data/models.ts'
import type { Source } from '../../../data/source.ts'
import type { Assumptions } from '../../assumptions/validation.ts'
import type { LayoutRun } from './layout-runs.ts'
import { RUN_DATES } from '../../../data/since-the-talk.ts'
import { chipName, getModel } from '../../facts/lookup.ts'
import { impliedMfu, modelFlopsPerToken, runsOnTheirLayouts } from './layout-runs.ts'

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
  /**
   * The run on its published layout by the scale model (./layout-runs.ts): its MFU, goodput, GPU-hours
   * and cost at the panel's price. Null where no layout or GPU count is published (Llama 2 70B).
   */
  onLayout: LayoutRun | null
  /**
   * Published GPU-hours of pre-training, the hours the run's tokens took: DeepSeek-V3's 2.664M of its
   * 2.788M (Table 1 separates them); all that was published where the source does not separate them
   * (Llama 3.1's card; Llama 2's card counts pre-training only).
   */
  publishedGpuHours: number
  /** Whether those hours are pre-training only, as the source says. */
  publishedPretrainingOnly: boolean
  /**
   * The MFU (of the 16-bit peak) the published hours imply, the one definition for the deck
   * (./layout-runs `impliedMfu`): pre-training model FLOPs, attention counted, over the published
   * pre-training GPU-hours. Null without a published shape.
   */
  impliedMfu: number | null
  /** The authors' own cost, where they published one (DeepSeek-V3), with its caveat. */
  publishedCostUsd: number | null
  publishedCostCaveat: string | null
  sources: Source[]
}

/**
 * The table of the runs since the talk, in publication order: each on its own published layout by the
 * scale model where one is published (the panel's price, checkpoint bandwidth and restart time apply;
 * its MFU does not: the utilization is the layout's), beside the published hours and the MFU they imply.
 *
 * @example
 * sinceTheTalkRuns(DEFAULT_ASSUMPTIONS).map(r => [r.id, r.onLayout?.gpuHoursDifference ?? null])
 * // [['llama-2-70b', null], ['llama-3.1-405b', ≈ −0.05], ['deepseek-v3', ≈ −0.012]]
 */
export function sinceTheTalkRuns(assumptions: Assumptions): SinceRunRow[] {
  const onLayouts = runsOnTheirLayouts(assumptions)
  return RUN_DATES.map(({ id, published, source }) => {
    const run = runFacts(id)
    const hardware = run.hardware!
    const onLayout = onLayouts.find(r => r.id === id) ?? null
    const precision = onLayout?.precision ?? runPrecision(run)
    const publishedGpuHours = hardware.pretrainingChipHours ?? hardware.chipHours!
    const flopsPerToken = onLayout?.flopsPerToken ?? modelFlopsPerToken(id)
    return {
      id,
      name: run.name,
      published,
      params: onLayout?.params ?? run.params,
      activeParams: onLayout?.activeParams ?? run.activeParams ?? run.params,
      tokens: run.tokens,
      acceleratorId: hardware.acceleratorId,
      precision,
      hardwareLabel: `${chipName(hardware.acceleratorId)} ${precision.toUpperCase()}`,
      onLayout,
      publishedGpuHours,
      publishedPretrainingOnly: hardware.pretrainingChipHours !== undefined,
      impliedMfu: flopsPerToken === null
        ? null
        : impliedMfu(flopsPerToken * run.tokens, publishedGpuHours, hardware.acceleratorId),
      publishedCostUsd: run.publishedCost?.usd ?? null,
      publishedCostCaveat: run.publishedCost?.caveat ?? null,
      sources: [
        run.source,
        hardware.source,
        ...(onLayout?.sources ?? []),
        ...(run.publishedCost
          ? [run.publishedCost.source]
          : []),
        source,
      ],
    }
  })
}
