/**
 * The scale model for one validated set of assumptions: what `estimate --scale-model` runs. It builds
 * the scale model's input from the workload (a model of data/models.ts, or a custom shape), the
 * cluster (the accelerator's usual fabric, data/cluster-fabric.ts) and the options, runs the report
 * (step, failures, power, data), and maps any refusal back to the assumption that caused it.
 */
import type { AssumptionField, ValidatedAssumptions } from '../assumptions/validation'
import type { RunBatch } from './batch-size'
import type { ScaleReport, ScaleReportSummary } from './report'
import type { ScaleLayoutInput, ScaleModelField, ScaleModelShape } from './types'
import { CLUSTER_FABRICS } from '../../data/cluster-fabric'
import { MEGATRON_TABLE_1 } from '../../data/published-claims'
import { getModel } from '../facts/lookup'
import { computeOptimalTokens } from '../formulas/compute-optimal'
import { reportWithinMemory, runBatch } from './batch-size'
import { scaleReportOptions, scaleReportSummary } from './report'
import { shapeForParams } from './shape'

export type ScaleEstimate
  = | { ok: true, report: ScaleReport, summary: ScaleReportSummary, tokens: number, shape: ScaleModelShape, shapeFrom: string, batch: RunBatch }
    | { ok: false, field: AssumptionField, message: string }

/** Which assumption answers for each of the scale model's own fields. */
const FIELD_OF: Record<ScaleModelField, AssumptionField> = {
  tensorParallel: 'tensorParallel',
  pipelineParallel: 'pipelineParallel',
  interleave: 'interleave',
  microbatchSequences: 'microbatchSequences',
  contextParallel: 'tensorParallel',
  layout: 'tensorParallel',
  gpus: 'gpus',
  batchTokens: 'batchTokens',
  seqLen: 'seqLen',
  precision: 'precision',
  acceleratorId: 'gpu',
  shape: 'layers',
  nvlinkDomainGpus: 'gpu',
  interNodeBytesPerSecondPerGpu: 'gpu',
  trainingTokens: 'tokens',
  usdPerGpuHour: 'usdPerGpuHour',
  kernelEfficiency: 'gpu',
}

/** The options that fix a layout (the rest are searched), and so imply the scale model. */
export const LAYOUT_KEYS = [
  'tensorParallel',
  'pipelineParallel',
  'interleave',
  'microbatchSequences',
] as const

/** Whether the assumptions ask for the scale model: `--scale-model`, or any layout option. */
export function wantsScaleModel(v: ValidatedAssumptions): boolean {
  return v.scaleModel || LAYOUT_KEYS.some(key => v[key] !== null)
}

type ShapeResult = { ok: true, shape: ScaleModelShape, shapeFrom: string } | { ok: false, field: AssumptionField, message: string }

const CUSTOM_SHAPE = ['layers', 'dModel', 'heads', 'vocab'] as const

/** The model's shape: from its published architecture, the options, or Megatron-LM's row of that size (or its proportions: ./shape.ts). */
function shapeOf(v: ValidatedAssumptions, params: number): ShapeResult {
  const given = CUSTOM_SHAPE.filter(key => v[key] !== null)
  const seqLen = v.seqLen
  if (v.model !== null) {
    const model = getModel(v.model)
    const architecture = 'architecture' in model
      ? model.architecture
      : null
    if (architecture === null)
      return { ok: false, field: 'model', message: `${v.model} has no published shape; give --params with --layers, --d-model, --heads and --vocab` }
    const vocab = v.vocab ?? ('vocab' in architecture
      ? architecture.vocab
      : null)
    if (vocab === null || vocab === undefined)
      return { ok: false, field: 'vocab', message: `${v.model} has no published vocabulary; give --vocab` }
    const publishedSeqLen = 'seqLen' in architecture
      ? architecture.seqLen
      : undefined
    if ((seqLen ?? publishedSeqLen) === undefined)
      return { ok: false, field: 'seqLen', message: `${v.model} has no published sequence length; give --seq-len` }
    return {
      ok: true,
      shape: {
        params,
        layers: v.layers ?? architecture.layers,
        dModel: v.dModel ?? architecture.dModel,
        heads: v.heads ?? architecture.heads,
        headDim: architecture.headDim,
        vocab,
        seqLen: seqLen ?? publishedSeqLen!,
      },
      shapeFrom: `${model.name}'s published shape`,
    }
  }
  if (given.length === CUSTOM_SHAPE.length) {
    return {
      ok: true,
      shape: {
        params,
        layers: v.layers!,
        dModel: v.dModel!,
        heads: v.heads!,
        vocab: v.vocab!,
        seqLen: seqLen ?? MEGATRON_TABLE_1.seqLen,
      },
      shapeFrom: 'the options',
    }
  }
  if (given.length > 0) {
    const missing = CUSTOM_SHAPE.find(key => v[key] === null)!
    return { ok: false, field: missing, message: `a custom shape needs all of --layers, --d-model, --heads and --vocab` }
  }
  // No shape given: Megatron-LM Table 1's row of this size, or its proportions (./shape.ts).
  const derived = shapeForParams(params, seqLen ?? MEGATRON_TABLE_1.seqLen)
  return { ok: true, ...derived }
}

