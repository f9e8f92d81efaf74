import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
/**
 * The one check every assumption passes through, from the command line, the live store, links, stored
 * data and exports. What each field accepts is read off the schema (data/assumptions.ts); the only
 * rule beyond a field's own range is that a precision must be one the accelerator has.
 */
import type { AssumptionField, Assumptions, NumberRange, Workload } from '../../data/assumptions.ts'
import { PRECISIONS } from '../../data/accelerators.ts'
import { ASSUMPTION_KEYS, ASSUMPTION_SCHEMA, DEFAULT_ASSUMPTIONS, DEFAULTS, fieldSpec } from '../../data/assumptions.ts'
import { findAccelerator, isAddedAccelerator } from '../facts/lookup.ts'

export type { AssumptionField, AssumptionKey, Assumptions, Workload } from '../../data/assumptions.ts'
export { ASSUMPTION_KEYS, ASSUMPTION_SCHEMA, ASSUMPTION_SCHEMA_VERSION, DEFAULT_ASSUMPTIONS, DEFAULTS, fieldSpec, SCALE_MODEL_ASSUMPTION_KEYS, TALK_ASSUMPTION_KEYS, WORKLOAD_KEYS } from '../../data/assumptions.ts'
export type { FieldSpec, SliderSpec } from '../../data/assumptions.ts'

export type ValidatedAssumptions = Assumptions & Workload

/** Raw input: any field may be missing (→ default), a number, or a numeric string. */
export type AssumptionsInput = { [K in AssumptionField]?: unknown }

export interface ValidationError {
  field: AssumptionField
  value: unknown
  message: string
}

export type ValidationResult
  = | { ok: true, value: ValidatedAssumptions }
    | { ok: false, errors: ValidationError[] }

/** Precisions in order of preference when none is asked for: bf16, else the chip's other 16-bit format. */
const PRECISION_PREFERENCE: readonly Precision[] = ['bf16', 'fp16', 'tf32', 'fp8']

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  }
  catch {
    return String(value)
  }
}

/** A finite number from a number or a decimal string ("1e12", "70e9", "0.45"); otherwise undefined. */
function toFinite(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : undefined
  }
  if (typeof value === 'string' && DECIMAL.test(value.trim())) {
    const n = Number(value.trim())
    return Number.isFinite(n)
      ? n
      : undefined
  }
  return undefined
}

/**
 * Whether `n` lies in `range`.
 *
 * @example
 * inRange(1, { min: 0, minOpen: true, max: 1 }) // true
 * inRange(0, { min: 0, minOpen: true, max: 1 }) // false
 */
export function inRange(n: number, range: NumberRange): boolean {
  const aboveMin = range.minOpen
    ? n > range.min
    : n >= range.min
  if (!aboveMin)
    return false
  if (range.max === undefined)
    return true
  return range.maxOpen
    ? n < range.max
    : n <= range.max
}

/**
 * The allowed values of a numeric field in words, as every error message states them.
 *
 * @example
 * describeRange('mfu') // 'a number in (0, 1]'
 * describeRange('pue') // 'a number ≥ 1'
 * describeRange('gpus') // 'a positive integer'
 */
export function describeRange(key: AssumptionField): string {
  const spec = fieldSpec(key)
  if (spec.kind === 'choice')
    return `one of ${spec.choices.join(', ')}`
  if (spec.kind === 'flag')
    return 'true or false'
  const { min, minOpen, max, maxOpen } = spec.range
  if (spec.kind === 'integer') {
    return min === 1 && !minOpen && max === undefined
      ? 'a positive integer'
      : `an integer ${minOpen ? '>' : '≥'} ${min}${max === undefined
        ? ''
        : ` and ${maxOpen ? '<' : '≤'} ${max}`}`
  }
  if (max === undefined)
    return `a number ${minOpen ? '>' : '≥'} ${min}`
  return `a number in ${minOpen ? '(' : '['}${min}, ${max}${maxOpen ? ')' : ']'}`
}

/**
 * The precisions an accelerator has a dense peak for.
 *
 * @example
 * supportedPrecisions('v100') // ['fp16']
 * supportedPrecisions('h100-sxm') // ['fp8', 'bf16', 'fp16', 'tf32']
 */
export function supportedPrecisions(gpu: AcceleratorId): Precision[] {
  const accelerator = findAccelerator(gpu)
  if (!accelerator)
    return []
  const peaks: Partial<Record<Precision, number>> = accelerator.peakFlopsPerSecond
  return PRECISIONS.filter(p => peaks[p] !== undefined)
}

