/**
 * Argument handling for the estimate command line, kept apart from printing so it can be tested
 * without spawning a process. Ranges are not checked here: the engine's `validateAssumptions` is the
 * single source of truth, and its errors are mapped back to the option that carried the value.
 */
import type { AssumptionField, AssumptionsInput, DataFileOffer, ScaleReportSummary, TrainingData, TrainingEstimate } from '../engine/index.ts'
import { parseArgs } from 'node:util'
import { ASSUMPTION_KEYS, ASSUMPTION_SCHEMA, DEFAULT_ASSUMPTIONS, estimateTraining, fieldSpec, getModel, isAddedAccelerator, LAYOUT_KEYS, lowestOffer, scaleEstimate, validateAssumptions, wantsScaleModel, WORKLOAD_KEYS, workloadParams } from '../engine/index.ts'
import { joinNegativeValues, NEGATIVE_NUMBER } from './argv.ts'
import { helpLine, optionFor } from './help.ts'

const ALL_FIELDS = Object.keys(ASSUMPTION_SCHEMA) as AssumptionField[]

/** Each option name (without `--`) that takes a value, and the field it carries, read off the schema. */
const VALUE_OPTIONS: ReadonlyMap<string, AssumptionField> = new Map(
  ALL_FIELDS.filter(key => fieldSpec(key).kind !== 'flag').map(key => [fieldSpec(key).option, key]),
)

/** The schema's switches (`--scale-model`, `--sequence-parallel`): on when given. */
const SWITCH_OPTIONS: ReadonlyMap<string, AssumptionField> = new Map(
  ALL_FIELDS.filter(key => fieldSpec(key).kind === 'flag').map(key => [fieldSpec(key).option, key]),
)

/**
 * Options that mean something to the scale model only, read off the schema (its `scale-model`
 * section): refused without the scale model rather than ignored. Not the switch itself, nor a layout
 * option, which turn the scale model on.
 */
const SCALE_ONLY_FIELDS: ReadonlySet<AssumptionField> = new Set(ALL_FIELDS.filter(key => fieldSpec(key).section === 'scale-model'
  && key !== 'scaleModel'
  && !(LAYOUT_KEYS as readonly AssumptionField[]).includes(key)))

const FLAG_OPTIONS = ['json', 'help'] as const

export const USAGE = [
  'Usage: llm-training-cost (--model ID | --params N [--tokens D | --tokens-per-param K]) [options]',
  '       (in the deck\'s repository: npm run --silent estimate -- ...)',
  '',
  ...[
    ...WORKLOAD_KEYS,
    ...ASSUMPTION_KEYS,
  ].map(key => helpLine(key)),
  '  --data FILE            add accelerators and price offers from a JSON file (see the README); an offer',
  '                         for the --gpu sets the price when --price is not given',
  '  --json                 print one JSON object instead of a table',
  '  --help                 print this help',
].join('\n')

/** What `estimate` prints: the fixed-MFU estimate, or with the scale model its figures on top. */
export type EstimateOutput = TrainingEstimate | (TrainingEstimate & ScaleReportSummary & { shapeFrom: string, batchTokens: number, batchFrom: 'law' | 'given', batchCappedAtMemory: boolean })

export type ParsedArgs
  = | { kind: 'help' }
    | { kind: 'estimate', json: boolean, input: AssumptionsInput, dataFile: string | null }

/** An input error: the option it concerns and a one-line message. */
export interface ArgsError {
  option: string
  message: string
}

export type Result<T> = { ok: true, value: T } | { ok: false, error: ArgsError }

/** The command line's own option with a value (not an assumption): `--data FILE`. */
const DATA_OPTION = 'data'

function isValueOption(name: string): boolean {
  return VALUE_OPTIONS.has(name) || name === DATA_OPTION
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
    ...Object.fromEntries([
      ...VALUE_OPTIONS.keys(),
    ].map(name => [
      name,
      { type: 'string' as const },
    ])),
    ...Object.fromEntries([
      ...SWITCH_OPTIONS.keys(),
    ].map(name => [
      name,
      { type: 'boolean' as const },
    ])),
    json: { type: 'boolean' as const },
    help: { type: 'boolean' as const, short: 'h' },
    [DATA_OPTION]: { type: 'string' as const },
  }
  const { tokens } = parseArgs({
    args: joinNegativeValues(argv, isValueOption),
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const input: AssumptionsInput = {}
  let dataFile: string | null = null
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
    const switched = SWITCH_OPTIONS.get(name)
    if (switched !== undefined) {
      if (value !== undefined) {
        return {
          ok: false,
          error: { option: rawName, message: 'takes no value' },
        }
      }
      input[switched] = true
      continue
    }
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
    if (name === DATA_OPTION) {
      if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-'))) {
        return {
          ok: false,
          error: { option: rawName, message: 'needs a value: a JSON file of accelerators and price offers' },
        }
      }
      dataFile = value
      continue
    }
    const field = VALUE_OPTIONS.get(name)
    if (field === undefined) {
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
    input[field] = value
  }
  if (help) {
    return {
      ok: true,
      value: { kind: 'help' },
    }
  }
  return {
    ok: true,
    value: {
      kind: 'estimate',
      json,
      input,
      dataFile,
    },
  }
}

/**
 * The data file's offer that prices the run: its lowest for the GPU asked for (or the default GPU),
 * unless `--price` was given. Null without a file or such an offer.
 */
