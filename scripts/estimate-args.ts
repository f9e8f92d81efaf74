/**
 * Argument handling for the estimate command line, kept apart from printing so it can be tested
 * without spawning a process. Ranges are not checked here: the engine's `validateAssumptions` is the
 * single source of truth, and its errors are mapped back to the option that carried the value.
 */
import type { AssumptionField, AssumptionsInput, TrainingEstimate } from '../engine'
import { parseArgs } from 'node:util'
import { estimateTraining, getModel, validateAssumptions } from '../engine'
import { joinNegativeValues, NEGATIVE_NUMBER } from './lib/argv'

/** Command-line option for each validated field. */
export const OPTION_FOR_FIELD: Record<AssumptionField, string> = {
  model: '--model',
  params: '--params',
  tokens: '--tokens',
  tokensPerParam: '--tokens-per-param',
  gpu: '--gpu',
  precision: '--precision',
  mfu: '--mfu',
  usdPerGpuHour: '--price',
  gpus: '--gpus',
  goodput: '--goodput',
  pue: '--pue',
  gridGramsCo2PerKwh: '--grid-co2',
}

const VALUE_OPTIONS = {
  'model': 'model',
  'params': 'params',
  'tokens': 'tokens',
  'tokens-per-param': 'tokensPerParam',
  'gpu': 'gpu',
  'precision': 'precision',
  'mfu': 'mfu',
  'price': 'usdPerGpuHour',
  'gpus': 'gpus',
  'goodput': 'goodput',
  'pue': 'pue',
  'grid-co2': 'gridGramsCo2PerKwh',
} as const satisfies Record<string, AssumptionField>

type ValueOption = keyof typeof VALUE_OPTIONS

const FLAG_OPTIONS = ['json', 'help'] as const

export const USAGE = `Usage: npm run --silent estimate -- (--model ID | --params N [--tokens D | --tokens-per-param K]) [options]

  --model ID             a model from data/models.ts (lamda, gpt-3, jurassic-1, gopher, mt-nlg, chinchilla, palm, ...)
  --params N             parameters (1e12, 70e9, 175000000000)
  --tokens D             training tokens; omitted: compute-optimal, N × tokens-per-param
  --tokens-per-param K   tokens per parameter when --tokens is omitted (default 20, Chinchilla Table 3)
  --gpu ID               v100, a100-40gb, a100-80gb, h100-sxm, h100-pcie, h200, b200, tpu-v3, tpu-v4 (default a100-80gb)
  --precision P          bf16 | fp8 | tf32 | fp16 (default bf16; fp16 on V100)
  --mfu F                model FLOPs utilization, 0 < F <= 1 (default 0.45)
  --price USD            dollars per GPU-hour (default 1.5)
  --gpus N               cluster size; gives wall-clock time
  --goodput F            fraction of booked time that trains, 0 < F <= 1 (default 1)
  --pue F                data-center power usage effectiveness (default 1.1)
  --grid-co2 G           grams CO2e per kWh (default 429)
  --json                 print one JSON object instead of a table
  --help                 print this help`

export type ParsedArgs
  = | { kind: 'help' }
    | { kind: 'estimate', json: boolean, input: AssumptionsInput }

/** An input error: the option it concerns and a one-line message. */
export interface ArgsError {
  option: string
  message: string
}

export type Result<T> = { ok: true, value: T } | { ok: false, error: ArgsError }

function isValueOption(name: string): name is ValueOption {
  return Object.hasOwn(VALUE_OPTIONS, name)
}

/**
 * Parse command-line arguments into raw (unvalidated) input. Rejects unknown options, options
 * without a value, values on flags, and stray arguments.
 *
 * @example
 * parseEstimateArgs(['--params', '1e12', '--json'])
 * // { ok: true, value: { kind: 'estimate', json: true, input: { params: '1e12' } } }
 * parseEstimateArgs(['--mfu'])
 * // { ok: false, error: { option: '--mfu', message: 'needs a value' } }
 */
export function parseEstimateArgs(argv: readonly string[]): Result<ParsedArgs> {
  const options = {
    ...Object.fromEntries(Object.keys(VALUE_OPTIONS).map(name => [
      name,
      { type: 'string' as const },
    ])),
    json: { type: 'boolean' as const },
    help: { type: 'boolean' as const, short: 'h' },
  }
  const { tokens } = parseArgs({
    args: joinNegativeValues(argv, isValueOption),
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const input: AssumptionsInput = {}
  let json = false
  let help = false
  for (const token of tokens) {
    if (token.kind === 'positional') {
      return {
        ok: false,
        error: { option: token.value, message: 'unexpected argument (options start with --; see --help)' },
      }
    }
    if (token.kind === 'option-terminator') {
      return {
        ok: false,
        error: { option: '--', message: 'unexpected argument (see --help)' },
      }
    }
    const { name, rawName, value } = token
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (value !== undefined) {
        return {
          ok: false,
          error: { option: rawName, message: 'takes no value' },
        }
      }
      if (name === 'json')
        json = true
      else
        help = true
      continue
    }
    if (!isValueOption(name)) {
      return {
        ok: false,
        error: { option: rawName, message: 'unknown option (see --help)' },
      }
    }
    // Non-strict parseArgs takes the next argument even when it is another option ("--mfu --json").
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-') && !NEGATIVE_NUMBER.test(value))) {
      return {
        ok: false,
        error: { option: rawName, message: 'needs a value' },
      }
    }
    input[VALUE_OPTIONS[name]] = value
  }
  if (help) {
    return {
      ok: true,
      value: { kind: 'help' },
    }
  }
  return {
    ok: true,
    value: { kind: 'estimate', json, input },
  }
}

/**
 * Validate parsed input with the engine and run the estimate. Without `--gpus` there is no
 * wall-clock time. Errors name the option that carried the bad value.
 *
 * @example
 * resolveEstimate({ params: '1e12' }) // { ok: true, value: { params: 1e12, tokens: 2e13, ... } }
 * resolveEstimate({ model: 'gpt-3', mfu: '7' }) // { ok: false, error: { option: '--mfu', message: 'mfu must be a number in (0, 1]; got "7"' } }
 */
export function resolveEstimate(input: AssumptionsInput): Result<TrainingEstimate> {
  const checked = validateAssumptions(input)
  if (!checked.ok) {
    const first = checked.errors[0]!
    return {
      ok: false,
      error: { option: OPTION_FOR_FIELD[first.field], message: first.message },
    }
  }
  const v = checked.value
  if (v.model !== null && v.params !== null) {
    return {
      ok: false,
      error: { option: '--params', message: 'cannot be combined with --model (the model fixes its parameters)' },
    }
  }
  if (v.model === null && v.params === null) {
    return {
      ok: false,
      error: { option: '--model', message: 'required: give --model ID, or --params N' },
    }
  }
  const model = v.model === null
    ? null
    : getModel(v.model)
  const params = model?.params ?? v.params!
  const tokens = v.tokens ?? model?.tokens ?? null
  return {
    ok: true,
    value: estimateTraining({ model: v.model, params, tokens }, v),
  }
}
