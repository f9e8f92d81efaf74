/**
 * What the live controls edit: one entry per engine assumption, with the label the panel shows, the
 * query-string name (the command line's option name) and how typed text is read. No ranges here:
 * ranges live in engine/validation.ts only.
 */
import type { Assumptions } from '../engine'

export type AssumptionKey = keyof Assumptions

/** How a control reads what is typed. `fraction`: 45, 45% and 0.45 all mean 0.45. */
export type FieldKind = 'gpu' | 'precision' | 'fraction' | 'number' | 'integer'

export interface AssumptionFieldInfo {
  key: AssumptionKey
  /** Visible label, exactly as the panel and tests name it. */
  label: string
  /** Query-string parameter: the estimate command line's option name without `--`. */
  param: string
  kind: FieldKind
  /** Unit shown after the input. */
  unit: string
}

/** In panel order: what a speaker is asked about first comes first. */
export const ASSUMPTION_FIELDS: readonly AssumptionFieldInfo[] = [
  {
    key: 'gpu',
    label: 'GPU',
    param: 'gpu',
    kind: 'gpu',
    unit: '',
  },
  {
    key: 'precision',
    label: 'Precision',
    param: 'precision',
    kind: 'precision',
    unit: '',
  },
  {
    key: 'mfu',
    label: 'MFU',
    param: 'mfu',
    kind: 'fraction',
    unit: '%',
  },
  {
    key: 'usdPerGpuHour',
    label: 'Price per GPU-hour',
    param: 'price',
    kind: 'number',
    unit: 'USD',
  },
  {
    key: 'gpus',
    label: 'GPUs',
    param: 'gpus',
    kind: 'integer',
    unit: '',
  },
  {
    key: 'tokensPerParam',
    label: 'Tokens per parameter',
    param: 'tokens-per-param',
    kind: 'number',
    unit: '',
  },
  {
    key: 'goodput',
    label: 'Goodput',
    param: 'goodput',
    kind: 'fraction',
    unit: '%',
  },
  {
    key: 'pue',
    label: 'PUE',
    param: 'pue',
    kind: 'number',
    unit: '',
  },
  {
    key: 'gridGramsCo2PerKwh',
    label: 'Grid intensity',
    param: 'grid-co2',
    kind: 'number',
    unit: 'g CO₂e/kWh',
  },
]

export const ASSUMPTION_KEYS: readonly AssumptionKey[] = ASSUMPTION_FIELDS.map(f => f.key)

export function fieldInfo(key: AssumptionKey): AssumptionFieldInfo {
  const info = ASSUMPTION_FIELDS.find(f => f.key === key)
  if (!info)
    throw new Error(`unknown assumption ${String(key)}`)
  return info
}

export function isAssumptionKey(key: unknown): key is AssumptionKey {
  return typeof key === 'string' && (ASSUMPTION_KEYS as readonly string[]).includes(key)
}
