/**
 * Look-ups the scale model needs from data/: kernel efficiency per accelerator and precision.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators'
import { ATTENTION_EFFICIENCIES, KERNEL_EFFICIENCIES, KERNEL_EFFICIENCY_ALIASES } from '../../data/kernel-efficiency'

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

/**
 * The attention-kernel efficiency (achieved attention-score FLOP/s ÷ the 16-bit dense peak) of an
 * accelerator, from data/kernel-efficiency.ts; null where none is sourced or calibrated (the scale
 * model then runs attention at the matmul kernel efficiency).
 *
 * @example
 * attentionEfficiencyOf('h100-sxm') // 0.35 (FlashAttention-2 on H100)
 */
export function attentionEfficiencyOf(acceleratorId: AcceleratorId): number | null {
  const id = KERNEL_EFFICIENCY_ALIASES[acceleratorId] ?? acceleratorId
  const entry = ATTENTION_EFFICIENCIES.find(k => k.acceleratorId === id)
  return entry ? entry.value : null
}
