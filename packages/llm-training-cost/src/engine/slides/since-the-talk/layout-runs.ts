/**
 * The runs after 2023 on their own published hardware and layout, by the scale model (issue 23): the
 * utilization that comes out, the pre-training GPU-hours beside the published ones, and the one
 * utilization the published hours imply in the same FLOP convention.
 */
import type { AcceleratorId, Precision } from '../../../data/accelerators.ts'
import type { ModelId } from '../../../data/models.ts'
import type { Source } from '../../../data/source.ts'
import type { Assumptions } from '../../assumptions/validation.ts'
import { architectureOf, getModel } from '../../facts/lookup.ts'
import { utilizationPeakFlops } from '../../formulas/precision.ts'
import { SECONDS_PER_HOUR } from '../../formulas/time-cost.ts'
import { PUBLISHED_RUN_OF } from '../../scale-model/estimate.ts'
import { modelFlopsPerTokenOfShape, shapeParams } from '../../scale-model/experts.ts'
import { scaleInputFromRun } from '../../scale-model/published-runs.ts'
import { scaleReport, scaleReportOptions } from '../../scale-model/report.ts'

export interface LayoutRun {
  id: ModelId
  name: string
  /** "PP 16, EP 64, DP 128": the parallelism as published. */
  layout: string
  /** "PP 16, EP 64, DP 128 on 2,048 H800, FP8": the layout as published, with its cluster and precision. */
  layoutLabel: string
  acceleratorId: AcceleratorId
  precision: Precision
  gpus: number
  /** Parameters and those a token uses, counted from the published shape. */
  params: number
  activeParams: number
  /** Pre-training tokens (data/models.ts). */
  tokens: number
  /** Model FLOPs per token as the step counts them (6 × active + full-square attention): the predicted MFU's numerator. */
  flopsPerToken: number
  stepSeconds: number
  /** Model FLOPs (6 × active + full-square attention) per second per GPU ÷ the 16-bit dense peak. */
  predictedMfu: number
  /** Share of booked time training: failures at Llama 3's rate, checkpoints and restarts at the panel's settings. */
  goodput: number
  /** Pre-training GPU-hours by the scale model, failures included. */
  predictedGpuHours: number
  /** The predicted hours at the panel's price per GPU-hour. */
  costUsd: number
  /** Published pre-training GPU-hours (all published hours where the source does not separate them). */
  publishedGpuHours: number
  /** Whether the published hours are pre-training only (DeepSeek-V3's Table 1) or all the source gives (Llama 3.1's card). */
  publishedPretrainingOnly: boolean
  /** (predicted − published) ÷ published. */
  gpuHoursDifference: number
  /** The utilization the published hours imply (`impliedMfu`): the deck's one definition. */
  impliedMfu: number
  sources: Source[]
}

/**
 * Model FLOPs per pre-training token of a model, from its published shape: 6 × the parameters a token
 * uses plus the attention scores over the full square at its pre-training length (PaLM's convention,
 * the scale model's MFU; experts.ts `modelFlopsPerTokenOfShape`). The shape of its published run where
 * one is in data/ (its pre-training length), else its architecture; null without either.
 *
 * @example
 * modelFlopsPerToken('deepseek-v3') // ≈ 2.67e11 (6 × 37.6B + attention at 4K)
 * modelFlopsPerToken('gpt-3') // null where no sequence length is published
 */
export function modelFlopsPerToken(id: ModelId): number | null {
  const run = PUBLISHED_RUN_OF[id]
  if (run !== undefined)
    return modelFlopsPerTokenOfShape(run.shape, 'full')
  const architecture = architectureOf(id)
  if (architecture === null || architecture.seqLen === undefined)
    return null
  return modelFlopsPerTokenOfShape({ ...architecture, seqLen: architecture.seqLen }, 'full')
}

