/**
 * The scenario options the export shares with the command-line estimate and the shareable link
 * (`--gpu h100-sxm --mfu 0.4 --price 2.5 --gpus 4096`, or `--preset NAME`), read strictly: values
 * as the command line reads them (`--mfu 0.4`, never "40"), ranges from the engine's one validation.
 */
import type { Assumptions, AssumptionsInput } from '../../engine'
import { ASSUMPTION_FIELDS } from '../../composables/assumption-fields'
import { assumptionsQuery } from '../../composables/assumptions-url'
import { PRESETS } from '../../data/presets'
import { DEFAULT_ASSUMPTIONS, validateAssumptions } from '../../engine'

/** `parseArgs` option definitions: one string option per assumption, plus `--preset`. */
export const SCENARIO_OPTIONS = Object.fromEntries([
  ...ASSUMPTION_FIELDS.map(field => [
    field.param,
    { type: 'string' as const },
  ]),
  [
    'preset',
    { type: 'string' as const },
  ],
]) as Record<string, { type: 'string' }>

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
      return { ok: false, message: `--preset: preset "${preset}" is not valid: ${checked.errors[0]!.message}` }
    base = pick(checked.value)
    presetId = found.id
  }
  const input: AssumptionsInput = { ...base }
  for (const field of ASSUMPTION_FIELDS) {
    const value = values[field.param]
    if (typeof value === 'string')
      input[field.key] = value
  }
  // A GPU named without a precision takes its own default precision (fp16 on a V100).
  if (typeof values.gpu === 'string' && typeof values.precision !== 'string')
    delete input.precision
  const checked = validateAssumptions(input)
  if (!checked.ok) {
    const error = checked.errors[0]!
    const field = ASSUMPTION_FIELDS.find(f => f.key === error.field)
    return { ok: false, message: `--${field?.param ?? error.field}: ${error.message}` }
  }
  const assumptions = pick(checked.value)
  return {
    ok: true,
    assumptions,
    query: assumptionsQuery(assumptions),
    preset: presetId,
  }
}

function pick(value: Assumptions): Assumptions {
  return Object.fromEntries(ASSUMPTION_FIELDS.map(f => [f.key, value[f.key]])) as unknown as Assumptions
}
