import type { DecoderShape, ExpertShape } from '../../data/decoder-shape.ts'
import type { ModelId } from '../../data/models.ts'
import type { ScaleRun } from '../../data/scale-runs.ts'
/**
 * The scale model for one validated set of assumptions: what `estimate --scale-model` runs. It builds
 * the scale model's input from the workload (a model of data/models.ts, or a custom shape), the
 * cluster (the accelerator's usual fabric, data/cluster-fabric.ts) and the options, runs the report
 * (step, failures, power, data), and maps any refusal back to the assumption that caused it.
 */
import type { AssumptionField, ValidatedAssumptions } from '../assumptions/validation.ts'
import type { ZeroStage } from '../formulas/memory.ts'
import type { RunBatch } from './batch-size.ts'
import type { ScaleReport, ScaleReportSummary } from './report.ts'
import type { ScaleLayoutInput, ScaleModelField, ScaleModelInput, ScaleModelShape } from './types.ts'
import { ACCELERATOR_IDS } from '../../data/accelerators.ts'
import { CLUSTER_FABRICS } from '../../data/cluster-fabric.ts'
import { DEEPSEEK_V3_RUN } from '../../data/moe-training.ts'
import { MEGATRON_TABLE_1 } from '../../data/published-claims.ts'
import { SCALE_RUNS } from '../../data/scale-runs.ts'
import { architectureOf, getModel } from '../facts/lookup.ts'
import { formatSignedPercent } from '../format/change.ts'
import { formatCount, formatPercent } from '../format/numbers.ts'
import { relativeDifference } from '../formulas/architecture.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'
import { reportWithinMemory, runBatch } from './batch-size.ts'
import { shapeParams } from './experts.ts'
import { fabricLinks, kernelEfficiencyOf } from './hardware.ts'
import { scaleReportOptions, scaleReportSummary } from './report.ts'
import { shapeForParams } from './shape.ts'

export type ScaleEstimate
  = | { ok: true, report: ScaleReport, summary: ScaleReportSummary, tokens: number, shape: ScaleModelShape, shapeFrom: string, batch: RunBatch }
    | { ok: false, field: AssumptionField, message: string }

/** Which assumption answers for each of the scale model's own fields. */
const FIELD_OF: Record<ScaleModelField, AssumptionField> = {
  tensorParallel: 'tensorParallel',
  pipelineParallel: 'pipelineParallel',
  interleave: 'interleave',
  microbatchSequences: 'microbatchSequences',
  contextParallel: 'contextParallel',
  expertParallel: 'expertParallel',
  zeroStage: 'zeroStage',
  layout: 'tensorParallel',
  gpus: 'gpus',
  batchTokens: 'batchTokens',
  seqLen: 'seqLen',
  precision: 'precision',
  acceleratorId: 'gpu',
  shape: 'layers',
  nvlinkDomainGpus: 'gpu',
  interNodeBytesPerSecondPerGpu: 'interNodeGbps',
  trainingTokens: 'tokens',
  usdPerGpuHour: 'usdPerGpuHour',
  kernelEfficiency: 'gpu',
}

/** The options that fix a layout (the rest are searched), and so imply the scale model. */
export const LAYOUT_KEYS = [
  'tensorParallel',
  'pipelineParallel',
  'expertParallel',
  'interleave',
  'microbatchSequences',
  'contextParallel',
] as const

/**
 * The ZeRO stage the options give: `--zero S`, or `--fsdp` (ZeRO-3); null when neither (the search
 * takes the least sharding that fits). Both given and different is an error naming both.
 *
 * @example
 * zeroStageOf({ ...v, fsdp: true, zeroStage: null }) // { ok: true, zeroStage: 3 }
 */
export function zeroStageOf(v: ValidatedAssumptions): { ok: true, zeroStage: ZeroStage | null } | { ok: false, field: AssumptionField, message: string } {
  const given = v.zeroStage as ZeroStage | null
  if (v.fsdp && given !== null && given !== 3)
    return { ok: false, field: 'fsdp', message: `is ZeRO-3 and cannot be combined with --zero ${given}` }
  return {
    ok: true,
    zeroStage: v.fsdp ? 3 : given,
  }
}

/** Whether the assumptions ask for the scale model: `--scale-model`, or any layout option. */
export function wantsScaleModel(v: ValidatedAssumptions): boolean {
  return v.scaleModel || LAYOUT_KEYS.some(key => v[key] !== null)
}

type ShapeResult = { ok: true, shape: ScaleModelShape, shapeFrom: string } | { ok: false, field: AssumptionField, message: string }

