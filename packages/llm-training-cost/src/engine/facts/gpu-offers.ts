/**
 * What a unit of training work costs on each GPU offer: the "Costs GPU" slide. Prices are the offers
 * in data/prices.ts; the work is done at the current MFU and goodput.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { GpuPrice } from '../../data/prices.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import { GPU_PRICES, SHARED_PRICE_LISTS } from '../../data/prices.ts'
import { defaultPrecisionFor, supportedPrecisions } from '../assumptions/validation.ts'
import { precisionSpeedup, utilizationPeakFlops } from '../formulas/precision.ts'
import { costUsd, gpuHours } from '../formulas/time-cost.ts'
import { maxBy, minBy } from '../util/extremes.ts'
import { getAccelerator, peakFlopsPerSecond } from './lookup.ts'

/**
 * The slide's unit of work: 10²¹ FLOPs. Round, and small enough to price on one offer: GPT-3's
 * 3.15e23 FLOPs are 315 units, a compute-optimal 1T model's 1.2e26 are 120,000.
 */
export const REFERENCE_WORK_FLOPS = 1e21

/** One offer priced for a piece of work. */
export interface OfferCost {
  offer: GpuPrice
  /** The precision the work runs in on this chip: the current one if the chip has it, else its default. */
  precision: Precision
  peakFlopsPerSecond: number
  gpuHours: number
  costUsd: number
}

/**
 * The precision a chip computes in under the current assumptions: the chosen precision where the chip
 * has it (an H100 in fp8), else its own default (a V100 in fp16).
 *
 * @example
 * precisionOn('v100', 'bf16') // 'fp16'
 * precisionOn('h100-sxm', 'fp8') // 'fp8'
 */
export function precisionOn(gpu: AcceleratorId, precision: Precision): Precision {
  return supportedPrecisions(gpu).includes(precision)
    ? precision
    : defaultPrecisionFor(gpu)
}

/**
 * GPU-hours and dollars for `flops` of training on each offer, at the current MFU and goodput.
 *
 * @example
 * offerCosts(DEFAULT_ASSUMPTIONS)[0] // AWS p4d A100 on demand at $4.10: 1,978 GPU-hours, $8.11k for 1e21 FLOPs at 45% MFU
 */
export function offerCosts(assumptions: Assumptions, flops: number = REFERENCE_WORK_FLOPS, offers: readonly GpuPrice[] = GPU_PRICES): OfferCost[] {
  return offers.map((offer) => {
    const precision = precisionOn(offer.acceleratorId, assumptions.precision)
    const peak = peakFlopsPerSecond(offer.acceleratorId, precision)
    // MFU is of the 16-bit peak; another precision runs at its measured speed-up (engine/formulas/precision.ts).
    const hours = gpuHours({
      trainingFlops: flops,
      peakFlopsPerSecond: utilizationPeakFlops(offer.acceleratorId) * precisionSpeedup(offer.acceleratorId, precision).factor,
      mfu: assumptions.mfu,
      goodput: assumptions.goodput,
    })
    return {
      offer,
      precision,
      peakFlopsPerSecond: peak,
      gpuHours: hours,
      costUsd: costUsd(hours, offer.usdPerGpuHour),
    }
  })
}

/** Cheapest committed and dearest on-demand rate found for a chip, with the offers they come from. */
export interface PriceRange {
  low: GpuPrice
  high: GpuPrice
  /** How many offers the range is drawn from: with one, low and high are the same offer. */
  offers: number
}

/**
 * Offers of `b` price `a`: the same accelerator, or one price list in data/prices.ts (A100 40GB and
 * 80GB). Not the same peak alone: an H200 is no H100 at the till.
 *
 * @example
 * sameChip('a100-40gb', 'a100-80gb') // true
 * sameChip('h200', 'h100-sxm') // false
 */
export function sameChip(a: AcceleratorId, b: AcceleratorId): boolean {
  return a === b || SHARED_PRICE_LISTS.some(list => list.includes(a) && list.includes(b))
}

/**
 * The rental price range of the chosen GPU: from the cheapest reserved (1- or 3-year) offer to the
 * dearest on-demand one, over instance prices for that chip (or its price list: A100 40GB and 80GB).
 * GPU-only rates (GCP's) are left out: the machine around the GPU is not in them. Null when
 * data/prices.ts has no offer for it; with no reserved offer the cheapest offer of any term is the
 * low end.
 *
 * @example
 * priceRange('a100-80gb') // low: Azure 3-year A100 40GB at $1.36; high: AWS p4de on demand at $5.12
 * priceRange('h200') // null: no H200 offer in the talk's prices, and H100 offers do not stand in
 */
export function priceRange(gpu: AcceleratorId, offers: readonly GpuPrice[] = GPU_PRICES): PriceRange | null {
  const matching = offers.filter(o => sameChip(o.acceleratorId, gpu) && !('gpuOnly' in o && o.gpuOnly))
  if (matching.length === 0)
    return null
  const reserved = matching.filter(o => o.term === '1-year' || o.term === '3-year')
  const onDemand = matching.filter(o => o.term === 'on-demand')
  const rate = (offer: GpuPrice): number => offer.usdPerGpuHour
  return {
    low: minBy(reserved.length > 0
      ? reserved
      : matching, rate)!,
    high: maxBy(onDemand.length > 0
      ? onDemand
      : matching, rate)!,
    offers: matching.length,
  }
}

