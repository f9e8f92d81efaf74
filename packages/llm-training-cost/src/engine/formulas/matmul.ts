/**
 * A Transformer is mostly matrix multiplication: FLOPs, bytes and the roofline of one GEMM, and the
 * GEMMs of one Transformer layer.
 */
import type { DecoderShape } from '../../data/decoder-shape.ts'

/**
 * FLOPs of C[m×n] = A[m×k] · B[k×n]: one multiply and one add per term, 2·m·n·k.
 *
 * @example
 * matmulFlops(2048, 36864, 12288) // 1.86e12: GPT-3's QKV projection for one 2048-token sequence
 */
export function matmulFlops(m: number, n: number, k: number): number {
  return 2 * m * n * k
}

/**
 * Bytes a GEMM must move at least once: read A and B, write C.
 *
 * @example
 * matmulBytes(4096, 4096, 4096) // 1.0e8 in bf16 (3 × 4096² × 2 B)
 */
export function matmulBytes(m: number, n: number, k: number, bytesPerElement = 2): number {
  return (m * k + k * n + m * n) * bytesPerElement
}

/**
 * FLOPs per byte moved.
 *
 * @example
 * arithmeticIntensity(matmulFlops(4096, 4096, 4096), matmulBytes(4096, 4096, 4096)) // 1365
 */
export function arithmeticIntensity(flops: number, bytes: number): number {
  return flops / bytes
}

/**
 * The intensity at which an accelerator turns from memory- to compute-bound: peak / bandwidth.
 *
 * @example
 * ridgeIntensity(312e12, 2039e9) // 153 FLOP/byte (A100-80GB, bf16)
 */
export function ridgeIntensity(peakFlopsPerSecond: number, memoryBandwidthBytesPerSecond: number): number {
  return peakFlopsPerSecond / memoryBandwidthBytesPerSecond
}

export interface Roofline {
  /** Lower bound on time: the slower of compute and memory traffic. */
  seconds: number
  computeSeconds: number
  memorySeconds: number
  bound: 'compute' | 'memory'
  /** FLOP/s the roofline allows for this kernel. */
  attainableFlopsPerSecond: number
}

/**
 * Roofline time of a kernel: max(FLOPs / peak, bytes / bandwidth).
 *
 * @example
 * roofline({ flops: 1.37e11, bytes: 1.0e8, peakFlopsPerSecond: 312e12, memoryBandwidthBytesPerSecond: 2039e9 })
 * // { seconds: 4.4e-4, bound: 'compute', ... }
 */
export function roofline(kernel: { flops: number, bytes: number, peakFlopsPerSecond: number, memoryBandwidthBytesPerSecond: number }): Roofline {
  const computeSeconds = kernel.flops / kernel.peakFlopsPerSecond
  const memorySeconds = kernel.bytes / kernel.memoryBandwidthBytesPerSecond
  const seconds = Math.max(computeSeconds, memorySeconds)
  return {
    seconds,
    computeSeconds,
    memorySeconds,
    bound: computeSeconds >= memorySeconds
      ? 'compute'
      : 'memory',
    attainableFlopsPerSecond: kernel.flops / seconds,
  }
}

/** One GEMM (or a batch of identical ones) in a Transformer layer's forward pass. */
export interface LayerGemm {
  name: 'QKV projection' | 'Attention scores QKᵀ' | 'Attention × V' | 'Output projection' | 'MLP up' | 'MLP down'
  m: number
  n: number
  k: number
  /** Independent GEMMs of this shape (batch × heads for attention). */
  count: number
  flops: number
  bytes: number
}

/** Shape of one Transformer layer (the one decoder shape's fields the GEMMs need) and the batch it processes. */
export type LayerShape = Pick<DecoderShape, 'dModel' | 'heads' | 'ffnHidden'> & {
  headDim: number
  seqLen: number
  /** Sequences per batch; default 1. */
  batch?: number
  bytesPerElement?: number
}

