/**
 * The assumptions as people read them: the Assumptions slide's table (value and where its default
 * comes from) and each menu's choices. Derived from the schema (data/assumptions.ts), so a new field
 * appears here without a line of its own.
 */
import type { AssumptionKey, Assumptions } from '../../data/assumptions.ts'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, DEFAULTS, fieldSpec, SCALE_MODEL_ASSUMPTION_KEYS } from '../../data/assumptions.ts'
import { formatCount, formatPercent } from '../format/numbers.ts'
import { supportedPrecisions } from './validation.ts'

export interface Choice {
  id: string
  label: string
}

/**
 * What a menu offers for a choice field under the current assumptions: the precisions the chosen
 * accelerator has, or every id of the list.
 *
 * @example
 * choicesFor('precision', { ...DEFAULT_ASSUMPTIONS, gpu: 'v100' }) // [{ id: 'fp16', label: 'fp16' }]
 * choicesFor('gpu', DEFAULT_ASSUMPTIONS)[0] // { id: 'v100', label: 'NVIDIA V100 SXM2 32GB' }
 */
export function choicesFor(key: AssumptionKey, assumptions: Assumptions): Choice[] {
  const spec = fieldSpec(key)
  if (spec.kind === 'flag') {
    return [false, true].map(on => ({
      id: String(on),
      label: flagState(key, on),
    }))
  }
  if (spec.kind !== 'choice')
    return []
  const ids: readonly string[] = key === 'precision'
    ? supportedPrecisions(assumptions.gpu)
    : spec.choices
  return ids.map(id => ({ id, label: spec.choiceLabels?.[id] ?? id }))
}

/**
 * One value as a reader sees it: a fraction in percent, a choice by its label, no value as "—".
 *
 * @example
 * shownAssumption('mfu', 0.45) // '45%'
 * shownAssumption('gpu', 'a100-80gb') // 'NVIDIA A100 SXM 80GB'
 * shownAssumption('batchTokens', null) // 'the batch-size law'
 */
export function shownAssumption(key: AssumptionKey, value: Assumptions[AssumptionKey]): string {
  const spec = fieldSpec(key)
  if (value === null)
    return spec.derivedAs ?? '—'
  if (spec.kind === 'fraction' && typeof value === 'number')
    return formatPercent(value)
  if (spec.kind === 'choice')
    return spec.choiceLabels?.[String(value)] ?? String(value)
  if (typeof value === 'boolean')
    return flagState(key, value)
  return String(value)
}

/** A flag's state in words: its own (`fixed MFU` / `scale model`), else off / on. */
function flagState(key: AssumptionKey, on: boolean): string {
  const spec = fieldSpec(key)
  const states = spec.kind === 'flag' && spec.states
    ? spec.states
    : { off: 'off', on: 'on' }
  return on
    ? states.on
    : states.off
}

export interface AssumptionRow {
  key: AssumptionKey
  label: string
  shown: string
  /** Where the default comes from, in one line: the document's short title and the place in it. */
  defaultSource: string
}

/**
 * The Assumptions slide's table, in panel order: every assumption the talk's figures use, and the
 * scale model's where they differ from their defaults (at the defaults, `scaleModelDefaultsNote`
 * says so in one line).
 *
 * @example
 * assumptionRows(DEFAULT_ASSUMPTIONS)[2] // { key: 'mfu', label: 'MFU', shown: '45%', defaultSource: 'mosaicml/examples: Throughput table: ...' }
 */
export function assumptionRows(assumptions: Assumptions): AssumptionRow[] {
  const shownKeys = ASSUMPTION_KEYS.filter(key => fieldSpec(key).section === undefined || assumptions[key] !== DEFAULT_ASSUMPTIONS[key])
  return shownKeys.map((key) => {
    const source = DEFAULTS[key].source
    return {
      key,
      label: fieldSpec(key).label,
      shown: shownAssumption(key, assumptions[key]),
      defaultSource: `${source.title.split(',')[0]}: ${source.where}`,
    }
  })
}

/**
 * One line for the scale model's assumptions left at their defaults (the table leaves them out); null
 * when the table names them all.
 *
 * @example
 * scaleModelDefaultsNote(DEFAULT_ASSUMPTIONS) // 'Scale model at its defaults: utilization fixed MFU · global batch the batch-size law · …'
 */
export function scaleModelDefaultsNote(assumptions: Assumptions): string | null {
  const atDefault = SCALE_MODEL_ASSUMPTION_KEYS.filter(key => assumptions[key] === DEFAULT_ASSUMPTIONS[key])
  if (atDefault.length === 0)
    return null
  return `Scale model at its defaults: ${atDefault.map(key => assumptionInWords(key, assumptions)).join(' · ')}`
}

/**
 * One assumption in a few words, for a line of text: "goodput 67%", "global batch 12.6M tokens",
 * "utilization scale model".
 *
 * @example
 * assumptionInWords('restartMinutes', { ...DEFAULT_ASSUMPTIONS, restartMinutes: 30 }) // 'restart time 30 min'
 */
export function assumptionInWords(key: AssumptionKey, a: Assumptions): string {
  const spec = fieldSpec(key)
  const value = a[key]
  const shown = (spec.kind === 'number' || spec.kind === 'integer') && typeof value === 'number'
    ? `${formatCount(value)}${spec.unit
      ? ` ${spec.unit}`
      : ''}`
    : shownAssumption(key, value)
  // Lower case inside a line, but an acronym stays one (PUE, MFU).
  const label = /^[A-Z]{2}/.test(spec.label)
    ? spec.label
    : spec.label.toLowerCase()
  return `${label} ${shown}`
}
