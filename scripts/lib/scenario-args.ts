/**
 * The scenario options the export shares with the command-line estimate and the shareable link
 * (`--gpu h100-sxm --mfu 0.4 --price 2.5 --gpus 4096`, or `--preset NAME`), read strictly: values
 * as the command line reads them (`--mfu 0.4`, never "40"), ranges from the engine's one validation.
 * Every option, its help line and its default come from the schema (data/assumptions.ts).
 */
import type { Assumptions, AssumptionsInput } from 'llm-training-cost'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, fieldSpec, pickAssumptions, validateAssumptions } from 'llm-training-cost'
import { HELP_COLUMN, helpLine, optionFor } from 'llm-training-cost/cli'
import { PRESETS } from 'llm-training-cost/data/presets'
import { assumptionsQuery } from 'slidev-addon-training-cost/composables/assumptions-url'

export { helpLine, optionFor }

/**
 * `parseArgs` option definitions: one string option per scenario assumption (a switch for a flag:
 * `--scale-model`), plus `--preset`.
 */
export const SCENARIO_OPTIONS = Object.fromEntries([
  ...ASSUMPTION_KEYS.map(key => [
    fieldSpec(key).option,
    {
      type: fieldSpec(key).kind === 'flag'
        ? 'boolean' as const
        : 'string' as const,
    },
  ]),
  [
    'preset',
    { type: 'string' as const },
  ],
]) as Record<string, { type: 'string' | 'boolean' }>

/**
 * The scenario options in one line, for a usage message.
 *
 * @example
 * scenarioSynopsis() // '[--gpu ID] [--precision P] [--mfu F] ... [--preset NAME]'
 */
export function scenarioSynopsis(): string {
  return [
    ...ASSUMPTION_KEYS.map(key => `[${optionFor(key)} ${fieldSpec(key).metavar}]`),
    '[--preset NAME]',
  ].join(' ')
}

/** The export's scenario help: every scenario option, then `--preset NAME` naming the presets. */
export function scenarioHelp(): string[] {
  return [
    ...ASSUMPTION_KEYS.map(key => helpLine(key, 'store')),
    `  ${'--preset NAME'.padEnd(HELP_COLUMN)}start from a preset of data/presets.ts: ${PRESETS.map(p => p.id).join(', ')}`,
  ]
}

export type Scenario
  = | { ok: true, assumptions: Assumptions, query: string, preset: string | null }
    | { ok: false, message: string }

/**
 * The assumptions named by the options: the preset's (or the defaults), then each option on top.
 * An error names the option, the value and the allowed range.
 *
 * @example
 * readScenario({ gpu: 'h100-sxm', mfu: '0.4' })
 * // { ok: true, query: 'gpu=h100-sxm&precision=bf16&mfu=0.4', ... }
 * readScenario({ mfu: '7' }) // { ok: false, message: '--mfu: mfu must be a number in (0, 1]; got 7' }
 */
export function readScenario(values: Record<string, string | boolean | undefined>): Scenario {
  let base: Assumptions = { ...DEFAULT_ASSUMPTIONS }
  let presetId: string | null = null
  const preset = values.preset
  if (typeof preset === 'string') {
    const found = PRESETS.find(p => p.id === preset)
    if (!found)
      return { ok: false, message: `--preset: unknown preset "${preset}"; known: ${PRESETS.map(p => p.id).join(', ')}` }
    const checked = validateAssumptions({
      ...base,
      ...found.assumptions,
    })
    if (!checked.ok)
      return { ok: false, message: `--preset: preset "${preset}" is not valid: ${checked.errors.map(e => e.message).join('; ')}` }
    base = pickAssumptions(checked.value)
    presetId = found.id
  }
  const input: AssumptionsInput = { ...base }
  for (const key of ASSUMPTION_KEYS) {
    const value = values[fieldSpec(key).option]
    if (typeof value === 'string' || typeof value === 'boolean')
      input[key] = value
  }
  // A GPU named without a precision takes its own default precision (fp16 on a V100).
  if (typeof values[fieldSpec('gpu').option] === 'string' && typeof values[fieldSpec('precision').option] !== 'string')
    delete input.precision
  const checked = validateAssumptions(input)
  if (!checked.ok) {
    const [error] = checked.errors
    return {
      ok: false,
      message: error
        ? `${optionFor(error.field)}: ${error.message}`
        : 'the scenario is not valid',
    }
  }
  const assumptions = pickAssumptions(checked.value)
  return {
    ok: true,
    assumptions,
    query: assumptionsQuery(assumptions),
    preset: presetId,
  }
}