/**
 * The forward-pass GEMMs of one decoder layer (Vaswani et al. 2017, Fig. 1), with rows = tokens:
 * QKV [bs×h]·[h×3·H·Q], scores [s×Q]·[Q×s] per head, attention×V [s×s]·[s×Q] per head,
 * output [bs×H·Q]·[H·Q×h], MLP up [bs×h]·[h×f], MLP down [bs×f]·[f×h].
 *
 * @example
 * transformerLayerGemms({ dModel: 12288, heads: 96, headDim: 128, seqLen: 2048 }).map(g => g.flops)
 * // GPT-3: [1.86e12, 1.03e11, 1.03e11, 6.18e11, 2.47e12, 2.47e12]
 */
export function transformerLayerGemms(shape: LayerShape): LayerGemm[] {
  const b = shape.batch ?? 1
  const h = shape.dModel
  const s = shape.seqLen
  const a = shape.heads
  const q = shape.headDim
  const f = shape.ffnHidden ?? 4 * h
  const e = shape.bytesPerElement ?? 2
  const tokens = b * s
  const gemm = (name: LayerGemm['name'], m: number, n: number, k: number, count = 1): LayerGemm =>
    ({
      name,
      m,
      n,
      k,
      count,
      flops: count * matmulFlops(m, n, k),
      bytes: count * matmulBytes(m, n, k, e),
    })
  return [
    gemm('QKV projection', tokens, 3 * a * q, h),
    gemm('Attention scores QKᵀ', s, s, q, b * a),
    gemm('Attention × V', s, q, s, b * a),
    gemm('Output projection', tokens, h, a * q),
    gemm('MLP up', tokens, f, h),
    gemm('MLP down', tokens, h, f),
  ]
}

// FLOPs per element of the non-GEMM operations. Conventions, not measurements: each arithmetic
// operation counts one FLOP, exp and tanh count one.
/** LayerNorm: mean, variance, normalize, scale, shift. */
const LAYERNORM_FLOPS_PER_ELEMENT = 5
/** Softmax over scores: scale, max, subtract, exp, sum, divide. */
const SOFTMAX_FLOPS_PER_ELEMENT = 6
/** GELU, tanh approximation. */
const GELU_FLOPS_PER_ELEMENT = 8

export interface LayerFlops {
  gemms: LayerGemm[]
  matmulFlops: number
  /** LayerNorms, softmax, GELU, bias and residual adds. */
  otherFlops: number
  /** matmulFlops / (matmulFlops + otherFlops). */
  matmulShare: number
}

/**
 * Forward FLOPs of one decoder layer, split into GEMMs and everything else.
 *
 * @example
 * transformerLayerFlops({ dModel: 12288, heads: 96, headDim: 128, seqLen: 2048 }).matmulShare // 0.9995 (GPT-3)
 */
export function transformerLayerFlops(shape: LayerShape): LayerFlops {
  const gemms = transformerLayerGemms(shape)
  const matmul = gemms.reduce((sum, g) => sum + g.flops, 0)
  const b = shape.batch ?? 1
  const tokens = b * shape.seqLen
  const h = shape.dModel
  const f = shape.ffnHidden ?? 4 * h
  const attentionWidth = shape.heads * shape.headDim
  const layerNorms = 2 * LAYERNORM_FLOPS_PER_ELEMENT * tokens * h
  const softmax = SOFTMAX_FLOPS_PER_ELEMENT * b * shape.heads * shape.seqLen * shape.seqLen
  const gelu = GELU_FLOPS_PER_ELEMENT * tokens * f
  const biases = tokens * (3 * attentionWidth + h + f + h)
  const residuals = 2 * tokens * h
  const other = layerNorms + softmax + gelu + biases + residuals
  return {
    gemms,
    matmulFlops: matmul,
    otherFlops: other,
    matmulShare: matmul / (matmul + other),
  }
}
