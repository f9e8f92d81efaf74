/**
 * The "Computed for: …" line at the foot of every computed slide, so a reader of the PDF knows which
 * assumptions produced its numbers: the six the talk's figures all use, then every other assumption
 * that differs from its default, by its panel label (two of them at most, then a count) (goodput, PUE, the scale model's batch, storage
 * and restart, the wall's utilization switch).
 */
import type { AssumptionKey, Assumptions } from './validation.ts'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../../data/assumptions.ts'
import { getAccelerator } from '../facts/lookup.ts'
import { formatCount, formatPercent, formatUsd } from '../format/numbers.ts'
import { assumptionInWords } from './table.ts'

/** At most this many other changed assumptions are named; more are counted. */
const MAX_CHANGED = 2

/** Always named, in this order, in their own words. */
const ALWAYS = [
  'gpu',
  'precision',
  'mfu',
  'usdPerGpuHour',
  'gpus',
  'tokensPerParam',
] as const satisfies readonly AssumptionKey[]

/**
 * The scenario's parts, to be joined with " · ".
 *
 * @example
 * scenarioParts(DEFAULT_ASSUMPTIONS) // ['NVIDIA A100 SXM 80GB', 'bf16', 'MFU 45%', '$1.5/GPU-hour', '100k GPUs', '20 tokens/parameter']
 * scenarioParts({ ...DEFAULT_ASSUMPTIONS, goodput: 0.67, scaleModel: true }).slice(6) // ['goodput 67%', 'utilization scale model']
 */
export function scenarioParts(a: Assumptions): string[] {
  const always = [
    getAccelerator(a.gpu).name,
    a.precision,
    `MFU ${formatPercent(a.mfu)}`,
    `${formatUsd(a.usdPerGpuHour)}/GPU-hour`,
    a.gpus === null
      ? 'no cluster size'
      : `${formatCount(a.gpus)} GPUs`,
    `${formatCount(a.tokensPerParam)} tokens/parameter`,
  ]
  const rest = ASSUMPTION_KEYS.filter(key => !(ALWAYS as readonly AssumptionKey[]).includes(key) && a[key] !== DEFAULT_ASSUMPTIONS[key])
  // The line stays within two lines at the foot of a slide: beyond two changes, a count, and the
  // Assumptions slide (and the handout) lists every value.
  const named = rest.length <= MAX_CHANGED
    ? rest
    : rest.slice(0, MAX_CHANGED - 1)
  return [
    ...always,
    ...named.map(key => assumptionInWords(key, a)),
    ...rest.length > named.length
      ? [`${rest.length - named.length} more on the Assumptions slide`]
      : [],
  ]
}
