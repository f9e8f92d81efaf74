/**
 * Typed look-ups into data/: by id, without scanning lists on every call.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { Architecture, ModelId } from '../../data/models.ts'
import type { LayerShape } from '../formulas/matmul.ts'
import { ACCELERATORS } from '../../data/accelerators.ts'
import { MODELS } from '../../data/models.ts'

export type AcceleratorEntry = typeof ACCELERATORS[number]
export type ModelEntry = typeof MODELS[number]
/** The entry of one model id, with exactly the fields data/models.ts gives it (PaLM's hardware, ...). */
export type ModelOf<Id extends ModelId> = Extract<ModelEntry, { id: Id }>

const ACCELERATOR_BY_ID = new Map<string, AcceleratorEntry>(ACCELERATORS.map(a => [a.id, a]))
/** Accelerators a user's data file adds (`--data`), for the length of one `withAddedAccelerators`. */
const ADDED_BY_ID = new Map<string, AcceleratorEntry>()

/**
 * Runs `work` with `added` looked up like the dataset's own accelerators (`getAccelerator`, the
 * validation of `gpu`), then forgets them: nothing a file adds outlives the estimate it was given to.
 *
 * @example
 * withAddedAccelerators(asEntries(data.accelerators), () => run(...))
 */
export function withAddedAccelerators<T>(added: readonly AcceleratorEntry[], work: () => T): T {
  for (const a of added)
    ADDED_BY_ID.set(a.id, a)
  try {
    return work()
  }
  finally {
    ADDED_BY_ID.clear()
  }
}

/** Whether `id` is an accelerator a data file added (not one of the dataset's). */
export function isAddedAccelerator(id: string): boolean {
  return ADDED_BY_ID.has(id)
}

/** The accelerator with this id, the dataset's or a data file's, or undefined. */
export function findAccelerator(id: string): AcceleratorEntry | undefined {
  return ACCELERATOR_BY_ID.get(id) ?? ADDED_BY_ID.get(id)
}
const MODEL_BY_ID = new Map<string, ModelEntry>(MODELS.map(m => [m.id, m]))

/**
 * The accelerator with this id; throws on an unknown id (validate first).
 *
 * @example
 * getAccelerator('a100-80gb').memoryBytes // 8e10
 */
export function getAccelerator(id: AcceleratorId): AcceleratorEntry {
  const accelerator = findAccelerator(id)
  if (!accelerator)
    throw new RangeError(`unknown accelerator id ${JSON.stringify(id)}`)
  return accelerator
}

/**
 * The model with this id, typed as that entry: a literal id gives the fields that model has, so
 * `getModel('palm').hardware.chipHours` needs no cast and no check. Throws on an unknown id (validate
 * first).
 *
 * @example
 * getModel('gpt-3').params // 1.75e11
 * getModel('palm').hardware.chips // 6144
 */
export function getModel<Id extends ModelId>(id: Id): ModelOf<Id> {
  const model = MODEL_BY_ID.get(id)
  if (!model)
    throw new RangeError(`unknown model id ${JSON.stringify(id)}`)
  // The map is keyed by each entry's own id, so the entry found for `id` is the one of that id: the
  // one place the type system cannot follow, checked by tests/unit/data.test.ts.
  return model as ModelOf<Id>
}

/**
 * A model's published architecture, or null when data/models.ts has none: the one place that asks,
 * so a call site with an id known only at run time (a component prop) needs no `'architecture' in`.
 *
 * @example
 * architectureOf('gpt-3')?.layers // 96
 */
export function architectureOf(id: ModelId): Architecture | null {
  const model: { id: string, architecture?: Architecture } = getModel(id)
  return model.architecture ?? null
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
 * One decoder layer's shape for a model with a published architecture and sequence length (for the
 * matrix slide), or null when data/models.ts has either missing (LaMDA's paper gives no sequence length).
 *
 * @example
 * layerShapeOf('gpt-3') // { dModel: 12288, heads: 96, headDim: 128, seqLen: 2048 }
 */
export function layerShapeOf(id: ModelId): LayerShape | null {
  const architecture = architectureOf(id)
  if (!architecture || architecture.seqLen === undefined)
    return null
  const { dModel, heads, headDim, seqLen } = architecture
  return { dModel, heads, headDim, seqLen }
}

/**
 * A chip's name without its form factor, memory or variant, for a sentence: "B200", "H100", "V100".
 *
 * @example
 * chipName('a100-80gb') // 'A100'
 */
export function chipName(id: AcceleratorId): string {
  return getAccelerator(id).shortName.replace(/ (SXM|PCIe|\().*$/, '')
}