export function priceOffer(given: AssumptionsInput, data: TrainingData | null): DataFileOffer | null {
  return data !== null && given.usdPerGpuHour === undefined
    ? lowestOffer(data, String(given.gpu ?? DEFAULT_ASSUMPTIONS.gpu))
    : null
}

/**
 * Validate parsed input with the engine and run the estimate. Without `--gpus` there is no
 * wall-clock time. Errors name the option that carried the bad value.
 *
 * @example
 * resolveEstimate({ params: '1e12' }) // { ok: true, value: { params: 1e12, tokens: 2e13, ... } }
 * resolveEstimate({ model: 'gpt-3', mfu: '7' }) // { ok: false, error: { option: '--mfu', message: 'mfu must be a number in (0, 1]; got "7"' } }
 */
export function resolveEstimate(given: AssumptionsInput, data: TrainingData | null = null): Result<EstimateOutput> {
  const offer = priceOffer(given, data)
  const input: AssumptionsInput = offer
    ? { ...given, usdPerGpuHour: offer.usdPerGpuHour }
    : given
  const checked = validateAssumptions(input)
  if (!checked.ok) {
    const [first] = checked.errors
    return {
      ok: false,
      error: first
        ? {
            option: optionFor(first.field),
            message: first.message,
          }
        : { option: '--help', message: 'the options are not valid' },
    }
  }
  const v = checked.value
  if (v.model !== null && v.params !== null) {
    return {
      ok: false,
      error: { option: '--params', message: 'cannot be combined with --model (the model fixes its parameters)' },
    }
  }
  if (v.model !== null && v.activeParams !== null) {
    return {
      ok: false,
      error: { option: '--active-params', message: 'cannot be combined with --model (the model fixes its active parameters)' },
    }
  }
  const model = v.model === null
    ? null
    : getModel(v.model)
  let params = model?.params ?? v.params
  // The scale model may count the parameters from a full custom shape (and holds --params to it).
  if (wantsScaleModel(v)) {
    const sized = workloadParams(v)
    if (!sized.ok) {
      return {
        ok: false,
        error: {
          option: optionFor(sized.field),
          message: sized.message,
        },
      }
    }
    params = sized.params
  }
  if (params === null) {
    return {
      ok: false,
      error: { option: '--model', message: 'required: give --model ID, or --params N' },
    }
  }
  const tokens = v.tokens ?? model?.tokens ?? null
  const workload = {
    model: v.model,
    params,
    activeParams: model && 'activeParams' in model
      ? model.activeParams
      : v.activeParams,
    tokens,
  }
  if (!wantsScaleModel(v)) {
    // The first such option as given (the input keeps the command line's order).
    const scaleOnly = (Object.keys(input) as AssumptionField[]).find(key => SCALE_ONLY_FIELDS.has(key) && input[key] !== undefined)
    if (scaleOnly !== undefined) {
      return {
        ok: false,
        error: {
          option: optionFor(scaleOnly),
          message: 'only with the scale model: add --scale-model (or a layout option such as --tp)',
        },
      }
    }
    return {
      ok: true,
      value: estimateTraining(workload, v),
    }
  }
  // A file's accelerator has a peak and memory, not the fabric, kernel efficiencies and power the
  // scale model reads for each of the dataset's.
  if (isAddedAccelerator(v.gpu)) {
    return {
      ok: false,
      error: { option: '--gpu', message: `${v.gpu} comes from --data: the scale model needs the measured fabric and kernel efficiencies of the dataset's accelerators; estimate it with a fixed --mfu instead` },
    }
  }
  // The scale model computes utilization: a fixed --mfu beside it would say two things at once.
  if (input.mfu !== undefined) {
    const layoutOption = LAYOUT_KEYS.find(key => v[key] !== null)
    const by = v.scaleModel || layoutOption === undefined
      ? '--scale-model'
      : optionFor(layoutOption)
    return {
      ok: false,
      error: { option: '--mfu', message: `cannot be combined with ${by} (the scale model computes the utilization)` },
    }
  }
  const scale = scaleEstimate(v, new Set(Object.keys(input) as AssumptionField[]))
  if (!scale.ok) {
    return {
      ok: false,
      error: {
        option: optionFor(scale.field),
        message: scale.message,
      },
    }
  }
  // A mixture of experts described by its shape: its active parameters are the shape's.
  const activeParams = workload.activeParams ?? (scale.shape.experts ? scale.report.model.activeParams : null)
  const fixed = estimateTraining({ ...workload, activeParams, tokens: scale.tokens }, { ...v, mfu: scale.summary.effectiveMfu, goodput: scale.summary.goodput })
  return {
    ok: true,
    value: {
      ...fixed,
      // What the scale model found, in the command line's names (design.md), over the fixed-MFU figures.
      ...scale.summary,
      gpuHours: scale.report.gpuHours,
      costUsd: scale.report.costUsd,
      wallClockSeconds: scale.summary.wallClockDays * 86_400,
      // Energy from the systems' power × PUE over the run's wall clock, not board power × GPU-hours.
      energyKwh: scale.report.energy.energyKwh,
      energyBasis: scale.report.power.basis === 'board'
        ? 'board'
        : 'system',
      energyWattsPerGpu: scale.report.power.itWattsPerGpu,
      co2Kg: scale.report.energy.tonnesCo2 * 1000,
      shapeFrom: scale.shapeFrom,
      // The global batch the run used: --batch-tokens, or the batch-size law's.
      batchTokens: scale.batch.batchTokens,
      batchFrom: scale.batch.from,
      batchCappedAtMemory: scale.batch.cappedAtMemory,
    },
  }
}