/**
 * The precision used when none is given: bf16 where the chip has it, else fp16 (V100).
 *
 * @example
 * defaultPrecisionFor('v100') // 'fp16'
 * defaultPrecisionFor('a100-80gb') // 'bf16'
 */
export function defaultPrecisionFor(gpu: AcceleratorId): Precision {
  const supported = supportedPrecisions(gpu)
  return PRECISION_PREFERENCE.find(p => supported.includes(p)) ?? DEFAULTS.precision.value
}

/** Only the fields the store holds, from a validated object that also carries the workload. */
export function pickAssumptions(value: Assumptions): Assumptions {
  return Object.fromEntries(ASSUMPTION_KEYS.map(key => [key, value[key]])) as Assumptions
}

type Checked = { ok: true, value: number | string | boolean } | { ok: false, message: string }

/** One field's raw value against its own schema entry (no cross-field rule). */
function checkField(key: AssumptionField, raw: unknown): Checked {
  const spec = fieldSpec(key)
  const fail = (): Checked => ({ ok: false, message: `${key} must be ${describeRange(key)}; got ${show(raw)}` })
  if (spec.kind === 'choice') {
    // A GPU may also be one a data file added (`--data`, engine/facts/data-file.ts).
    return typeof raw === 'string' && (spec.choices.includes(raw) || (key === 'gpu' && isAddedAccelerator(raw)))
      ? { ok: true, value: raw }
      : fail()
  }
  if (spec.kind === 'flag') {
    if (raw === true || raw === 'true')
      return { ok: true, value: true }
    return raw === false || raw === 'false'
      ? { ok: true, value: false }
      : fail()
  }
  const n = toFinite(raw)
  if (n === undefined || !inRange(n, spec.range) || (spec.kind === 'integer' && !Number.isInteger(n)))
    return fail()
  return { ok: true, value: n }
}

/**
 * Check an assumptions object field by field against the schema. A missing field takes the talk's
 * default, or stays null where the schema says so (`gpus`, `model`, `params`, `tokens`); a missing
 * precision is the accelerator's own (bf16, or fp16 on a V100). Numbers may come as decimal strings
 * ("1e12"); NaN, ±Infinity and non-numeric strings are rejected. Every error names the field, the
 * value and the allowed range.
 *
 * @example
 * validateAssumptions({ gpu: 'h100-sxm', mfu: '0.4', usdPerGpuHour: 2.5 })
 * // { ok: true, value: { gpu: 'h100-sxm', precision: 'bf16', mfu: 0.4, usdPerGpuHour: 2.5, gpus: null, ... } }
 * validateAssumptions({ mfu: 7 })
 * // { ok: false, errors: [{ field: 'mfu', value: 7, message: 'mfu must be a number in (0, 1]; got 7' }] }
 */
export function validateAssumptions(input: AssumptionsInput): ValidationResult {
  const errors: ValidationError[] = []
  const value: Record<string, unknown> = {}
  for (const key of Object.keys(ASSUMPTION_SCHEMA) as AssumptionField[]) {
    const spec = fieldSpec(key)
    const raw = input[key]
    if (raw === undefined || raw === null) {
      value[key] = spec.kind === 'flag'
        ? false
        : spec.absent === 'default' && spec.default
          ? spec.default.value
          : null
      continue
    }
    const checked = checkField(key, raw)
    if (checked.ok)
      value[key] = checked.value
    else
      errors.push({ field: key, value: raw, message: checked.message })
  }

  // The one rule across fields: the precision must be one the accelerator has a peak for.
  const gpuOk = !errors.some(e => e.field === 'gpu')
  const gpu = (gpuOk ? value.gpu : DEFAULT_ASSUMPTIONS.gpu) as AcceleratorId
  const precisionGiven = input.precision !== undefined && input.precision !== null
  if (!precisionGiven) {
    value.precision = defaultPrecisionFor(gpu)
  }
  else if (gpuOk && !errors.some(e => e.field === 'precision')) {
    const supported = supportedPrecisions(gpu)
    if (!supported.includes(value.precision as Precision))
      errors.push({ field: 'precision', value: input.precision, message: `precision must be one ${gpu} supports (${supported.join(', ')}); got ${show(input.precision)}` })
  }

  // A mixture of experts computes with part of its parameters, never with more than it has.
  if (typeof value.activeParams === 'number' && typeof value.params === 'number' && value.activeParams > value.params)
    errors.push({ field: 'activeParams', value: input.activeParams, message: `activeParams must be at most params (${value.params}); got ${show(input.activeParams)}` })

  if (errors.length > 0)
    return { ok: false, errors }
  return { ok: true, value: value as ValidatedAssumptions }
}