const CUSTOM_SHAPE = ['layers', 'dModel', 'heads', 'vocab'] as const

/** The widths of a modern decoder: they refine a model's published shape or a custom one, never a size alone. */
const SHAPE_WIDTHS = [
  'kvHeads',
  'headDim',
  'ffnHidden',
  'gatedMlp',
  'untiedEmbeddings',
] as const

/** How far `--params` may lie from the count of a custom shape given beside it (as a share of that count). */
export const PARAMS_SHAPE_TOLERANCE = 0.1

/** The options that describe a custom model's experts; `--experts` turns them on. */
const EXPERT_OPTIONS = [
  'topK',
  'expertFfn',
  'sharedExperts',
  'denseLayers',
] as const

/**
 * A model's own published training run, where one is in data/ with its layout: with `--model` the
 * scale model trains on that run's batch, recomputation, software and network unless the options say
 * otherwise (the layout is still the options', or searched).
 */
export const PUBLISHED_RUN_OF: Partial<Record<ModelId, ScaleRun>> = {
  'deepseek-v3': DEEPSEEK_V3_RUN,
  // Table 4's 16,384-GPU row at the 8K pre-training length (TP 8, PP 16, DP 128, 16M tokens).
  'llama-3.1-405b': SCALE_RUNS.find(r => r.id === 'llama3-405b-16k')!,
}

/** The experts the options describe, or why not; null without `--experts`. */
function expertsOf(v: ValidatedAssumptions): { ok: true, experts: ExpertShape | null } | { ok: false, field: AssumptionField, message: string } {
  if (v.experts === null) {
    const stray = EXPERT_OPTIONS.find(key => v[key] !== null)
    return stray === undefined
      ? { ok: true, experts: null }
      : { ok: false, field: stray, message: 'describes experts: give --experts N (routed experts per layer) too' }
  }
  if (v.topK === null)
    return { ok: false, field: 'topK', message: 'required with --experts: the routed experts each token uses' }
  if (v.topK > v.experts)
    return { ok: false, field: 'topK', message: `${v.topK} exceeds the ${v.experts} experts of --experts` }
  const ffnHidden = v.expertFfn ?? v.ffnHidden ?? 4 * (v.dModel ?? 0)
  return {
    ok: true,
    experts: {
      routed: v.experts,
      topK: v.topK,
      ffnHidden,
      ...(v.sharedExperts !== null
        ? { shared: v.sharedExperts }
        : {}),
      ...(v.denseLayers !== null
        ? { denseLayers: v.denseLayers }
        : {}),
    },
  }
}

/** The model's shape: from its published architecture, the options, or Megatron-LM's row of that size (or its proportions: ./shape.ts). */
function shapeOf(v: ValidatedAssumptions, params: number, paramsFromShape: boolean): ShapeResult {
  const given = CUSTOM_SHAPE.filter(key => v[key] !== null)
  const seqLen = v.seqLen
  if (v.model !== null) {
    const architecture = architectureOf(v.model)
    if (architecture === null)
      return { ok: false, field: 'model', message: `${v.model} has no published shape; give --params with --layers, --d-model, --heads and --vocab` }
    const vocab = v.vocab ?? architecture.vocab
    if (vocab === undefined)
      return { ok: false, field: 'vocab', message: `${v.model} has no published vocabulary; give --vocab` }
    const publishedSeqLen = architecture.seqLen
    if ((seqLen ?? publishedSeqLen) === undefined)
      return { ok: false, field: 'seqLen', message: `${v.model} has no published sequence length; give --seq-len` }
    const kvHeads = v.kvHeads ?? architecture.kvHeads
    const ffnHidden = v.ffnHidden ?? architecture.ffnHidden
    const gatedMlp = v.gatedMlp || architecture.gatedMlp === true
    const tiedEmbeddings = v.untiedEmbeddings ? false : architecture.tiedEmbeddings
    return {
      ok: true,
      shape: {
        params,
        layers: v.layers ?? architecture.layers,
        dModel: v.dModel ?? architecture.dModel,
        heads: v.heads ?? architecture.heads,
        headDim: v.headDim ?? architecture.headDim,
        // The published shape's modern parts (grouped KV, MLP width and gating, tying, experts, latent attention).
        ...(kvHeads !== undefined
          ? { kvHeads }
          : {}),
        ...(ffnHidden !== undefined
          ? { ffnHidden }
          : {}),
        ...(gatedMlp
          ? { gatedMlp }
          : {}),
        ...(tiedEmbeddings !== undefined
          ? { tiedEmbeddings }
          : {}),
        ...(architecture.experts !== undefined
          ? { experts: architecture.experts }
          : {}),
        ...(architecture.latentAttention !== undefined
          ? { latentAttention: architecture.latentAttention }
          : {}),
        vocab,
        seqLen: seqLen ?? publishedSeqLen!,
      },
      shapeFrom: `${getModel(v.model).name}'s published shape`,
    }
  }
  const custom = customShapeOf(v)
  if (custom !== null) {
    if (!custom.ok)
      return custom
    return {
      ok: true,
      shape: { params, ...custom.shape },
      shapeFrom: paramsFromShape
        ? 'the options (parameters counted from the shape)'
        : 'the options',
    }
  }
  if (v.experts !== null && given.length === 0)
    return { ok: false, field: 'experts', message: 'experts need a custom shape: give --layers, --d-model, --heads and --vocab too' }
  if (given.length > 0) {
    const missing = CUSTOM_SHAPE.find(key => v[key] === null)!
    return { ok: false, field: missing, message: `a custom shape needs all of --layers, --d-model, --heads and --vocab` }
  }
  // A width alone describes no model: it refines a published shape or a custom one.
  const width = SHAPE_WIDTHS.find(key => v[key] !== null && v[key] !== false)
  if (width !== undefined)
    return { ok: false, field: width, message: 'describes a shape: give --model ID, or --layers, --d-model, --heads and --vocab' }
  // No shape given: Megatron-LM Table 1's row of this size, or its proportions (./shape.ts).
  const derived = shapeForParams(params, seqLen ?? MEGATRON_TABLE_1.seqLen)
  return { ok: true, ...derived }
}

