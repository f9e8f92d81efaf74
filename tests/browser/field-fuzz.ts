/**
 * Random edits for every assumption the panel holds, read off the schema (data/assumptions.ts): a
 * field added there is fuzzed without a line here. What an edit is follows the field's kind, not its
 * name: a text box (fraction, number, integer) gets numbers inside and outside its range in the forms
 * people type and junk; a menu (choice, flag) gets one of its own options. Each edit says whether it
 * must be accepted, so the fuzz checks the panel against the claim and the engine against both.
 */
import type { FieldSpec, NumberField } from '../../packages/llm-training-cost/src/data/assumptions'
import type { AssumptionKey } from '../../packages/llm-training-cost/src/engine'
import { ASSUMPTION_KEYS, fieldSpec } from '../../packages/llm-training-cost/src/engine'
import { inRange } from '../../packages/llm-training-cost/src/engine/assumptions/validation'

/** Text to type into a field's text box, and whether the engine must take it. */
export interface TypedEdit { key: AssumptionKey, via: 'type', text: string, valid: boolean }
/** Pick one of the options a field's menu shows (always valid: the menu offers only what applies). */
export interface PickedEdit { key: AssumptionKey, via: 'pick' }
export type FieldEdit = TypedEdit | PickedEdit

/** Text no numeric field accepts, whatever its range. */
export const JUNK_TEXT: readonly string[] = [
  '',
  ' ',
  'abc',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '9'.repeat(400),
  '1,5',
  '0x10',
  '%E0%A4%A',
  '1e',
  '.',
  '--1',
  '½',
  '50%%',
]

/**
 * The junk text `key` refuses: all of it, but for a field the engine derives when it is left empty
 * (`absent: 'derived'`, the batch: the law's), for which a blank box is a valid edit, not junk.
 */
export function junkTextFor(key: AssumptionKey): readonly string[] {
  return fieldSpec(key).absent === 'derived'
    ? JUNK_TEXT.filter(text => text.trim() !== '')
    : JUNK_TEXT
}

/** Values no field accepts (not text a box can hold: through the store, as a forged message would). */
export const JUNK_VALUES: readonly unknown[] = [
  {},
  [],
  Number.NaN,
  Number.POSITIVE_INFINITY,
  'not-an-id',
]

/** Whether a field is edited in a text box (numbers) or a menu (choices, flags). */
export function controlOf(key: AssumptionKey): 'type' | 'pick' {
  const { kind } = fieldSpec(key)
  return kind === 'choice' || kind === 'flag'
    ? 'pick'
    : 'type'
}

function numberSpec(key: AssumptionKey): NumberField & Pick<FieldSpec, 'default'> {
  const spec: FieldSpec = fieldSpec(key)
  if (spec.kind === 'choice' || spec.kind === 'flag')
    throw new Error(`${key} is a ${spec.kind}, not a number`)
  return spec
}

/**
 * A value inside the field's range: log-uniform over its slider's span (or two decades either side of
 * its default), or one of its closed ends; whole for an integer.
 */
function validNumber(key: AssumptionKey, random: () => number): number {
  const spec = numberSpec(key)
  const { min, minOpen, max, maxOpen } = spec.range
  const anchor = typeof spec.default?.value === 'number' && spec.default.value > 0
    ? spec.default.value
    : 1
  const lo = spec.slider?.min ?? Math.max(anchor / 100, min > 0
    ? min
    : anchor / 100)
  const hi = spec.slider?.max ?? Math.min(anchor * 100, max ?? Infinity)
  const edges = [
    ...(minOpen
      ? []
      : [min]),
    ...(max === undefined || maxOpen
      ? []
      : [max]),
  ]
  let n = random() < 0.15 && edges.length > 0
    ? edges[Math.floor(random() * edges.length)]!
    : lo * (hi / lo) ** random()
  if (spec.kind === 'integer')
    n = Math.round(n)
  else
    n = Number(n.toPrecision(1 + Math.floor(random() * 6)))
  return inRange(n, spec.range) && (spec.kind !== 'integer' || Number.isInteger(n))
    ? n
    : anchor
}

/** The ways a person types `n` into a field of this kind: a fraction in percent or as a share. */
function typedForms(key: AssumptionKey, n: number): string[] {
  if (numberSpec(key).kind !== 'fraction') {
    return [
      String(n),
      n.toExponential(),
      ` ${n} `,
    ]
  }
  const percent = Number((n * 100).toPrecision(12))
  // "0.5" is a share (50%), not half a percent: a bare number is read as percent above 1 only.
  return [
    String(n),
    `${percent}%`,
    ...(percent > 1
      ? [
          String(percent),
        ]
      : []),
  ]
}

/** Numbers just outside the field's range, typed as its kind reads them. */
function outOfRange(key: AssumptionKey): string[] {
  const spec = numberSpec(key)
  const { min, minOpen, max, maxOpen } = spec.range
  const below = minOpen
    ? [min]
    : []
  below.push(min - Math.max(1, Math.abs(min)))
  const above = max === undefined
    ? []
    : [
        ...(maxOpen
          ? [max]
          : []),
        max * 7 + 1,
      ]
  const fraction = spec.kind === 'fraction'
  // A fraction is read in percent above 1: 700 is 7, "101%" is 1.01.
  const texts = [
    ...below.map(n => fraction && Math.abs(n) > 1
      ? `${n * 100}%`
      : String(n)),
    ...above.map(n => fraction
      ? `${n * 100}%`
      : String(n)),
  ]
  if (spec.kind === 'integer')
    texts.push(String(Math.max(min, 0) + 1.5))
  return texts
}

/** One edit of `key`: valid about 60% of the time. */
export function editOf(key: AssumptionKey, random: () => number): FieldEdit {
  if (controlOf(key) === 'pick')
    return { key, via: 'pick' }
  if (random() < 0.6) {
    const forms = typedForms(key, validNumber(key, random))
    return {
      key,
      via: 'type',
      text: forms[Math.floor(random() * forms.length)]!,
      valid: true,
    }
  }
  const bad = random() < 0.5
    ? outOfRange(key)
    : junkTextFor(key)
  return {
    key,
    via: 'type',
    text: bad[Math.floor(random() * bad.length)]!,
    valid: false,
  }
}

/**
 * `count` edits: first every field once with a valid value and once with a bad one (a menu: twice
 * picked), so each field is covered whatever the seed, then fields at random.
 */
export function fuzzEdits(random: () => number, count: number, keys: readonly AssumptionKey[] = ASSUMPTION_KEYS): FieldEdit[] {
  const edits: FieldEdit[] = []
  for (const key of keys) {
    if (controlOf(key) === 'pick') {
      edits.push({ key, via: 'pick' }, { key, via: 'pick' })
      continue
    }
    const forms = typedForms(key, validNumber(key, random))
    const bad = [
      ...outOfRange(key),
      ...junkTextFor(key),
    ]
    edits.push(
      {
        key,
        via: 'type',
        text: forms[Math.floor(random() * forms.length)]!,
        valid: true,
      },
      {
        key,
        via: 'type',
        text: bad[Math.floor(random() * bad.length)]!,
        valid: false,
      },
    )
  }
  while (edits.length < count)
    edits.push(editOf(keys[Math.floor(random() * keys.length)]!, random))
  return edits
}
