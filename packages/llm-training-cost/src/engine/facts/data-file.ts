/**
 * A user's own facts (`--data FILE`): accelerators the dataset lacks and price offers, from a JSON
 * object read by the caller (the engine reads no file). Checked as strictly as every other input:
 * each field by name, numbers finite and in range, every fact with its public source and the day it
 * was checked. A bad field is one message naming its path (`accelerators[0].memoryBytes`).
 *
 * ```json
 * {
 *   "accelerators": [{
 *     "id": "mi300x", "name": "AMD Instinct MI300X",
 *     "peakFlopsPerSecond": { "bf16": 1.3074e15, "fp8": 2.6149e15 },
 *     "memoryBytes": 1.92e11, "memoryBandwidthBytesPerSecond": 5.3e12, "tdpWatts": 750,
 *     "source": { "title": "AMD Instinct MI300X data sheet", "url": "https://www.amd.com/...", "where": "Specifications", "checked": "2026-12-08" }
 *   }],
 *   "offers": [{ "acceleratorId": "mi300x", "vendor": "Example Cloud", "usdPerGpuHour": 2.1, "source": { ... } }]
 * }
 * ```
 */
import type { Accelerator, AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { Source } from '../../data/source.ts'
import type { AcceleratorEntry } from './lookup.ts'
import { ACCELERATOR_IDS, PRECISIONS } from '../../data/accelerators.ts'

/** An offer from the file: what a GPU-hour of an accelerator costs somewhere. */
export interface DataFileOffer {
  acceleratorId: string
  vendor: string
  usdPerGpuHour: number
  offer: string | null
  source: Source
}

export interface TrainingData {
  accelerators: Accelerator[]
  offers: DataFileOffer[]
}

export type DataFileResult = { ok: true, value: TrainingData } | { ok: false, message: string }

const ID = /^[a-z0-9][a-z0-9.-]{0,39}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const TOP_KEYS = ['accelerators', 'offers']
const ACCELERATOR_KEYS = [
  'id',
  'name',
  'shortName',
  'peakFlopsPerSecond',
  'memoryBytes',
  'memoryBandwidthBytesPerSecond',
  'interconnectBandwidthBytesPerSecond',
  'tdpWatts',
  'source',
]
const OFFER_KEYS = [
  'acceleratorId',
  'vendor',
  'offer',
  'usdPerGpuHour',
  'source',
]
const SOURCE_KEYS = [
  'title',
  'url',
  'where',
  'checked',
  'published',
]

/** A field that failed, by its path in the file: thrown inside, returned as the one message. */
class FieldError extends Error {}

function show(value: unknown): string {
  return value === undefined
    ? 'nothing'
    : JSON.stringify(value) ?? String(value)
}

function fail(path: string, expected: string, value: unknown): never {
  throw new FieldError(`${path === ''
    ? 'the file'
    : path} must be ${expected}; got ${show(value)}`)
}

function record(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, 'an object', value)
  const unknown = Object.keys(value).find(key => !keys.includes(key))
  if (unknown !== undefined) {
    throw new FieldError(`${path === ''
      ? ''
      : `${path}.`}${unknown} is not a field of this object (fields: ${keys.join(', ')})`)
  }
  return value as Record<string, unknown>
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail(path, 'a non-empty string', value)
  return value
}

/** A finite number > 0 (JSON has no NaN or Infinity, but `1e999` parses to Infinity). */
function positive(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    fail(path, 'a positive number', value)
  return value
}

function positiveOrNull(value: unknown, path: string): number | null {
  return value === undefined || value === null
    ? null
    : positive(value, path)
}

function source(value: unknown, path: string): Source {
  const s = record(value, path, SOURCE_KEYS)
  const url = text(s.url, `${path}.url`)
  if (!url.startsWith('https://'))
    fail(`${path}.url`, 'a public https:// address', url)
  const checked = text(s.checked, `${path}.checked`)
  if (!DAY.test(checked) || Number.isNaN(Date.parse(`${checked}T00:00:00Z`)))
    fail(`${path}.checked`, 'the day it was checked, YYYY-MM-DD', checked)
  return {
    title: text(s.title, `${path}.title`),
    url,
    where: text(s.where, `${path}.where`),
    checked: checked as Source['checked'],
  }
}

