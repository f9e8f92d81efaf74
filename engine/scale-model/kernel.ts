/**
 * Look-ups the scale model needs from data/: kernel efficiency per accelerator and precision.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators'
import { KERNEL_EFFICIENCIES, KERNEL_EFFICIENCY_ALIASES } from '../../data/kernel-efficiency'

/**
 * The kernel efficiency (achieved matmul FLOP/s ÷ dense peak, no communication, no bubble) of an
 * accelerator at a precision, from data/kernel-efficiency.ts; null where none is sourced or calibrated.
 *
 * @example
 * kernelEfficiencyOf('a100-40gb', 'bf16') // the A100-80GB value: same chip
 * kernelEfficiencyOf('v100', 'fp16') // null
 */
export function kernelEfficiencyOf(acceleratorId: AcceleratorId, precision: Precision): number | null {
  const id = KERNEL_EFFICIENCY_ALIASES[acceleratorId] ?? acceleratorId
  // FP16 and BF16 run on the same tensor cores at the same peak: one efficiency serves both.
  const wanted: Precision = precision === 'fp16'
    ? 'bf16'
    : precision
  const entry = KERNEL_EFFICIENCIES.find(k => k.acceleratorId === id && k.precision === wanted)
  return entry ? entry.value : null
}
