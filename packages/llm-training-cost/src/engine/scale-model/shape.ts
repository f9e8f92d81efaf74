/**
 * A dense model's shape for any size, for the scale model where no published shape exists (the
 * scaling wall's curve from 100M to 10T, `estimate --params N --scale-model` without `--layers`).
 *
 * Megatron-LM Table 1 gives ten GPT shapes from 1.7B to 1T. Near a row (within 15% of its parameters)
 * that row is used as published. Elsewhere the nearest row's proportions are kept: its width per layer
 * d/L and its head width, with N ≈ 12·L·d² (the weight matrices of a 4d-MLP Transformer), so
 * L = (N·(d/L)/12)^(1/3) ÷ (d/L), rounded to whole groups (pipelines split it evenly), and
 * d = √(N / (12·L)) rounded to whole groups of heads (tensor parallelism splits them). A 10T model then is 272 layers of width 55,040 rather
 * than the 1T row's 128 × 25,600 with ten times the parameters.
 */
import type { ScaleModelShape } from './types.ts'
import { MEGATRON_TABLE_1 } from '../../data/published-claims.ts'

/**
 * A count of layers or heads rounded to a multiple of 8 where there are 64 or more (an 8-GPU server
 * splits them evenly, as Megatron-LM's large rows do), of 4 from 16, else to a whole number: the
 * rounding then moves the parameters by under 10%.
 */
function roundToGroup(ideal: number): number {
  const group = ideal >= 64
    ? 8
    : ideal >= 16
      ? 4
      : 1
  return Math.max(1, Math.round(ideal / group) * group)
}

/** How far from a published row (as a ratio of parameters) its shape is still used as is. */
const ROW_TOLERANCE = 1.15

/**
 * The shape a dense GPT of `params` parameters would have, and where it comes from.
 *
 * @example
 * shapeForParams(1e12).shape // { params: 1e12, layers: 128, dModel: 25600, heads: 160, vocab: 51200, seqLen: 2048 }
 * shapeForParams(1e13).shape // { params: 1e13, layers: 272, dModel: 55040, heads: 344, ... }
 */
export function shapeForParams(params: number, seqLen: number = MEGATRON_TABLE_1.seqLen): { shape: ScaleModelShape, shapeFrom: string } {
  const row = MEGATRON_TABLE_1.rows.reduce((best, r) => Math.abs(Math.log(r.paramsBillions * 1e9 / params)) < Math.abs(Math.log(best.paramsBillions * 1e9 / params))
    ? r
    : best)
  const ratio = params / (row.paramsBillions * 1e9)
  const base = { params, vocab: MEGATRON_TABLE_1.vocab, seqLen }
  if (ratio <= ROW_TOLERANCE && ratio >= 1 / ROW_TOLERANCE) {
    return {
      shape: {
        ...base,
        layers: row.layers,
        dModel: row.hidden,
        heads: row.heads,
      },
      shapeFrom: `Megatron-LM Table 1's ${row.paramsBillions}B row (${row.layers} layers, width ${row.hidden}, ${row.heads} heads)`,
    }
  }
  const widthPerLayer = row.hidden / row.layers
  const headDim = row.hidden / row.heads
  const idealLayers = (params * widthPerLayer / 12) ** (1 / 3) / widthPerLayer
  // Layers and heads in whole groups (./roundTo), so pipelines and tensor parallelism split them evenly.
  const layers = roundToGroup(idealLayers)
  const heads = roundToGroup(Math.sqrt(params / (12 * layers)) / headDim)
  const dModel = heads * headDim
  return {
    shape: { ...base, layers, dModel, heads },
    shapeFrom: `Megatron-LM Table 1's ${row.paramsBillions}B row scaled to ${layers} layers of width ${dModel} (its width per layer and head width)`,
  }
}