/**
 * The custom shape the options give, when they give all of `--layers --d-model --heads --vocab`
 * (its widths, tying and experts included), without its parameter count; null when they do not.
 */
function customShapeOf(v: ValidatedAssumptions): { ok: true, shape: Omit<ScaleModelShape, 'params'> } | { ok: false, field: AssumptionField, message: string } | null {
  if (v.layers === null || v.dModel === null || v.heads === null || v.vocab === null)
    return null
  const experts = expertsOf(v)
  if (!experts.ok)
    return experts
  const shape: DecoderShape & { seqLen: number, vocab: number } = {
    layers: v.layers,
    dModel: v.dModel,
    heads: v.heads,
    vocab: v.vocab,
    seqLen: v.seqLen ?? MEGATRON_TABLE_1.seqLen,
    ...(v.kvHeads !== null
      ? { kvHeads: v.kvHeads }
      : {}),
    ...(v.headDim !== null
      ? { headDim: v.headDim }
      : {}),
    ...(v.ffnHidden !== null
      ? { ffnHidden: v.ffnHidden }
      : {}),
    ...(v.gatedMlp
      ? { gatedMlp: true }
      : {}),
    ...(v.untiedEmbeddings
      ? { tiedEmbeddings: false }
      : {}),
    ...(experts.experts
      ? { experts: experts.experts }
      : {}),
  }
  return { ok: true, shape }
}

/**
 * The parameters of the workload for the scale model: the model's published count, `--params`, or,
 * with a full custom shape and no `--params`, the shape's own count (./experts.ts `shapeParams`: all
 * experts of a mixture of experts). Given both, `--params` must lie within 10% of the shape's count:
 * further apart they describe two models.
 *
 * @example
 * workloadParams({ ...v, layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnHidden: 14336, gatedMlp: true, vocab: 128256, untiedEmbeddings: true })
 * // { ok: true, params: 8.03e9, fromShape: true }
 * workloadParams({ ...thatShape, params: 7e9 }) // { ok: false, field: 'params', message: '7B is -12.8% off the 8.03B parameters the shape of --layers, … counts (more than 10%): …' }
 */
