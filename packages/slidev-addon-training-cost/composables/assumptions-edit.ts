/**
 * One edit of one assumption, checked by the engine's `validateAssumptions` against the schema
 * (data/assumptions.ts). Plain TypeScript: no Vue, no Slidev, so it is unit-tested directly.
 */
import type { AssumptionKey, Assumptions, AssumptionsInput } from 'llm-training-cost'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, fieldSpec, pickAssumptions, supportedPrecisions, validateAssumptions } from 'llm-training-cost'

export type EditResult = { ok: true, value: Assumptions } | { ok: false, message: string }

const FINITE_DECIMAL = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i

/**
 * What a control's typed text means to the engine. Fractions (MFU, goodput) are shown in percent, so
 * "45", "45%" and "0.45" all mean 0.45: a number above 1 (or with a % sign) is a percentage. Anything
 * that is not a plain finite number goes to the validator unchanged, so its message names it.
 *
 * @example
 * readTyped('mfu', '60') // 0.6
 * readTyped('mfu', '0.6') // 0.6
 * readTyped('mfu', 'abc') // 'abc' (rejected by validateAssumptions)
 * readTyped('batchTokens', '') // null: the batch-size law's
 */
export function readTyped(key: AssumptionKey, typed: unknown): unknown {
  // A derived field left empty goes back to what the engine derives (the batch-size law's batch).
  if (typeof typed === 'string' && typed.trim() === '' && fieldSpec(key).absent === 'derived')
    return null
  if (typeof typed !== 'string' || fieldSpec(key).kind !== 'fraction')
    return typed
  const trimmed = typed.trim()
  const percent = trimmed.endsWith('%')
  const digits = percent
    ? trimmed.slice(0, -1)
    : trimmed
  if (!FINITE_DECIMAL.test(digits))
    return typed
  const n = Number(digits)
  if (!Number.isFinite(n))
    return typed
  return percent || Math.abs(n) > 1
    ? n / 100
    : n
}

/**
 * Apply one edit to `current`. A new GPU that lacks the current precision falls back to the GPU's own
 * default precision (bf16, or fp16 on a V100) rather than failing.
 *
 * @example
 * applyEdit(DEFAULT_ASSUMPTIONS, 'mfu', '60') // { ok: true, value: { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 } }
 * applyEdit(DEFAULT_ASSUMPTIONS, 'mfu', '700') // { ok: false, message: 'MFU: mfu must be a number in (0, 1]; got 7 (typed "700")' }
 */
export function applyEdit(current: Assumptions, key: AssumptionKey, typed: unknown): EditResult {
  const value = readTyped(key, typed)
  const input: AssumptionsInput = { ...current, [key]: value }
  if (key === 'gpu' && typeof value === 'string' && !(supportedPrecisions(value as Assumptions['gpu']) as string[]).includes(current.precision))
    delete input.precision
  const result = validateAssumptions(input)
  if (result.ok) {
    return {
      ok: true,
      value: pickAssumptions(result.value),
    }
  }
  const error = result.errors.find(e => e.field === key) ?? result.errors[0]
  const scaled = value !== typed
    ? ` (typed ${JSON.stringify(typed)})`
    : ''
  return { ok: false, message: `${fieldSpec(key).label}: ${error?.message ?? 'not accepted'}${scaled}` }
}

/**
 * Validate a partial set of raw values over `base`, dropping each value the engine rejects (and
 * everything it makes inconsistent) until the rest passes. Returns what was kept and why the rest was
 * not. Used for links, stored data and values from other windows: never trusted.
 */
export function validatePartial(base: Assumptions, raw: Partial<Record<AssumptionKey, unknown>>): { value: Assumptions, kept: AssumptionKey[], rejected: { key: AssumptionKey, message: string }[] } {
  const pending: Partial<Record<AssumptionKey, unknown>> = {}
  for (const key of ASSUMPTION_KEYS) {
    if (Object.hasOwn(raw, key))
      pending[key] = readTyped(key, raw[key])
  }
  const rejected: { key: AssumptionKey, message: string }[] = []
  // Each round removes at least one field, so this ends after at most one round per field.
  for (let round = 0; round <= ASSUMPTION_KEYS.length; round++) {
    const input: AssumptionsInput = {
      ...base,
      ...pending,
    }
    // A GPU from the link without a precision takes its own default precision, not the base one.
    if (Object.hasOwn(pending, 'gpu') && !Object.hasOwn(pending, 'precision'))
      delete input.precision
    const result = validateAssumptions(input)
    if (result.ok) {
      return {
        value: pickAssumptions(result.value),
        kept: Object.keys(pending) as AssumptionKey[],
        rejected,
      }
    }
    let removed = false
    for (const error of result.errors) {
      const key = error.field as AssumptionKey
      if (Object.hasOwn(pending, key)) {
        delete pending[key]
        rejected.push({ key, message: error.message })
        removed = true
      }
    }
    if (!removed)
      break
  }
  return {
    value: { ...base },
    kept: [],
    rejected,
  }
}

/** The fields whose value is not the talk's default. */
export function changedFromDefaults(a: Assumptions, defaults: Assumptions = DEFAULT_ASSUMPTIONS): AssumptionKey[] {
  return ASSUMPTION_KEYS.filter(key => a[key] !== defaults[key])
}

/** Same values, field by field. */
export function sameAssumptions(a: Assumptions, b: Assumptions): boolean {
  return ASSUMPTION_KEYS.every(key => a[key] === b[key])
}
