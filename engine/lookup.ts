/**
 * Typed look-ups into data/: by id, without scanning lists on every call.
 */
import type { AcceleratorId, Precision } from '../data/accelerators'
import type { ModelId } from '../data/models'
import type { LayerShape } from './matmul'
import { ACCELERATORS } from '../data/accelerators'
import { MODELS } from '../data/models'

export type AcceleratorEntry = typeof ACCELERATORS[number]
export type ModelEntry = typeof MODELS[number]

const ACCELERATOR_BY_ID = new Map<string, AcceleratorEntry>(ACCELERATORS.map(a => [a.id, a]))
const MODEL_BY_ID = new Map<string, ModelEntry>(MODELS.map(m => [m.id, m]))

/**
 * The accelerator with this id; throws on an unknown id (validate first).
 *
 * @example
 * getAccelerator('a100-80gb').memoryBytes // 8e10
 */
export function getAccelerator(id: AcceleratorId): AcceleratorEntry {
  const accelerator = ACCELERATOR_BY_ID.get(id)
  if (!accelerator)
    throw new RangeError(`unknown accelerator id ${JSON.stringify(id)}`)
  return accelerator
}

/**
 * The model with this id; throws on an unknown id (validate first).
 *
 * @example
 * getModel('gpt-3').params // 1.75e11
 */
export function getModel(id: ModelId): ModelEntry {
  const model = MODEL_BY_ID.get(id)
  if (!model)
    throw new RangeError(`unknown model id ${JSON.stringify(id)}`)
  return model
}

/**
 * Dense peak FLOP/s of an accelerator at a precision; throws if the chip lacks it (validate first).
 *
 * @example
 * peakFlopsPerSecond('h100-sxm', 'fp8') // 1.979e15
 */
export function peakFlopsPerSecond(id: AcceleratorId, precision: Precision): number {
  const peaks: Partial<Record<Precision, number>> = getAccelerator(id).peakFlopsPerSecond
  const peak = peaks[precision]
  if (peak === undefined)
    throw new RangeError(`${id} has no ${precision} peak`)
  return peak
}

/**
 * One decoder layer's shape for a model with a published architecture (for the matrix slide), or
 * null when the model has none in data/models.ts.
 *
 * @example
 * layerShapeOf('gpt-3') // { dModel: 12288, heads: 96, headDim: 128, seqLen: 2048 }
 */
export function layerShapeOf(id: ModelId): LayerShape | null {
  const model = getModel(id)
  if (!('architecture' in model))
    return null
  const { dModel, heads, headDim, seqLen } = model.architecture
  return { dModel, heads, headDim, seqLen }
}
