/**
 * The one check every assumption passes through, from the command line and from the live store.
 * Ranges live here and nowhere else.
 */
import type { AcceleratorId, Precision } from '../data/accelerators'
import type { ModelId } from '../data/models'
import { ACCELERATOR_IDS, ACCELERATORS, PRECISIONS } from '../data/accelerators'
import { DEFAULTS } from '../data/defaults'
import { MODEL_IDS } from '../data/models'

/** Everything the engine needs to price a training run, validated. */
export interface Assumptions {
  gpu: AcceleratorId
  precision: Precision
  /** Model FLOPs utilization, in (0, 1]. */
  mfu: number
  /** Fraction of booked time that trains, in (0, 1]. */
  goodput: number
  usdPerGpuHour: number
  /** Cluster size; null = no cluster given, so no wall-clock time. */
  gpus: number | null
  tokensPerParam: number
  /** Power usage effectiveness, ≥ 1. */
  pue: number
  gridGramsCo2PerKwh: number
}

/** What to train: a known model, or a size (and optionally tokens). All optional in assumptions. */
export interface Workload {
  model: ModelId | null
  params: number | null
  tokens: number | null
}

export type ValidatedAssumptions = Assumptions & Workload

/** Raw input: any field may be missing (→ default), a number, or a numeric string. */
export type AssumptionsInput = { [K in keyof ValidatedAssumptions]?: unknown }

export type AssumptionField = keyof ValidatedAssumptions

export interface ValidationError {
  field: AssumptionField
  value: unknown
  message: string
}

export type ValidationResult
  = | { ok: true, value: ValidatedAssumptions }
    | { ok: false, errors: ValidationError[] }

/** The talk's defaults as plain values (see data/defaults.ts for why and where from). */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  gpu: DEFAULTS.gpu.value,
  precision: DEFAULTS.precision.value,
  mfu: DEFAULTS.mfu.value,
  goodput: DEFAULTS.goodput.value,
  usdPerGpuHour: DEFAULTS.usdPerGpuHour.value,
  gpus: DEFAULTS.gpus.value,
  tokensPerParam: DEFAULTS.tokensPerParam.value,
  pue: DEFAULTS.pue.value,
  gridGramsCo2PerKwh: DEFAULTS.gridGramsCo2PerKwh.value,
}

/** Precisions in order of preference when none is asked for: bf16, else the chip's other 16-bit format. */
const PRECISION_PREFERENCE: readonly Precision[] = ['bf16', 'fp16', 'tf32', 'fp8']

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i

function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value)
  try {
    return JSON.stringify(value) ?? String(value)
  }
  catch {
    return String(value)
  }
}

/** A finite number from a number or a decimal string ("1e12", "70e9", "0.45"); otherwise undefined. */
function toFinite(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? value
      : undefined
  }
  if (typeof value === 'string' && DECIMAL.test(value.trim())) {
    const n = Number(value.trim())
    return Number.isFinite(n)
      ? n
      : undefined
  }
  return undefined
}

/**
 * The precisions an accelerator has a dense peak for.
 *
 * @example
 * supportedPrecisions('v100') // ['fp16']
 * supportedPrecisions('h100-sxm') // ['fp8', 'bf16', 'fp16', 'tf32']
 */
export function supportedPrecisions(gpu: AcceleratorId): Precision[] {
  const accelerator = ACCELERATORS.find(a => a.id === gpu)
  if (!accelerator)
    return []
  const peaks: Partial<Record<Precision, number>> = accelerator.peakFlopsPerSecond
  return PRECISIONS.filter(p => peaks[p] !== undefined)
}

/**
 * The precision used when none is given: bf16 where the chip has it, else fp16 (V100).
 *
 * @example
 * defaultPrecisionFor('v100') // 'fp16'
 * defaultPrecisionFor('a100-80gb') // 'bf16'
 */
export function defaultPrecisionFor(gpu: AcceleratorId): Precision {
  const supported = supportedPrecisions(gpu)
  return PRECISION_PREFERENCE.find(p => supported.includes(p)) ?? DEFAULTS.precision.value
}

interface NumberRule {
  field: AssumptionField
  /** Human-readable allowed range, used in the message. */
  range: string
  test: (n: number) => boolean
}

