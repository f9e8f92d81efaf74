/**
 * Measured training speed of a lower precision against BF16 on the same accelerator, end to end
 * (same model, sequence length and GPU count): what a change of precision does to throughput. MFU is
 * stated against the dense BF16/FP16 peak, as the papers quote it (Llama 3's "BF16 MFU", PaLM), so a
 * run in FP8 reaches `MFU × BF16 peak × speed-up`, not the ratio of the datasheet peaks (2×).
 *
 * One number per accelerator and precision: the shape closest to LLM pre-training in the source's
 * table, with the table's range beside it. An accelerator with no entry has no measured speed-up for
 * that precision: the engine then says so (and uses the ratio of the peaks, flagged).
 */
import type { AcceleratorId, Precision } from './accelerators.ts'
import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

export interface PrecisionSpeedup {
  acceleratorId: AcceleratorId
  precision: Precision
  /** Training throughput at `precision` ÷ at BF16, for the shape named in `shape`. */
  speedup: number
  /** The lowest and highest speed-up the same source measured over its shapes. */
  range: readonly [number, number]
  shape: string
  /** Where the figure was measured on other silicon of the same generation, which. */
  measuredOn?: AcceleratorId
  source: Source
}

const LLM_FOUNDRY_H100: Source = {
  ...REFERENCES.llmFoundryBenchmarks,
  where: 'Tables "H100 80GB BF16" and "H100 80GB FP8", 8 GPUs, FSDP FULL_SHARD: 3B at 8,192 tokens 398.8 → 460.6 model TFLOP/s per GPU (1.15×); over the shapes measured 1.00× (3B, 32,768, activation checkpointing) to 1.35× (1B, 512)',
  checked: '2026-12-01',
}

const MEGATRON_BRIDGE_GB200: Source = {
  ...REFERENCES.megatronBridgePerformance,
  where: 'DeepSeek-V3 on 256 GPUs: GB200 BF16 782 vs FP8-MX 1,003 TFLOP/s per GPU (1.28×, PP and EP differ between the two rows); GB300 961 vs 1,088 (1.13×)',
  checked: '2026-12-01',
}

/** An FP8 against BF16 measurement: its speed-up for the named shape and the range over the source's shapes. */
function fp8(speedup: number, range: readonly [number, number], shape: string, source: Source) {
  return {
    precision: 'fp8',
    speedup,
    range,
    shape,
    source,
  } as const
}

/** llm-foundry's H100 measurement, and Megatron-Bridge's GB200 one (FP8-MX). */
const HOPPER_FP8 = fp8(1.15, [1.0, 1.35], '3B model, 8,192-token sequences, 8 GPUs (llm-foundry)', LLM_FOUNDRY_H100)
const BLACKWELL_FP8 = fp8(1.28, [1.13, 1.28], 'DeepSeek-V3, 256 GPUs (Megatron-Bridge; FP8-MX)', MEGATRON_BRIDGE_GB200)

export const PRECISION_SPEEDUPS = [
  { acceleratorId: 'h100-sxm', ...HOPPER_FP8 },
  // Same Hopper tensor cores as the H100 SXM: the H100 measurement stands for them.
  { acceleratorId: 'h800', ...HOPPER_FP8, measuredOn: 'h100-sxm' },
  { acceleratorId: 'h200', ...HOPPER_FP8, measuredOn: 'h100-sxm' },
  { acceleratorId: 'gb200', ...BLACKWELL_FP8 },
  // The same Blackwell GPU as in a GB200: its measurement stands for the HGX part.
  { acceleratorId: 'b200', ...BLACKWELL_FP8, measuredOn: 'gb200' },
] as const satisfies readonly PrecisionSpeedup[]
