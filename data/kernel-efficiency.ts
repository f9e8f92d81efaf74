/**
 * Kernel efficiency: the share of an accelerator's dense peak its matrix multiplications reach in a
 * Transformer layer, with no communication and no pipeline bubble. One number per accelerator and
 * precision, never per run. Also the achieved fractions of link and HBM bandwidth the scale model uses.
 * Values only; engine/scale-model/ uses them.
 */
import type { AcceleratorId, Precision, StatedAbsences } from './accelerators'
import type { ReferenceLabel, Source } from './source'
import { REFERENCES } from './source'

export interface KernelEfficiency {
  acceleratorId: AcceleratorId
  precision: Precision
  /** Achieved matmul FLOP/s ÷ dense peak. */
  value: number
  /**
   * 'calibrated': solved once from the named run with the scale model itself; 'measured': a benchmark's
   * own figure; 'derived': arithmetic on other values (given in the source's `where`), validated by no run.
   */
  obtained: 'calibrated' | 'measured' | 'derived'
  /** For 'calibrated': the id of the run in data/scale-runs.ts it was solved from (that run does not count as a validation). */
  calibrationRunId?: string
  referenceLabel: ReferenceLabel
  source: Source
}

/**
 * The B200's BF16 GEMM efficiency has no B200 run to be solved from, so it is derived: the measured
 * B200 BF16 GEMM share on LLM shapes (1,448–1,562 TFLOP/s of 2,250, midpoint 0.669), scaled by how far
 * H100's calibrated value sits below H100's measured realistic-shape GEMM (0.572 ÷ (720 / 989.5) =
 * 0.786). The inputs are written out so the value cannot drift from them.
 */
const B200_GEMM_SHARE_MEASURED = (1448e12 + 1562e12) / 2 / 2250e12
const H100_BF16_CALIBRATED = 0.572
const H100_FP8_CALIBRATED = 0.625
const H100_CALIBRATED_OVER_MEASURED = H100_BF16_CALIBRATED / (720e12 / 989.5e12)
const B200_BF16_DERIVED = B200_GEMM_SHARE_MEASURED * H100_CALIBRATED_OVER_MEASURED

export const KERNEL_EFFICIENCIES = [
  {
    acceleratorId: 'a100-80gb',
    precision: 'bf16',
    value: 0.621,
    obtained: 'calibrated',
    calibrationRunId: 'megatron-t1-146b',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.megatron2021, where: 'Solved once so the scale model gives Table 1\'s 145.6B row (148 TFLOP/s per GPU with recomputation, t = 8, p = 8, 1536 GPUs); tests/unit/scale-calibration.test.ts re-solves it', checked: '2026-12-01' },
  },
  {
    acceleratorId: 'h100-sxm',
    precision: 'bf16',
    value: H100_BF16_CALIBRATED,
    obtained: 'calibrated',
    calibrationRunId: 'llama3-405b-8k',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.llama3, where: 'Solved once so the scale model gives Table 4\'s 8,192-GPU row (430 TFLOP/s per GPU, TP 8, PP 16, DP 64); tests/unit/scale-calibration.test.ts re-solves it. Cross-check: SemiAnalysis measured ~720 TFLOP/s BF16 GEMM on realistic shapes (0.73 of 989), SECONDARY', checked: '2026-12-01' },
  },
  {
    acceleratorId: 'h100-sxm',
    precision: 'fp8',
    value: H100_FP8_CALIBRATED,
    obtained: 'calibrated',
    calibrationRunId: 'nemo-gpt3-175b-512',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.nemoPerformance, where: 'Solved once so the scale model gives the GPT3-175B row on 512 GPUs (TP 4, PP 8, VP 6, GBS 2048, MBS 2: 782 tokens/s/GPU; the MLPerf-linked row); of the FP8 dense peak (1,979 TF). Attention and the output layer run at the BF16 value; tests/unit/scale-validation.test.ts re-solves it', checked: '2026-12-01' },
  },
  {
    acceleratorId: 'b200',
    precision: 'bf16',
    value: B200_BF16_DERIVED,
    obtained: 'derived',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.b200Gemm, where: 'DERIVED, validated by no B200 run: the measured B200 BF16 GEMM of 1,448–1,562 TFLOP/s on LLM shapes (as quoted, SECONDARY), midpoint 1,505 of 2,250 = 0.669, × H100\'s calibrated ÷ measured (0.572 ÷ (720 / 989.5) = 0.786; SemiAnalysis\' ~720 TFLOP/s, SECONDARY) = 0.526', checked: '2026-12-07' },
  },
  {
    acceleratorId: 'b200',
    precision: 'fp8',
    value: B200_BF16_DERIVED * H100_FP8_CALIBRATED / H100_BF16_CALIBRATED,
    obtained: 'derived',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.b200Gemm, where: 'DERIVED, validated by no B200 run: the B200 BF16 value × H100\'s FP8/BF16 ratio of calibrated efficiencies (0.625 ÷ 0.572 = 1.093): 0.526 × 1.093 = 0.575', checked: '2026-12-07' },
  },
] as const satisfies readonly KernelEfficiency[]

/** Attention-kernel efficiency: achieved attention-score FLOP/s ÷ the 16-bit dense peak. One number per accelerator. */
export interface AttentionEfficiency {
  acceleratorId: AcceleratorId
  value: number
  obtained: 'calibrated' | 'measured' | 'derived'
  calibrationRunId?: string
  referenceLabel: ReferenceLabel
  source: Source
}