const NUMBER_RULES: readonly NumberRule[] = [
  {
    field: 'mfu',
    range: 'a number in (0, 1]',
    test: n => n > 0 && n <= 1,
  },
  {
    field: 'goodput',
    range: 'a number in (0, 1]',
    test: n => n > 0 && n <= 1,
  },
  {
    field: 'usdPerGpuHour',
    range: 'a number > 0',
    test: n => n > 0,
  },
  {
    field: 'tokensPerParam',
    range: 'a number > 0',
    test: n => n > 0,
  },
  {
    field: 'pue',
    range: 'a number ≥ 1',
    test: n => n >= 1,
  },
  {
    field: 'gridGramsCo2PerKwh',
    range: 'a number ≥ 0',
    test: n => n >= 0,
  },
  {
    field: 'params',
    range: 'a number > 0',
    test: n => n > 0,
  },
  {
    field: 'tokens',
    range: 'a number > 0',
    test: n => n > 0,
  },
  {
    field: 'gpus',
    range: 'a positive integer',
    test: n => n >= 1 && Number.isInteger(n),
  },
]

/**
 * Check an assumptions object. Missing fields take the talk's defaults, except `gpus`, `model`,
 * `params` and `tokens`, which stay null when absent. Numbers may come as decimal strings
 * ("1e12"); NaN, ±Infinity and non-numeric strings are rejected. Every error names the field, the
 * value and the allowed range.
 *
 * @example
 * validateAssumptions({ gpu: 'h100-sxm', mfu: '0.4', usdPerGpuHour: 2.5 })
 * // { ok: true, value: { gpu: 'h100-sxm', precision: 'bf16', mfu: 0.4, usdPerGpuHour: 2.5, gpus: null, ... } }
 * validateAssumptions({ mfu: 7 })
 * // { ok: false, errors: [{ field: 'mfu', value: 7, message: 'mfu must be a number in (0, 1]; got 7' }] }
 */
export function validateAssumptions(input: AssumptionsInput): ValidationResult {
  const errors: ValidationError[] = []
  const numbers: Partial<Record<AssumptionField, number>> = {}

  for (const rule of NUMBER_RULES) {
    const raw = input[rule.field]
    if (raw === undefined || raw === null)
      continue
    const n = toFinite(raw)
    if (n === undefined || !rule.test(n))
      errors.push({ field: rule.field, value: raw, message: `${rule.field} must be ${rule.range}; got ${show(raw)}` })
    else
      numbers[rule.field] = n
  }

  let gpu: AcceleratorId = DEFAULT_ASSUMPTIONS.gpu
  const gpuOk = input.gpu === undefined || input.gpu === null || (typeof input.gpu === 'string' && (ACCELERATOR_IDS as readonly string[]).includes(input.gpu))
  if (!gpuOk)
    errors.push({ field: 'gpu', value: input.gpu, message: `gpu must be one of ${ACCELERATOR_IDS.join(', ')}; got ${show(input.gpu)}` })
  else if (typeof input.gpu === 'string')
    gpu = input.gpu as AcceleratorId

  let precision: Precision = defaultPrecisionFor(gpu)
  if (input.precision !== undefined && input.precision !== null) {
    const supported = supportedPrecisions(gpu)
    if (typeof input.precision !== 'string' || !(PRECISIONS as readonly string[]).includes(input.precision))
      errors.push({ field: 'precision', value: input.precision, message: `precision must be one of ${PRECISIONS.join(', ')}; got ${show(input.precision)}` })
    else if (gpuOk && !supported.includes(input.precision as Precision))
      errors.push({ field: 'precision', value: input.precision, message: `precision must be one ${gpu} supports (${supported.join(', ')}); got ${show(input.precision)}` })
    else
      precision = input.precision as Precision
  }

  let model: ModelId | null = null
  if (input.model !== undefined && input.model !== null) {
    if (typeof input.model === 'string' && (MODEL_IDS as readonly string[]).includes(input.model))
      model = input.model as ModelId
    else
      errors.push({ field: 'model', value: input.model, message: `model must be one of ${MODEL_IDS.join(', ')}; got ${show(input.model)}` })
  }

  if (errors.length > 0)
    return { ok: false, errors }
  return {
    ok: true,
    value: {
      gpu,
      precision,
      mfu: numbers.mfu ?? DEFAULT_ASSUMPTIONS.mfu,
      goodput: numbers.goodput ?? DEFAULT_ASSUMPTIONS.goodput,
      usdPerGpuHour: numbers.usdPerGpuHour ?? DEFAULT_ASSUMPTIONS.usdPerGpuHour,
      gpus: numbers.gpus ?? null,
      tokensPerParam: numbers.tokensPerParam ?? DEFAULT_ASSUMPTIONS.tokensPerParam,
      pue: numbers.pue ?? DEFAULT_ASSUMPTIONS.pue,
      gridGramsCo2PerKwh: numbers.gridGramsCo2PerKwh ?? DEFAULT_ASSUMPTIONS.gridGramsCo2PerKwh,
      model,
      params: numbers.params ?? null,
      tokens: numbers.tokens ?? null,
    },
  }
}