/**
 * The utilization published hours imply, the deck's one definition: pre-training model FLOPs (model
 * FLOPs per token, attention counted, × pre-training tokens) over the published pre-training GPU-hours
 * at the 16-bit dense peak (an FP8 run too, as the scale model's MFU). Failures, restarts and slow
 * phases are inside the hours, so it sits below a steady-state MFU.
 *
 * @example
 * impliedMfu(2.67e11 * 14.8e12, 2.664e6, 'h800') // ≈ 0.447: DeepSeek-V3
 */
export function impliedMfu(trainingFlops: number, gpuHours: number, gpu: AcceleratorId): number {
  return trainingFlops / (gpuHours * SECONDS_PER_HOUR * utilizationPeakFlops(gpu))
}

/**
 * Each run with a published layout in data/ (Llama 3.1 405B on Table 4's 16K-GPU layout, DeepSeek-V3 on
 * 2,048 H800 with PP 16, EP 64, FP8), run through the scale model on it. The panel's checkpoint
 * bandwidth and restart time move the goodput, its price the cost; the utilization is the layout's.
 *
 * @example
 * runsOnTheirLayouts(DEFAULT_ASSUMPTIONS).map(r => [r.id, r.gpuHoursDifference]) // [['deepseek-v3', ≈ −0.012], ['llama-3.1-405b', ≈ −0.05]]
 */
export function runsOnTheirLayouts(assumptions: Assumptions): LayoutRun[] {
  return (Object.keys(PUBLISHED_RUN_OF) as ModelId[]).flatMap((id) => {
    const run = PUBLISHED_RUN_OF[id]!
    const model = getModel(id)
    if (!('hardware' in model))
      return []
    const report = scaleReport({
      ...scaleInputFromRun(run),
      trainingTokens: model.tokens,
      usdPerGpuHour: assumptions.usdPerGpuHour,
    }, scaleReportOptions(assumptions))
    if (!report.ok)
      return []
    const hardware = model.hardware as { chipHours: number, pretrainingChipHours?: number, source: Source }
    const publishedGpuHours = hardware.pretrainingChipHours ?? hardware.chipHours
    const peak = utilizationPeakFlops(run.acceleratorId)
    const { step, layout } = report.model
    // The step's own model FLOPs per token, the numerator of its MFU (the shape's count, scaled to the
    // published parameters), so the implied and the predicted MFU share one convention.
    const flopsPerToken = step.modelFlops / (run.batchSequences * run.shape.seqLen)
    const l = run.layout
    const parts = [
      l.tensorParallel > 1
        ? `TP ${l.tensorParallel}`
        : null,
      `PP ${l.pipelineParallel}`,
      l.contextParallel !== undefined && l.contextParallel > 1
        ? `CP ${l.contextParallel}`
        : null,
      l.expertParallel !== undefined && l.expertParallel > 1
        ? `EP ${l.expertParallel}`
        : null,
      `DP ${layout.dataParallel}`,
    ].filter(x => x !== null)
    const counted = shapeParams(run.shape)
    return [
      {
        id,
        name: model.name,
        layout: parts.join(', '),
        layoutLabel: `${parts.join(', ')} on ${run.gpus.toLocaleString('en-US')} ${run.acceleratorId.toUpperCase().replace('-SXM', '')}, ${run.precision.toUpperCase()}`,
        acceleratorId: run.acceleratorId,
        precision: run.precision,
        gpus: run.gpus,
        params: counted.totalParams,
        activeParams: counted.activeParams,
        tokens: model.tokens,
        flopsPerToken,
        stepSeconds: step.stepSeconds,
        predictedMfu: step.modelFlopsPerSecondPerGpu / peak,
        goodput: report.failures.goodput,
        predictedGpuHours: report.gpuHours,
        costUsd: report.costUsd,
        publishedGpuHours,
        publishedPretrainingOnly: hardware.pretrainingChipHours !== undefined,
        gpuHoursDifference: report.gpuHours / publishedGpuHours - 1,
        impliedMfu: impliedMfu(flopsPerToken * model.tokens, publishedGpuHours, run.acceleratorId),
        sources: [run.source, run.published.source, hardware.source],
      },
    ]
  })
}
