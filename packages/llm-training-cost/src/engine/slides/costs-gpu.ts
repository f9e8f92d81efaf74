/**
 * "Costs GPU": the claim above the price chart: what the term of an offer alone does to the price of
 * an hour of the panel's GPU, from its cheapest reserved offer to its dearest on-demand one.
 */
import type { AcceleratorId } from '../../data/accelerators.ts'
import type { GpuPrice } from '../../data/prices.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import { priceRange } from '../facts/gpu-offers.ts'

export interface OfferTermSpan {
  acceleratorId: AcceleratorId
  /** The cheapest reserved offer (any term when the chip has no reserved one). */
  low: GpuPrice
  /** The dearest on-demand offer (any term when the chip has no on-demand one). */
  high: GpuPrice
  /** high ÷ low. */
  ratio: number
}

/**
 * The span of the panel's GPU's offers; null when data/prices.ts has none for it (TPUs, the chips
 * after the talk's prices).
 *
 * @example
 * offerTermSpan({ gpu: 'a100-80gb' }) // low $1.36 (Azure 3-year), high $5.12 (AWS on demand), ratio 3.76
 */
export function offerTermSpan(assumptions: Pick<Assumptions, 'gpu'>): OfferTermSpan | null {
  const range = priceRange(assumptions.gpu)
  if (!range)
    return null
  return {
    acceleratorId: assumptions.gpu,
    low: range.low,
    high: range.high,
    ratio: range.high.usdPerGpuHour / range.low.usdPerGpuHour,
  }
}