function layoutOf(v: ValidatedAssumptions): ScaleLayoutInput {
  const layout: ScaleLayoutInput = {}
  for (const key of LAYOUT_KEYS) {
    const value = v[key]
    if (value !== null)
      layout[key] = value
  }
  return layout
}

/**
 * Run the scale model for validated assumptions and workload.
 *
 * @example
 * scaleEstimate({ ...validated, params: 1e12, gpus: 100_000, scaleModel: true })
 * // { ok: true, summary: { layout: { tensorParallel: 8, pipelineParallel: 16, ... }, effectiveMfu: ≈ 0.12, wallClockDays: ≈ 580, ... } }
 */
export function scaleEstimate(v: ValidatedAssumptions): ScaleEstimate {
  const model = v.model === null
    ? null
    : getModel(v.model)
  const params = model?.params ?? v.params
  if (params === null)
    return { ok: false, field: 'model', message: 'required: give --model ID, or --params N' }
  const active = v.activeParams ?? (model && 'activeParams' in model
    ? model.activeParams
    : null)
  if (active !== null && active < params)
    return { ok: false, field: 'activeParams', message: 'the scale model is of dense Transformers; a mixture of experts takes the fixed-MFU estimate (without --scale-model)' }
  if (v.gpus === null)
    return { ok: false, field: 'gpus', message: 'required with the scale model: the cluster size decides the layout' }
  const fabric = CLUSTER_FABRICS.find(f => f.acceleratorId === v.gpu)
  if (!fabric)
    return { ok: false, field: 'gpu', message: `the scale model has no measured cluster network for ${v.gpu}: it covers --gpu ${CLUSTER_FABRICS.map(f => f.acceleratorId).join(', ')}` }
  const shape = shapeOf(v, params)
  if (!shape.ok)
    return shape
  const tokens = v.tokens ?? model?.tokens ?? computeOptimalTokens(params, v.tokensPerParam)
  // No --batch-tokens: the batch-size law's for this run's compute (./batch-size.ts).
  const batch = runBatch(shape.shape, tokens, v.batchTokens)
  const { report, batchTokens, cappedAtMemory } = reportWithinMemory({
    shape: shape.shape,
    cluster: {
      gpus: v.gpus,
      acceleratorId: v.gpu,
      nvlinkDomainGpus: fabric.nvlinkDomainGpus,
      interNodeBytesPerSecondPerGpu: fabric.interNodeBytesPerSecondPerGpu,
    },
    batchTokens: batch.batchTokens,
    precision: v.precision,
    recompute: v.recompute,
    sequenceParallel: v.sequenceParallel,
    layout: layoutOf(v),
    trainingTokens: tokens,
    usdPerGpuHour: v.usdPerGpuHour,
  }, scaleReportOptions(v), batch.from)
  if (!report.ok)
    return { ok: false, field: FIELD_OF[report.field], message: report.message }
  return {
    ok: true,
    report,
    summary: scaleReportSummary(report),
    tokens,
    shape: shape.shape,
    shapeFrom: shape.shapeFrom,
    // Capped at what the cluster can hold where the law's batch did not fit.
    batch: {
      ...batch,
      batchTokens,
      batchSequences: batchTokens / shape.shape.seqLen,
      cappedAtMemory,
    },
  }
}
