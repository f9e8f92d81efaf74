/**
 * "Hardware since the A100": peak, memory, bandwidth and power of each chip since, and the dollars per
 * PFLOP-hour of peak and delivered over its dated offers.
 */
import type { AcceleratorId, Precision } from '../../../data/accelerators.ts'
import type { DatedGpuPrice } from '../../../data/since-the-talk.ts'
import type { Source } from '../../../data/source.ts'
import type { Assumptions } from '../../assumptions/validation.ts'
import { HARDWARE_SINCE_A100_IDS, PRICES_SINCE_2024 } from '../../../data/since-the-talk.ts'
import { sameChip } from '../../facts/gpu-offers.ts'
import { chipName, getAccelerator } from '../../facts/lookup.ts'

export interface HardwareRow {
  id: AcceleratorId
  name: string
  bf16FlopsPerSecond: number
  fp8FlopsPerSecond: number | null
  memoryBytes: number
  memoryBandwidthBytesPerSecond: number
  tdpWatts: number | null
  /** Cheapest and dearest dated 2024–2026 offer for this accelerator; null where none is cited. */
  cheapest: DatedGpuPrice | null
  dearest: DatedGpuPrice | null
  /** Dollars per PFLOP/s-hour of dense BF16 peak, at the cheapest and dearest offer. */
  usdPerPeakPflopHour: [number, number] | null
  /** The same per PFLOP-hour actually delivered at the current MFU (live). */
  usdPerUsefulPflopHour: [number, number] | null
  /** This is the panel's GPU. */
  chosen: boolean
  /** The specifications' source. */
  source: Source
  /** The sources of the cheapest and dearest offer. */
  priceSources: Source[]
}

/**
 * Hardware since the A100: dense BF16 and FP8 peaks, memory, bandwidth, power, and what a PFLOP-hour
 * costs at the 2024–2026 offers in data/since-the-talk.ts: of peak, and delivered at the current MFU.
 *
 * @example
 * hardwareSinceA100(DEFAULT_ASSUMPTIONS).find(r => r.id === 'b200')!.usdPerPeakPflopHour // [1.67, 2.67]: $3.75–6.00 over 2.25 PFLOP/s
 */
export function hardwareSinceA100(assumptions: Assumptions): HardwareRow[] {
  return HARDWARE_SINCE_A100_IDS.map((id) => {
    const a = getAccelerator(id)
    const peaks: Partial<Record<Precision, number>> = a.peakFlopsPerSecond
    const bf16 = peaks.bf16!
    // The A100's two memory sizes share one price list (data/prices.ts), as on the talk's price slide.
    const offers: DatedGpuPrice[] = PRICES_SINCE_2024.filter(p => sameChip(p.acceleratorId, id))
    const sorted = [...offers].sort((x, y) => x.usdPerGpuHour - y.usdPerGpuHour)
    const cheapest = sorted[0] ?? null
    const dearest = sorted[sorted.length - 1] ?? null
    const perPflop = (usd: number, mfu: number): number => usd / (bf16 * mfu / 1e15)
    return {
      id,
      name: chipName(id),
      bf16FlopsPerSecond: bf16,
      fp8FlopsPerSecond: peaks.fp8 ?? null,
      memoryBytes: a.memoryBytes,
      memoryBandwidthBytesPerSecond: a.memoryBandwidthBytesPerSecond,
      tdpWatts: a.tdpWatts,
      cheapest,
      dearest,
      usdPerPeakPflopHour: cheapest && dearest
        ? [
            perPflop(cheapest.usdPerGpuHour, 1),
            perPflop(dearest.usdPerGpuHour, 1),
          ]
        : null,
      usdPerUsefulPflopHour: cheapest && dearest
        ? [
            perPflop(cheapest.usdPerGpuHour, assumptions.mfu),
            perPflop(dearest.usdPerGpuHour, assumptions.mfu),
          ]
        : null,
      chosen: id === assumptions.gpu,
      source: a.source,
      priceSources: [cheapest, dearest].flatMap(p => p
        ? [p.source]
        : []),
    }
  })
}
