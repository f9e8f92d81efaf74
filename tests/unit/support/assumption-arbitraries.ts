// fast-check generators of assumptions, read off the schema (data/assumptions.ts): a field added
// there is drawn by every property test without a line here.
import type { NumberRange } from '../../../packages/llm-training-cost/src/data/assumptions'
import type { AssumptionKey, Assumptions } from '../../../packages/llm-training-cost/src/engine'
import fc from 'fast-check'
import { ACCELERATOR_IDS } from '../../../packages/llm-training-cost/src/data/accelerators'
import { ASSUMPTION_KEYS, fieldSpec, supportedPrecisions } from '../../../packages/llm-training-cost/src/engine'

/**
 * Where values above a lower bound of 0 start (MFU, price; 0 itself is drawn apart when the range
 * holds it), and how far above its floor a range without an upper bound is drawn: wide enough to
 * reach extremes, narrow enough that every figure stays finite.
 */
const ABOVE_ZERO = 1e-3
const UNBOUNDED_SPAN = 1e6

/** The interval drawn for a numeric field: its schema range, made finite and closed. */
function drawnRange(range: NumberRange): { min: number, max: number } {
  const min = range.min === 0
    ? ABOVE_ZERO
    : range.minOpen
      ? range.min * (1 + ABOVE_ZERO)
      : range.min
  const max = range.max ?? Math.max(min, 1) * UNBOUNDED_SPAN
  return { min, max }
}

/** Any valid value of one field, as the schema describes it (its kind, choices and range). */
export function fieldArbitrary(key: AssumptionKey): fc.Arbitrary<Assumptions[AssumptionKey]> {
  const spec = fieldSpec(key)
  switch (spec.kind) {
    case 'choice':
      return fc.constantFrom(...spec.choices) as fc.Arbitrary<Assumptions[AssumptionKey]>
    case 'flag':
      return fc.boolean()
    case 'integer': {
      const { min, max } = drawnRange(spec.range)
      return fc.integer({
        min: Math.ceil(min),
        max: Math.floor(max),
      })
    }
    default: {
      const drawn = fc.double({
        ...drawnRange(spec.range),
        noNaN: true,
      })
      // A range closed at 0 (grid intensity, restart time) has 0 itself, then values from a
      // thousandth up: a subnormal such as 5e-324 g/kWh is valid but underflows every product to 0.
      return spec.range.min === 0 && !spec.range.minOpen
        ? fc.oneof(fc.constant(0), drawn)
        : drawn
    }
  }
}

/**
 * Any valid scenario: every field of the schema, and a precision the drawn GPU has (the schema lists
 * every precision; which GPU has which is in data/accelerators.ts). `absent: 'null-too'` also draws
 * null for a field the schema lets be absent (no `--gpus`: no wall-clock time); the store and a link
 * always hold a value.
 */
export function scenarioArbitrary(options: { absent: 'never' | 'null-too' }): fc.Arbitrary<Assumptions> {
  const fields = Object.fromEntries(ASSUMPTION_KEYS.map((key) => {
    const value = fieldArbitrary(key)
    return [
      key,
      options.absent === 'null-too' && fieldSpec(key).absent === 'none'
        ? fc.option(value, { nil: null })
        : value,
    ]
  }))
  return fc.constantFrom(...ACCELERATOR_IDS).chain(gpu => fc.record({
    ...fields,
    gpu: fc.constant(gpu),
    precision: fc.constantFrom(...supportedPrecisions(gpu)),
  })) as fc.Arbitrary<Assumptions>
}