/** What a unit of work costs on one chip: its hours, and its cheapest and dearest offer. */
export interface ChipWorkCost {
  acceleratorId: AcceleratorId
  precision: Precision
  peakFlopsPerSecond: number
  gpuHours: number
  cheapest: OfferCost
  dearest: OfferCost
}

/**
 * `offerCosts` grouped by chip, in the order chips first appear in the offers: hours are the same for
 * every offer of a chip; the cost runs from its cheapest offer to its dearest.
 *
 * @example
 * workCostByChip(DEFAULT_ASSUMPTIONS).find(c => c.acceleratorId === 'a100-40gb')
 * // { gpuHours: 1,978, cheapest: GCP 3-year $1.03 (GPU only) → $2.04k, dearest: AWS on demand $4.10 → $8.11k }
 */
export function workCostByChip(assumptions: Assumptions, flops: number = REFERENCE_WORK_FLOPS, offers: readonly GpuPrice[] = GPU_PRICES): ChipWorkCost[] {
  const byChip = new Map<AcceleratorId, OfferCost[]>()
  for (const cost of offerCosts(assumptions, flops, offers)) {
    byChip.set(cost.offer.acceleratorId, [
      ...(byChip.get(cost.offer.acceleratorId) ?? []),
      cost,
    ])
  }
  return [
    ...byChip.entries(),
  ].map(([acceleratorId, costs]) => {
    const sorted = [...costs].sort((a, b) => a.costUsd - b.costUsd)
    const first = sorted[0]!
    return {
      acceleratorId,
      precision: first.precision,
      peakFlopsPerSecond: first.peakFlopsPerSecond,
      gpuHours: first.gpuHours,
      cheapest: first,
      dearest: sorted[sorted.length - 1]!,
    }
  })
}

/** How long a price commits the buyer, from none to three years. */
export type CommitmentTerm = Exclude<GpuPrice['term'], 'convention'>

/** One vendor's price of one chip in one month, under each commitment (null where not offered). */
export interface OfferRow {
  /** "AWS A100 SXM 40GB (2021-06)": vendor, chip without its maker (the same on every row), month. */
  label: string
  usdPerGpuHour: Record<CommitmentTerm, number | null>
}

/**
 * Offers grouped into rows of vendor, chip and month, in the order data/prices.ts lists them; the
 * talk's $1.5/h convention is no offer and is left out.
 *
 * @example
 * offerRows()[0] // { label: 'AWS A100 SXM 40GB (2021-06)', usdPerGpuHour: { 'on-demand': 4.1, '1-year': 2.4, '3-year': 1.45 } }
 */
export function offerRows(offers: readonly GpuPrice[] = GPU_PRICES): OfferRow[] {
  const rows = new Map<string, OfferRow>()
  for (const offer of offers) {
    if (offer.term === 'convention')
      continue
    const gpuOnly = 'gpuOnly' in offer && offer.gpuOnly === true
    const key = `${offer.vendor}|${offer.acceleratorId}|${offer.observed}|${gpuOnly}`
    const row = rows.get(key) ?? {
      label: `${offer.vendor} ${getAccelerator(offer.acceleratorId).shortName}${gpuOnly
        ? ', GPU only'
        : ''} (${offer.observed})`,
      usdPerGpuHour: { 'on-demand': null, '1-year': null, '3-year': null },
    }
    row.usdPerGpuHour[offer.term] = offer.usdPerGpuHour
    rows.set(key, row)
  }
  return [
    ...rows.values(),
  ]
}

/** The "Costs GPU" slide's claim: how far the same work's cost runs, and how much of it is the offer. */
export interface WorkCostSpan {
  /** The cheapest offer of any chip, and the dearest. */
  cheapest: { acceleratorId: AcceleratorId, costUsd: number }
  dearest: { acceleratorId: AcceleratorId, costUsd: number }
  /** The chip whose own offers are furthest apart, and its dearest cost over its cheapest. */
  widestChip: { acceleratorId: AcceleratorId, ratio: number }
}

/**
 * From the cheapest to the dearest way of buying the same work, and the chip on which the offer
 * alone moves the bill most; null for no chips.
 *
 * @example
 * workCostSpan(workCostByChip(DEFAULT_ASSUMPTIONS))
 * // { cheapest: H100 PCIe $2.03k, dearest: V100 $19.3k, widestChip: A100 40GB, 4.0× (GCP 3-year to AWS on demand) }
 */
export function workCostSpan(chips: readonly ChipWorkCost[]): WorkCostSpan | null {
  const lowest = minBy(chips, c => c.cheapest.costUsd)
  const highest = maxBy(chips, c => c.dearest.costUsd)
  const spread = (c: ChipWorkCost): number => c.dearest.costUsd / c.cheapest.costUsd
  const widest = maxBy(chips, spread)
  if (!lowest || !highest || !widest)
    return null
  return {
    cheapest: { acceleratorId: lowest.acceleratorId, costUsd: lowest.cheapest.costUsd },
    dearest: { acceleratorId: highest.acceleratorId, costUsd: highest.dearest.costUsd },
    widestChip: {
      acceleratorId: widest.acceleratorId,
      ratio: spread(widest),
    },
  }
}
