/**
 * The scale model's input checks: a refused input names its field and says why, returned, never
 * thrown, before anything is computed.
 */
import type { ScaleModelError, ScaleModelField, ScaleModelInput } from './types.ts'

export function refuse(field: ScaleModelField, message: string): ScaleModelError {
  return { ok: false, field, message }
}

function isPositiveInteger(x: number | undefined): boolean {
  return x !== undefined && Number.isInteger(x) && x >= 1
}

/**
 * The first field of `input` that cannot be modelled (GPUs, fabric, shape, batch, a layout dimension
 * that does not divide what it splits), or null.
 *
 * @example
 * checkInput({ ...wallInput, layout: { tensorParallel: 3 } }) // { ok: false, field: 'tensorParallel', message: 'tensorParallel 3 does not divide the 160 attention heads' }
 */
export function checkInput(input: ScaleModelInput): ScaleModelError | null {
  const { shape, cluster, layout } = input
  if (!isPositiveInteger(cluster.gpus))
    return refuse('gpus', `gpus must be a whole number ≥ 1 (got ${cluster.gpus})`)
  if (!isPositiveInteger(cluster.nvlinkDomainGpus))
    return refuse('nvlinkDomainGpus', `nvlinkDomainGpus must be a whole number ≥ 1 (got ${cluster.nvlinkDomainGpus})`)
  if (!(cluster.interNodeBytesPerSecondPerGpu > 0) || !Number.isFinite(cluster.interNodeBytesPerSecondPerGpu))
    return refuse('interNodeBytesPerSecondPerGpu', `interNodeBytesPerSecondPerGpu must be > 0 (got ${cluster.interNodeBytesPerSecondPerGpu})`)
  if (input.trainingTokens !== undefined && !(input.trainingTokens >= 0 && Number.isFinite(input.trainingTokens)))
    return refuse('trainingTokens', `trainingTokens must be ≥ 0 (got ${input.trainingTokens})`)
  if (input.usdPerGpuHour !== undefined && !(input.usdPerGpuHour >= 0 && Number.isFinite(input.usdPerGpuHour)))
    return refuse('usdPerGpuHour', `usdPerGpuHour must be ≥ 0 (got ${input.usdPerGpuHour})`)
  if (!isPositiveInteger(shape.seqLen))
    return refuse('seqLen', `seqLen must be a whole number ≥ 1 (got ${shape.seqLen})`)
  for (const key of ['layers', 'dModel', 'heads', 'vocab'] as const) {
    if (!isPositiveInteger(shape[key]))
      return refuse('shape', `shape.${key} must be a whole number ≥ 1 (got ${shape[key]})`)
  }
  for (const key of ['headDim', 'kvHeads', 'ffnHidden'] as const) {
    if (shape[key] !== undefined && !isPositiveInteger(shape[key]))
      return refuse('shape', `shape.${key} must be a whole number ≥ 1 (got ${shape[key]})`)
  }
  if (shape.kvHeads !== undefined && shape.heads % shape.kvHeads !== 0)
    return refuse('shape', `the ${shape.heads} query heads do not split into groups over ${shape.kvHeads} key/value heads`)
  if (!(shape.params > 0))
    return refuse('shape', `shape.params must be > 0 (got ${shape.params})`)
  const x = shape.experts
  if (x) {
    for (const key of ['routed', 'topK', 'ffnHidden'] as const) {
      if (!isPositiveInteger(x[key]))
        return refuse('shape', `shape.experts.${key} must be a whole number ≥ 1 (got ${x[key]})`)
    }
    if (x.topK > x.routed)
      return refuse('shape', `shape.experts.topK ${x.topK} exceeds the ${x.routed} routed experts`)
    if ((x.denseLayers ?? 0) >= shape.layers || !(Number.isInteger(x.denseLayers ?? 0) && (x.denseLayers ?? 0) >= 0))
      return refuse('shape', `shape.experts.denseLayers must be a whole number below the ${shape.layers} layers (got ${x.denseLayers})`)
    if (!(Number.isInteger(x.shared ?? 0) && (x.shared ?? 0) >= 0))
      return refuse('shape', `shape.experts.shared must be a whole number ≥ 0 (got ${x.shared})`)
  }
  if (!(input.batchTokens > 0) || !Number.isInteger(input.batchTokens / shape.seqLen))
    return refuse('batchTokens', `batchTokens (${input.batchTokens}) must be a whole number of sequences of ${shape.seqLen} tokens`)
  if (!layout)
    return null
  for (const key of [
    'tensorParallel',
    'pipelineParallel',
    'interleave',
    'microbatchSequences',
    'contextParallel',
    'expertParallel',
  ] as const) {
    if (layout[key] !== undefined && !isPositiveInteger(layout[key]))
      return refuse(key, `${key} must be a whole number ≥ 1 (got ${layout[key]})`)
  }
  if (layout.tensorParallel !== undefined && shape.heads % layout.tensorParallel !== 0)
    return refuse('tensorParallel', `tensorParallel ${layout.tensorParallel} does not divide the ${shape.heads} attention heads`)
  const kvHeads = shape.kvHeads ?? shape.heads
  if (layout.tensorParallel !== undefined && kvHeads % layout.tensorParallel !== 0 && layout.tensorParallel % kvHeads !== 0)
    return refuse('tensorParallel', `tensorParallel ${layout.tensorParallel} neither divides the ${kvHeads} key/value heads nor is a multiple of them`)
  if (layout.pipelineParallel !== undefined && layout.pipelineParallel > shape.layers)
    return refuse('pipelineParallel', `pipelineParallel ${layout.pipelineParallel} exceeds the ${shape.layers} layers`)
  if (layout.contextParallel !== undefined && shape.seqLen % layout.contextParallel !== 0)
    return refuse('contextParallel', `contextParallel ${layout.contextParallel} does not divide the sequence length ${shape.seqLen}`)
  const ep = layout.expertParallel ?? 1
  if (ep > 1 && !x)
    return refuse('expertParallel', `expertParallel ${ep} needs a mixture of experts: the shape has none`)
  if (x && x.routed % ep !== 0)
    return refuse('expertParallel', `expertParallel ${ep} does not divide the ${x.routed} routed experts`)
  const sequences = input.batchTokens / shape.seqLen
  if (layout.microbatchSequences !== undefined && sequences % layout.microbatchSequences !== 0)
    return refuse('microbatchSequences', `microbatchSequences ${layout.microbatchSequences} does not divide the batch of ${sequences} sequences`)
  const t = layout.tensorParallel
  const p = layout.pipelineParallel
  const cp = layout.contextParallel ?? 1
  if (t !== undefined && p !== undefined && cluster.gpus % (t * p * cp) !== 0) {
    return refuse('gpus', `tensorParallel × pipelineParallel${cp > 1
      ? ' × contextParallel'
      : ''} = ${t * p * cp} does not divide the ${cluster.gpus} GPUs`)
  }
  if (t !== undefined && p !== undefined) {
    const d = cluster.gpus / (t * p * cp)
    const b = layout.microbatchSequences ?? 1
    if (sequences % (d * b) !== 0) {
      return refuse(layout.microbatchSequences !== undefined
        ? 'microbatchSequences'
        : 'batchTokens', `the batch of ${sequences} sequences does not split into ${d} data-parallel replicas × ${b}-sequence microbatches`)
    }
    if ((d * cp) % ep !== 0)
      return refuse('expertParallel', `expertParallel ${ep} does not divide the ${d * cp} data-parallel ranks it is drawn from (${cluster.gpus} GPUs ÷ (t ${t} × p ${p}))`)
    if (layout.interleave !== undefined && layout.interleave > 1 && layout.interleave > Math.floor(shape.layers / p))
      return refuse('interleave', `interleave ${layout.interleave} exceeds the ${Math.floor(shape.layers / p)} layers on a pipeline stage`)
  }
  return null
}