export const ATTENTION_EFFICIENCIES = [
  {
    acceleratorId: 'a100-80gb',
    value: 0.227,
    obtained: 'calibrated',
    calibrationRunId: 'mosaic-gpt13b-16384-8',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.mosaicThroughput, where: 'Solved once (jointly with the A100 kernel efficiency) so the scale model gives MosaicML\'s gpt13b at 16,384 tokens on 8 A100-80GB (1,082 tokens/s/GPU), the A100 run where attention is the largest share of the work; tests/unit/scale-validation.test.ts re-solves it', checked: '2026-12-01' },
  },
  {
    // FlashAttention-2's figure on H100, which the FlashAttention-3 abstract gives beside its own: the
    // runs this value is held to (Llama 3 405B, pre-trained before FlashAttention-3's release; NeMo
    // 24.07) ran pre-Hopper-native kernels. Checked both ways: at 0.35 the attention-heavy Llama 3 row
    // (131K context) comes within 15%; at FlashAttention-3's 0.75 it is 21% off and the H100 kernel
    // efficiencies no longer re-solve from their runs. 0.75 is FlashAttention-3's forward pass at best
    // ("up to"): the bound for a run on Hopper-native attention, not a measured training average.
    acceleratorId: 'h100-sxm',
    value: 0.35,
    obtained: 'measured',
    referenceLabel: 'VERIFIED',
    source: {
      title: 'Shah et al., "FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision" (arXiv 2407.08608)',
      url: 'https://arxiv.org/abs/2407.08608',
      published: '2024-07',
      where: 'Abstract: "FlashAttention-2 achieving only 35% utilization on the H100 GPU" (the value used: FlashAttention-2, the kernel generation of the runs it is held to); FlashAttention-3 "with FP16 reaching up to 740 TFLOPs/s (75% utilization)", not used. Read in a verbatim copy of the abstract',
      checked: '2026-12-07',
    },
  },
] as const satisfies readonly AttentionEfficiency[]

/** A100 40GB and 80GB are one chip (same SMs, clocks and peak); H200 is the H100 die with more HBM. */
export const KERNEL_EFFICIENCY_ALIASES: Partial<Record<AcceleratorId, AcceleratorId>> = {
  'a100-40gb': 'a100-80gb',
  'h200': 'h100-sxm',
  // The H100 SXM die with NVLink cut to 400 GB/s: the same tensor cores and HBM, so the same kernels;
  // held to DeepSeek-V3's run on 2,048 H800 (tests/unit/moe.test.ts).
  'h800': 'h100-sxm',
}

/** Why neither TPU has one (the same for both). */
const TPU_EFFICIENCY = 'The deck quotes TPU utilization as published (PaLM\'s MFU); the scale model does not model TPUs.'

/**
 * Accelerators with no kernel efficiency of their own or through an alias, and why: for them
 * `kernelEfficiencyOf` (engine/scale-model/hardware.ts) gives null.
 */
export const KERNEL_EFFICIENCY_ABSENCES: StatedAbsences = {
  'v100': 'No V100 run is calibrated against and no V100 GEMM benchmark has been read here.',
  'h100-pcie': 'No H100 PCIe run or benchmark has been read here; its lower clocks and power limit than the SXM part keep the SXM value from carrying over.',
  'gb200': 'No GB200 run is calibrated against and no benchmark has been read here; the B200 value is itself derived, so it is not carried over to a different package.',
  'tpu-v3': TPU_EFFICIENCY,
  'tpu-v4': TPU_EFFICIENCY,
}

/**
 * Achieved fraction of a link's one-direction bandwidth in a large collective (NCCL ring, big
 * messages): 8×H100 NVLink all-reduce reaches "close to 370GB/s, less than 450GB/s" (0.82). Applied to
 * NVLink and to the scale-out network alike.
 */
export const COLLECTIVE_EFFICIENCY = {
  value: 370 / 450,
  referenceLabel: 'SECONDARY',
  source: { ...REFERENCES.scalingBook, where: 'GPU chapter: 8×H100 NVLink AllReduce "close to 370GB/s, less than 450GB/s" (quoted in a summary of the book; SECONDARY)', checked: '2026-12-01' },
} as const

/**
 * Memory-bound kernels (LayerNorm, GeLU/SwiGLU, dropout, residual adds, softmax when not fused): HBM
 * bytes moved per byte of stored activation (Korthikanti et al.'s count), and the achieved fraction of
 * HBM bandwidth. Each stored activation byte is written in the forward pass, read in the backward pass
 * and its gradient written there: 3 passes (4 with full recomputation, which writes it again). A
 * modelling assumption, stated: not fitted to any run.
 */
export const MEMORY_BOUND_TRAFFIC = {
  hbmPassesPerActivationByte: 3,
  hbmEfficiency: 0.8,
  /** FP8: Transformer Engine's fused cast-transpose reads a 16-bit element and writes it twice in FP8 (4 bytes). */
  fp8CastBytesPerElement: 4,
  referenceLabel: 'UNVERIFIED',
  source: { ...REFERENCES.korthikanti2022, where: 'Stored activation bytes per layer from §4 (sbh(34 + 5as/h)); the 3 HBM passes, 80% of HBM bandwidth and FP8\'s 4-byte cast-transpose are the model\'s stated assumptions', checked: '2026-12-01' },
} as const
