/**
 * The runs after 2023 on their own published hardware and layout, by the scale model (issue 23): the
 * utilization that comes out, the pre-training GPU-hours beside the published ones, and the one
 * utilization the published hours imply in the same FLOP convention.
 */
import type { AcceleratorId } from '../../../data/accelerators'
import type { ModelId } from '../../../data/models'
import type { Source } from '../../../data/source'
import { getModel } from '../../facts/lookup'
import { utilizationPeakFlops } from '../../formulas/precision'
import { SECONDS_PER_HOUR } from '../../formulas/time-cost'
import { PUBLISHED_RUN_OF } from '../../scale-model/estimate'
import { scaleReport } from '../../scale-model/report'

export interface LayoutRun {
  id: ModelId
  name: string
  /** "PP 16, EP 64, DP 128 on 2,048 H800, FP8": the layout as published. */
  layoutLabel: string
  acceleratorId: AcceleratorId
  gpus: number
  stepSeconds: number
  /** Model FLOPs (6 × active + full-square attention) per second per GPU ÷ the 16-bit dense peak. */
  predictedMfu: number
  /** Pre-training GPU-hours by the scale model, failures at Llama 3's rate included. */
  predictedGpuHours: number
  /** Published pre-training GPU-hours (all published hours where the source does not separate them). */
  publishedGpuHours: number
  /** (predicted − published) ÷ published. */
  gpuHoursDifference: number
  /** The same model FLOPs over the published pre-training hours at the 16-bit peak: the utilization they imply. */
  impliedMfu: number
  sources: Source[]
}

/**
 * Each run with a published layout in data/ (Llama 3.1 405B on Table 4's 16K-GPU layout, DeepSeek-V3 on
 * 2,048 H800 with PP 16, EP 64, FP8), run through the scale model on it.
 *
 * @example
 * runsOnTheirLayouts().map(r => [r.id, r.gpuHoursDifference]) // [['deepseek-v3', ≈ −0.085], ['llama-3.1-405b', ≈ −0.05]]
 */
export function runsOnTheirLayouts(): LayoutRun[] {
  return (Object.keys(PUBLISHED_RUN_OF) as ModelId[]).flatMap((id) => {
    const run = PUBLISHED_RUN_OF[id]!
    const model = getModel(id)
    if (!('hardware' in model))
      return []
    const report = scaleReport({
      shape: run.shape,
      cluster: {
        gpus: run.gpus,
        acceleratorId: run.acceleratorId,
        nvlinkDomainGpus: run.nvlinkDomainGpus,
        interNodeBytesPerSecondPerGpu: run.interNodeBytesPerSecondPerGpu,
      },
      batchTokens: run.batchSequences * run.shape.seqLen,
      precision: run.precision,
      recompute: run.recompute,
      sequenceParallel: run.sequenceParallel,
      software: run.software,
      layout: run.layout,
      trainingTokens: model.tokens,
    })
    if (!report.ok)
      return []
    const hardware = model.hardware as { chipHours: number, pretrainingChipHours?: number, source: Source }
    const publishedGpuHours = hardware.pretrainingChipHours ?? hardware.chipHours
    const peak = utilizationPeakFlops(run.acceleratorId)
    const { step, layout } = report.model
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
    return [
      {
        id,
        name: model.name,
        layoutLabel: `${parts.join(', ')} on ${run.gpus.toLocaleString('en-US')} ${run.acceleratorId.toUpperCase().replace('-SXM', '')}, ${run.precision.toUpperCase()}`,
        acceleratorId: run.acceleratorId,
        gpus: run.gpus,
        stepSeconds: step.stepSeconds,
        predictedMfu: step.modelFlopsPerSecondPerGpu / peak,
        predictedGpuHours: report.gpuHours,
        publishedGpuHours,
        gpuHoursDifference: report.gpuHours / publishedGpuHours - 1,
        impliedMfu: flopsPerToken * model.tokens / (publishedGpuHours * SECONDS_PER_HOUR * peak),
        sources: [run.source, run.published.source, hardware.source],
      },
    ]
  })
}