export function workloadParams(v: ValidatedAssumptions): { ok: true, params: number | null, fromShape: boolean } | { ok: false, field: AssumptionField, message: string } {
  if (v.model !== null)
    return { ok: true, params: getModel(v.model).params, fromShape: false }
  const custom = customShapeOf(v)
  if (custom === null)
    return { ok: true, params: v.params, fromShape: false }
  if (!custom.ok)
    return custom
  const counted = shapeParams(custom.shape).totalParams
  if (v.params === null)
    return { ok: true, params: counted, fromShape: true }
  const difference = relativeDifference(v.params, counted)
  if (Math.abs(difference) > PARAMS_SHAPE_TOLERANCE) {
    return {
      ok: false,
      field: 'params',
      message: `${formatCount(v.params)} is ${formatSignedPercent(difference)} off the ${formatCount(counted)} parameters the shape of --layers, --d-model, --heads and --vocab counts (more than ${formatPercent(PARAMS_SHAPE_TOLERANCE)}): leave out --params to use the shape's count, or correct the shape`,
    }
  }
  return { ok: true, params: v.params, fromShape: false }
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
export function scaleEstimate(v: ValidatedAssumptions, given: ReadonlySet<AssumptionField> = new Set()): ScaleEstimate {
  const model = v.model === null
    ? null
    : getModel(v.model)
  const sized = workloadParams(v)
  if (!sized.ok)
    return sized
  const params = sized.params
  if (params === null)
    return { ok: false, field: 'model', message: 'required: give --model ID, or --params N' }
  if (v.activeParams !== null && v.activeParams < params && v.experts === null)
    return { ok: false, field: 'activeParams', message: 'a mixture of experts given by counts only takes the fixed-MFU estimate; for the scale model describe its experts (--experts, --top-k, --expert-ffn with a custom shape)' }
  if (v.gpus === null)
    return { ok: false, field: 'gpus', message: 'required with the scale model: the cluster size decides the layout' }
  const fabric = CLUSTER_FABRICS.find(f => f.acceleratorId === v.gpu)
  if (!fabric)
    return { ok: false, field: 'gpu', message: `the scale model has no measured cluster network for ${v.gpu}: it covers --gpu ${CLUSTER_FABRICS.map(f => f.acceleratorId).join(', ')}` }
  if (kernelEfficiencyOf(v.gpu, v.precision) === null) {
    const covered = ACCELERATOR_IDS.filter(id => kernelEfficiencyOf(id, v.precision) !== null)
    return { ok: false, field: 'gpu', message: `the scale model has no measured kernel efficiency for ${v.gpu} at ${v.precision}: at ${v.precision} it covers --gpu ${covered.join(', ')}` }
  }
  const shape = shapeOf(v, params, sized.fromShape)
  if (!shape.ok)
    return shape
  const { heads, kvHeads } = shape.shape
  if (kvHeads !== undefined && heads % kvHeads !== 0) {
    return {
      ok: false,
      field: v.kvHeads !== null
        ? 'kvHeads'
        : 'heads',
      message: `the ${heads} query heads do not split into equal groups over ${kvHeads} key/value heads`,
    }
  }
  const zero = zeroStageOf(v)
  if (!zero.ok)
    return zero
  const tokens = v.tokens ?? model?.tokens ?? computeOptimalTokens(params, v.tokensPerParam)
  // The model's own run (its batch, recomputation, software, network) where the options leave them.
  const run = v.model !== null
    ? PUBLISHED_RUN_OF[v.model] ?? null
    : null
  const ownRun = run !== null && run.acceleratorId === v.gpu
  // No --batch-tokens: the model's own run's batch, else the batch-size law's for this run's compute (./batch-size.ts).
  const batch = runBatch(shape.shape, tokens, run !== null && !given.has('batchTokens')
    ? run.batchSequences * shape.shape.seqLen
    : v.batchTokens)
  const input: ScaleModelInput = {
    shape: shape.shape,
    cluster: {
      gpus: v.gpus,
      acceleratorId: v.gpu,
      nvlinkDomainGpus: fabric.nvlinkDomainGpus,
      // --inter-node-gbps replaces the scale-out bandwidth (Gb/s → bytes/s); else the model's own run's, else the reference system's.
      interNodeBytesPerSecondPerGpu: v.interNodeGbps !== null
        ? v.interNodeGbps * 1e9 / 8
        : ownRun
          ? run.interNodeBytesPerSecondPerGpu
          : fabric.interNodeBytesPerSecondPerGpu,
      ...fabricLinks(fabric),
    },
    batchTokens: batch.batchTokens,
    precision: v.precision,
    recompute: run !== null && !given.has('recompute')
      ? run.recompute
      : v.recompute,
    sequenceParallel: v.sequenceParallel || (run?.sequenceParallel ?? false),
    layout: layoutOf(v),
    // The run's own software where the model has one; a given ZeRO stage over it.
    ...(run === null && zero.zeroStage === null
      ? {}
      : {
          software: {
            ...run?.software,
            ...(zero.zeroStage === null
              ? {}
              : { zeroStage: zero.zeroStage }),
          },
        }),
    trainingTokens: tokens,
    usdPerGpuHour: v.usdPerGpuHour,
  }
  const { report, batchTokens, cappedAtMemory } = reportWithinMemory(input, scaleReportOptions(v), batch.from)
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
