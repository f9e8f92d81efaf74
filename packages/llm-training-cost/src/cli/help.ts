/**
 * The scenario options' names and help lines, shared by the estimate and by a deck's own scripts (the
 * talk's export reads the same options). Every option, its help line and its default come from the
 * schema (data/assumptions.ts).
 */
import type { AssumptionField } from '../engine/index.ts'
import { describeRange, fieldSpec } from '../engine/index.ts'

/** The column where a help line's text starts. */
export const HELP_COLUMN = 23

/** The command-line option (with `--`) that carries a field. */
export function optionFor(key: AssumptionField): string {
  return `--${fieldSpec(key).option}`
}

/**
 * One `--help` line for a field, its default printed from the schema (never typed). `start`: what an
 * absent option means: the schema's `absent` (the estimate: no `--gpus`, no wall-clock time), or the
 * store's defaults (the export starts from the deck's scenario, 100k GPUs included).
 *
 * @example
 * helpLine('mfu') // '  --mfu F                model FLOPs utilization, a number in (0, 1] (default 0.45)'
 */
export function helpLine(key: AssumptionField, start: 'schema' | 'store' = 'schema'): string {
  const spec = fieldSpec(key)
  const examples = 'examples' in spec && spec.examples
    ? ` (${spec.examples})`
    : ''
  const what = spec.kind === 'choice'
    ? `${spec.help}: ${spec.choices.join(', ')}`
    : spec.kind === 'flag'
      ? spec.help
      : `${spec.help}, ${describeRange(key)}${examples}`
  const fallback = spec.absent === 'derived'
    ? ` (default ${spec.derivedAs})`
    : spec.default && (spec.absent === 'default' || start === 'store')
      ? ` (default ${String(spec.default.value)})`
      : ''
  return `  ${`${optionFor(key)} ${spec.metavar}`.trimEnd().padEnd(HELP_COLUMN)}${what}${fallback}`
}
