/**
 * The "Computed for: …" line at the foot of every computed slide, so a reader of the PDF knows which
 * assumptions produced its numbers: the six the talk's figures all use, then every other assumption
 * that differs from its default, by its panel label (goodput, PUE, the scale model's batch, storage
 * and restart, the wall's utilization switch).
 */
import type { AssumptionKey, Assumptions } from './validation'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from '../data/assumptions'
import { assumptionInWords } from './assumption-table'
import { formatCount, formatPercent, formatUsd } from './format'
import { getAccelerator } from './lookup'

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
  return [
    ...always,
    ...rest.map(key => assumptionInWords(key, a)),
  ]
}
