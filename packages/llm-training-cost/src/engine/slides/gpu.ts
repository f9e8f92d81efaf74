/**
 * The "GPU" slide's table: each of the talk's accelerators at the scenario's precision (or its own
 * 16-bit format where it lacks it), its memory, bandwidth and NVLink, and the range of prices found
 * for that very chip.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { GpuPrice } from '../../data/prices.ts'
import type { Source } from '../../data/source.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { PriceRange } from '../facts/gpu-offers.ts'
import type { AcceleratorEntry } from '../facts/lookup.ts'
import { TALK_ACCELERATOR_IDS } from '../../data/accelerators.ts'
import { GPU_PRICES } from '../../data/prices.ts'
import { precisionOn, priceRange } from '../facts/gpu-offers.ts'
import { getAccelerator, peakFlopsPerSecond } from '../facts/lookup.ts'

export interface AcceleratorRow {
  accelerator: AcceleratorEntry
  precision: Precision
  /** True when the chip lacks the scenario's precision and is shown at its own: the cell says which. */
  ownPrecision: boolean
  peakFlopsPerSecond: number
  /** Null where no offer for this chip was found. */
  prices: PriceRange | null
  /** True when the low and high offers are the same price. */
  onePrice: boolean
  selected: boolean
}

export interface AcceleratorTable {
  /** The scenario's precision, the peak column's for every row not marked `ownPrecision`. */
  precision: Precision
  rows: AcceleratorRow[]
  /** The chosen accelerator's datasheet, and the cheapest offer found for it. */
  sources: Source[]
}

/**
 * The table for a scenario: the talk's accelerators, and the chosen one if it is not among them.
 *
 * @example
 * acceleratorTable(DEFAULT_ASSUMPTIONS).rows.find(r => r.selected)?.accelerator.id // 'a100-80gb'
 */
export function acceleratorTable(assumptions: Assumptions, prices: readonly GpuPrice[] = GPU_PRICES): AcceleratorTable {
  const ids: readonly AcceleratorId[] = (TALK_ACCELERATOR_IDS as readonly AcceleratorId[]).includes(assumptions.gpu)
    ? TALK_ACCELERATOR_IDS
    : [...TALK_ACCELERATOR_IDS, assumptions.gpu]
  const rows = ids.map((id): AcceleratorRow => {
    const precision = precisionOn(id, assumptions.precision)
    const ownPrecision = precision !== assumptions.precision
    // Only offers for this very chip: an H200 is not priced from H100 offers.
    const range = priceRange(id, prices.filter(p => p.acceleratorId === id))
    return {
      accelerator: getAccelerator(id),
      precision,
      ownPrecision,
      peakFlopsPerSecond: peakFlopsPerSecond(id, precision),
      prices: range,
      onePrice: range !== null && range.low.usdPerGpuHour === range.high.usdPerGpuHour,
      selected: id === assumptions.gpu,
    }
  })
  const selected = rows.find(r => r.selected)
  return {
    precision: assumptions.precision,
    rows,
    sources: selected
      ? [
          selected.accelerator.source,
          ...selected.prices
            ? [selected.prices.low.source]
            : [],
        ]
      : [],
  }
}

/** How far one accelerator is from another: the GPU slide's claim (compute outruns memory). */
export interface AcceleratorSpan {
  from: AcceleratorEntry
  to: AcceleratorEntry
  /** Dense peak of `to` over `from`, each at the scenario's precision or its own 16-bit format. */
  peakRatio: number
  /** Memory bandwidth of `to` over `from`. */
  bandwidthRatio: number
}

/**
 * `to` against `from` at the scenario's precision (each chip at its own where it lacks it).
 *
 * @example
 * acceleratorSpan('v100', 'b200', DEFAULT_ASSUMPTIONS) // { peakRatio: 18, bandwidthRatio: 8.6, … }
 */
export function acceleratorSpan(from: AcceleratorId, to: AcceleratorId, assumptions: Pick<Assumptions, 'precision'>): AcceleratorSpan {
  const peak = (id: AcceleratorId): number => peakFlopsPerSecond(id, precisionOn(id, assumptions.precision))
  const a = getAccelerator(from)
  const b = getAccelerator(to)
  return {
    from: a,
    to: b,
    peakRatio: peak(to) / peak(from),
    bandwidthRatio: b.memoryBandwidthBytesPerSecond / a.memoryBandwidthBytesPerSecond,
  }
}
