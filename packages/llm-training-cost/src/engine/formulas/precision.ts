/**
 * What a precision does to throughput. Utilization (MFU) is stated against the accelerator's dense
 * 16-bit peak (BF16, or FP16 on a V100), as the papers quote it; a run in another precision reaches
 * that MFU times its measured speed-up over BF16 on that accelerator (data/precision-speedups.ts),
 * not the ratio of the datasheet peaks. Where nothing was measured, the ratio of the peaks stands in,
 * and the result says so.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { Source } from '../../data/source.ts'
import { PRECISION_SPEEDUPS } from '../../data/precision-speedups.ts'
import { getAccelerator } from '../facts/lookup.ts'

/** The 16-bit format MFU is stated against on an accelerator: bf16, else fp16 (V100). */
export function utilizationPrecision(gpu: AcceleratorId): 'bf16' | 'fp16' {
  const peaks: Partial<Record<Precision, number>> = getAccelerator(gpu).peakFlopsPerSecond
  return peaks.bf16 !== undefined
    ? 'bf16'
    : 'fp16'
}

/**
 * The dense 16-bit peak that MFU is stated against.
 *
 * @example
 * utilizationPeakFlops('h100-sxm') // 989.5e12 (BF16 dense)
 * utilizationPeakFlops('v100') // 125e12 (FP16 tensor cores)
 */
export function utilizationPeakFlops(gpu: AcceleratorId): number {
  const peaks: Partial<Record<Precision, number>> = getAccelerator(gpu).peakFlopsPerSecond
  const peak = peaks[utilizationPrecision(gpu)]
  if (peak === undefined)
    throw new RangeError(`${gpu} has no 16-bit peak`)
  return peak
}

export interface SpeedupOverBf16 {
  /** Throughput at the precision ÷ at the 16-bit reference. */
  factor: number
  /** True when measured (on this accelerator or, see `measuredOn`, its twin); false: the ratio of the peaks. */
  measured: boolean
  measuredOn: AcceleratorId | null
  range: readonly [number, number] | null
  /** What the figure says about it, in one line. */
  note: string
  source: Source | null
}

/**
 * The speed-up of a precision over the 16-bit reference on an accelerator. Throws for a precision the
 * accelerator lacks (validate first: FP8 on an A100 is an input error).
 *
 * @example
 * precisionSpeedup('h100-sxm', 'fp8').factor // 1.15 (llm-foundry, measured), not 2 (the peaks)
 * precisionSpeedup('a100-80gb', 'bf16').factor // 1
 * precisionSpeedup('a100-80gb', 'tf32') // { factor: 0.5, measured: false, note: 'no measured tf32 training speed on ...: ratio of the peaks' }
 */
export function precisionSpeedup(gpu: AcceleratorId, precision: Precision): SpeedupOverBf16 {
  const accelerator = getAccelerator(gpu)
  const peaks: Partial<Record<Precision, number>> = accelerator.peakFlopsPerSecond
  const peak = peaks[precision]
  if (peak === undefined)
    throw new RangeError(`${gpu} has no ${precision} peak`)
  const reference = utilizationPrecision(gpu)
  if (precision === reference || (precision !== 'fp8' && precision !== 'tf32' && peak === peaks[reference])) {
    return {
      factor: 1,
      measured: true,
      measuredOn: null,
      range: null,
      note: `MFU of the ${reference.toUpperCase()} peak`,
      source: null,
    }
  }
  const found = PRECISION_SPEEDUPS.find(s => s.acceleratorId === gpu && s.precision === precision)
  if (found) {
    const on = 'measuredOn' in found
      ? found.measuredOn
      : null
    return {
      factor: found.speedup,
      measured: true,
      measuredOn: on,
      range: found.range,
      note: `${precision.toUpperCase()} measured ${found.speedup}× ${reference.toUpperCase()} (${found.range[0]}–${found.range[1]}× by shape)${on
        ? ` on ${getAccelerator(on).name}`
        : ''}`,
      source: found.source,
    }
  }
  const ratio = peak / utilizationPeakFlops(gpu)
  return {
    factor: ratio,
    measured: false,
    measuredOn: null,
    range: null,
    note: `no measured ${precision.toUpperCase()} training speed on ${accelerator.name}: ratio of the peaks (${ratio}×)`,
    source: null,
  }
}

/**
 * Model FLOP/s one accelerator sustains at an MFU (against its 16-bit peak) in a precision.
 *
 * @example
 * achievedFlopsPerGpu('h100-sxm', 'fp8', 0.4) // 989.5e12 × 0.4 × 1.15 = 455e12
 */
export function achievedFlopsPerGpu(gpu: AcceleratorId, precision: Precision, mfu: number): number {
  return utilizationPeakFlops(gpu) * mfu * precisionSpeedup(gpu, precision).factor
}
