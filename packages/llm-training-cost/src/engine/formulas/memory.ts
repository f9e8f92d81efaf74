/**
 * Memory of training: weights, gradients, optimizer state and activations, per GPU, under data
 * (ZeRO), tensor and pipeline parallelism.
 */
import type { TrainingStateSchemeId } from '../../data/training-state.ts'
import { ACTIVATION_COEFFICIENTS, TRAINING_STATE_SCHEMES } from '../../data/training-state.ts'

/** ZeRO stage: 0 = plain data parallel, 1 = optimizer state, 2 = + gradients, 3 = + weights partitioned. */
export type ZeroStage = 0 | 1 | 2 | 3
/** Activation recomputation (Korthikanti et al. 2022): none, selective (attention only) or full. */
export type Recompute = 'none' | 'selective' | 'full'

/** Training-state bytes per parameter for a scheme, split by role. */
export interface BytesPerParam {
  weightBytes: number
  gradientBytes: number
  optimizerBytes: number
  totalBytes: number
}

/**
 * Bytes per parameter of the training state (ZeRO paper Sec. 3.1).
 *
 * @example
 * bytesPerParam('mixed-adam') // { weightBytes: 2, gradientBytes: 2, optimizerBytes: 12, totalBytes: 16 }
 */
export function bytesPerParam(scheme: TrainingStateSchemeId = 'mixed-adam'): BytesPerParam {
  const s = TRAINING_STATE_SCHEMES.find(x => x.id === scheme) ?? TRAINING_STATE_SCHEMES[0]
  return {
    weightBytes: s.weightBytesPerParam,
    gradientBytes: s.gradientBytesPerParam,
    optimizerBytes: s.optimizerBytesPerParam,
    totalBytes: s.weightBytesPerParam + s.gradientBytesPerParam + s.optimizerBytesPerParam,
  }
}

/**
 * Bytes of weights, gradients and optimizer state for the whole model, unpartitioned.
 *
 * @example
 * trainingStateBytes(175e9) // 2.8e12: GPT-3 with mixed-precision Adam
 */
export function trainingStateBytes(params: number, scheme: TrainingStateSchemeId = 'mixed-adam'): number {
  return params * bytesPerParam(scheme).totalBytes
}

/**
 * Fewest accelerators whose memory together holds the training state, with it fully partitioned
 * (ZeRO-3 or tensor × pipeline parallel) and activations left out: a lower bound.
 *
 * @example
 * minGpusForMemory(2.8e12, 80e9) // 35: GPT-3 on A100-80GB
 */
export function minGpusForMemory(trainingStateBytes: number, memoryBytesPerGpu: number): number {
  return Math.max(1, Math.ceil(trainingStateBytes / memoryBytesPerGpu))
}

/** Shape and batch for the activation estimate. */
export interface ActivationShape {
  seqLen: number
  microBatch: number
  hidden: number
  heads: number
  tensorParallel?: number
  sequenceParallel?: boolean
  recompute?: Recompute
}

/**
 * Activation bytes stored per Transformer layer per GPU in 16-bit training (Korthikanti et al. 2022,
 * Table 2): sbh(10 + 24/t + 5as/(ht)) with tensor parallelism t; sequence parallelism also splits the
 * 10·sbh part; selective recomputation drops the 5as/h attention part; full recomputation keeps only
 * the layer input (2sbh).
 *
 * @example
 * activationBytesPerLayer({ seqLen: 2048, microBatch: 1, hidden: 12288, heads: 96 }) // 2.87e9 (GPT-3 layer: 2048·12288·(34 + 80) bytes)
 */
export function activationBytesPerLayer(shape: ActivationShape): number {
  const { seqLen: s, microBatch: b, hidden: h, heads: a } = shape
  const t = shape.tensorParallel ?? 1
  const sp = shape.sequenceParallel ?? false
  const recompute = shape.recompute ?? 'none'
  const c = ACTIVATION_COEFFICIENTS
  const sbh = s * b * h
  if (recompute === 'full')
    return c.fullRecomputeBytes * sbh / (sp ? t : 1)
  const linear = sp
    ? c.linearBytes / t
    : c.unsplitBytes + (c.linearBytes - c.unsplitBytes) / t
  const attention = recompute === 'selective'
    ? 0
    : c.attentionBytes * a * s / (h * t)
  return sbh * (linear + attention)
}

/**
 * Activation bytes on the busiest GPU: with 1F1B pipelining the first stage holds p microbatches of
 * L/p layers, i.e. L layers' worth whatever p is (Korthikanti et al. 2022, Sec. 4.2.3).
 *
 * @example
 * activationBytes({ layers: 96, seqLen: 2048, microBatch: 1, hidden: 12288, heads: 96, tensorParallel: 8, sequenceParallel: true, recompute: 'selective' }) // 1.03e10
 */
export function activationBytes(shape: ActivationShape & { layers: number }): number {
  return shape.layers * activationBytesPerLayer(shape)
}

/** Parallel layout of a run. */
export interface ParallelLayout {
  dataParallel?: number
  tensorParallel?: number
  pipelineParallel?: number
  zeroStage?: ZeroStage
}

/** Bytes each GPU holds, by role. */
export interface PerGpuMemory {
  weightBytes: number
  gradientBytes: number
  optimizerBytes: number
  activationBytes: number
  totalBytes: number
}

/**
 * Memory per GPU: the model is split t·p ways by tensor and pipeline parallelism; ZeRO then splits
 * optimizer state (stage ≥ 1), gradients (≥ 2) and weights (3) over the d data-parallel replicas
 * (Rajbhandari et al. 2020, Figure 1). Activations are added as given.
 *
 * @example
 * perGpuMemory({ params: 175e9, dataParallel: 64, zeroStage: 3 }).totalBytes // 4.375e10 = 16 B × 175e9 / 64
 */
export function perGpuMemory(run: ParallelLayout & { params: number, scheme?: TrainingStateSchemeId, activationBytes?: number }): PerGpuMemory {
  const perParam = bytesPerParam(run.scheme)
  const d = run.dataParallel ?? 1
  const stage = run.zeroStage ?? 0
  const shardParams = run.params / ((run.tensorParallel ?? 1) * (run.pipelineParallel ?? 1))
  const weightBytes = perParam.weightBytes * shardParams / (stage >= 3
    ? d
    : 1)
  const gradientBytes = perParam.gradientBytes * shardParams / (stage >= 2
    ? d
    : 1)
  const optimizerBytes = perParam.optimizerBytes * shardParams / (stage >= 1
    ? d
    : 1)
  const activations = run.activationBytes ?? 0
  return {
    weightBytes,
    gradientBytes,
    optimizerBytes,
    activationBytes: activations,
    totalBytes: weightBytes + gradientBytes + optimizerBytes + activations,
  }
}