function accelerator(value: unknown, path: string, taken: Set<string>): Accelerator {
  const a = record(value, path, ACCELERATOR_KEYS)
  const id = text(a.id, `${path}.id`)
  if (!ID.test(id))
    fail(`${path}.id`, 'lower-case letters, digits, dots and dashes (up to 40)', id)
  if (taken.has(id))
    throw new FieldError(`${path}.id: ${JSON.stringify(id)} is already an accelerator (the dataset's or an earlier one in the file)`)
  taken.add(id)
  const peaks = record(a.peakFlopsPerSecond, `${path}.peakFlopsPerSecond`, PRECISIONS)
  const peakFlopsPerSecond: Partial<Record<Precision, number>> = {}
  for (const precision of PRECISIONS) {
    if (peaks[precision] !== undefined)
      peakFlopsPerSecond[precision] = positive(peaks[precision], `${path}.peakFlopsPerSecond.${precision}`)
  }
  // MFU is stated against the dense 16-bit peak (design.md): an accelerator without one has no MFU.
  if (peakFlopsPerSecond.bf16 === undefined && peakFlopsPerSecond.fp16 === undefined)
    fail(`${path}.peakFlopsPerSecond`, 'an object with a dense bf16 or fp16 peak in FLOP/s', a.peakFlopsPerSecond)
  const memoryBytes = positive(a.memoryBytes, `${path}.memoryBytes`)
  const name = text(a.name, `${path}.name`)
  return {
    id,
    name,
    shortName: a.shortName === undefined
      ? name
      : text(a.shortName, `${path}.shortName`),
    vendor: 'other',
    peakFlopsPerSecond,
    memoryAsStated: { value: memoryBytes / 1e9, unit: 'GB' },
    memoryBytes,
    memoryBandwidthBytesPerSecond: positive(a.memoryBandwidthBytesPerSecond, `${path}.memoryBandwidthBytesPerSecond`),
    interconnectBandwidthBytesPerSecond: positiveOrNull(a.interconnectBandwidthBytesPerSecond, `${path}.interconnectBandwidthBytesPerSecond`),
    tdpWatts: positiveOrNull(a.tdpWatts, `${path}.tdpWatts`),
    source: source(a.source, `${path}.source`),
  }
}

function offer(value: unknown, path: string, known: Set<string>): DataFileOffer {
  const o = record(value, path, OFFER_KEYS)
  const acceleratorId = text(o.acceleratorId, `${path}.acceleratorId`)
  if (!known.has(acceleratorId))
    fail(`${path}.acceleratorId`, `an accelerator of the dataset or of the file (${[...known].join(', ')})`, acceleratorId)
  return {
    acceleratorId,
    vendor: text(o.vendor, `${path}.vendor`),
    usdPerGpuHour: positive(o.usdPerGpuHour, `${path}.usdPerGpuHour`),
    offer: o.offer === undefined
      ? null
      : text(o.offer, `${path}.offer`),
    source: source(o.source, `${path}.source`),
  }
}

function list(value: unknown, path: string): unknown[] {
  if (value === undefined)
    return []
  if (!Array.isArray(value))
    fail(path, 'an array', value)
  return value
}

/**
 * The file's facts, checked; or the first bad field as one line.
 *
 * @example
 * parseTrainingData({ offers: [{ acceleratorId: 'h100-sxm', vendor: 'Lab cluster', usdPerGpuHour: 1.9, source }] })
 * // { ok: true, value: { accelerators: [], offers: [{ acceleratorId: 'h100-sxm', ... }] } }
 * parseTrainingData({ accelerators: [{ id: 'x', memoryBytes: '80GB', ... }] })
 * // { ok: false, message: 'accelerators[0].memoryBytes must be a positive number; got "80GB"' }
 */
export function parseTrainingData(json: unknown): DataFileResult {
  try {
    const top = record(json, '', TOP_KEYS)
    if (top.accelerators === undefined && top.offers === undefined)
      throw new FieldError('the file has neither "accelerators" nor "offers"')
    const taken = new Set<string>(ACCELERATOR_IDS)
    const accelerators = list(top.accelerators, 'accelerators').map((a, i) => accelerator(a, `accelerators[${i}]`, taken))
    const offers = list(top.offers, 'offers').map((o, i) => offer(o, `offers[${i}]`, taken))
    return {
      ok: true,
      value: { accelerators, offers },
    }
  }
  catch (error) {
    if (error instanceof FieldError)
      return { ok: false, message: error.message }
    throw error
  }
}

/**
 * The accelerators the file adds, as the look-ups hold them. Their ids are outside the dataset's
 * `AcceleratorId` union: they reach the engine through `withAddedAccelerators` only.
 */
export function asEntries(accelerators: readonly Accelerator[]): AcceleratorEntry[] {
  return accelerators as unknown as AcceleratorEntry[]
}

/** The lowest offer in the file for an accelerator, or null. */
export function lowestOffer(data: TrainingData, acceleratorId: AcceleratorId | string): DataFileOffer | null {
  return data.offers
    .filter(o => o.acceleratorId === acceleratorId)
    .reduce<DataFileOffer | null>((low, o) => low === null || o.usdPerGpuHour < low.usdPerGpuHour
      ? o
      : low, null)
}
