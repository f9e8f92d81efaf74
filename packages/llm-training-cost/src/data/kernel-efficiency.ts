/**
 * Kernel efficiency: the share of an accelerator's dense peak its matrix multiplications reach in a
 * Transformer layer, with no communication and no pipeline bubble. One number per accelerator and
 * precision, never per run. Also the achieved fractions of link and HBM bandwidth the scale model uses.
 * Values only; engine/scale-model/ uses them.
 */
import type { AcceleratorId, Precision, StatedAbsences } from './accelerators.ts'
import type { ReferenceLabel, Source } from './source.ts'
import { REFERENCES } from './source.ts'

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
 * H100's calibrated value sits below H100's measured realistic-shape GEMM (0.590 ÷ (720 / 989.5) =
 * 0.811). The inputs are written out so the value cannot drift from them.
 */
const B200_GEMM_SHARE_MEASURED = (1448e12 + 1562e12) / 2 / 2250e12
const H100_BF16_CALIBRATED = 0.590
const H100_CALIBRATED_OVER_MEASURED = H100_BF16_CALIBRATED / (720e12 / 989.5e12)
const B200_BF16_DERIVED = B200_GEMM_SHARE_MEASURED * H100_CALIBRATED_OVER_MEASURED

/** Maximum achievable matmul FLOP/s (MAMF), each precision at its best shape: what FP8 gains over BF16 on a GEMM. */
const MAMF: Source = {
  title: 'Stas Bekman, "Machine Learning Engineering" (stas00/ml-engineering), compute/accelerator/README.md, "Maximum Achievable Matmul FLOPS comparison table"',
  url: 'https://github.com/stas00/ml-engineering/blob/master/compute/accelerator/README.md',
  where: 'MAMF table (measured, best shape, mean of 100 iterations)',
  checked: '2026-12-07',
}
const H100_FP8_DERIVED = H100_BF16_CALIBRATED * (1402.6 / 794.5) * (989.5 / 1979)

export const KERNEL_EFFICIENCIES = [
  {
    acceleratorId: 'a100-80gb',
    precision: 'bf16',
    value: 0.668,
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
    // Not calibrated on an FP8 run: the BF16 steady state × the measured FP8/BF16 ratio of the best
    // GEMMs, so an FP8 run gains only on its GEMMs, and only as much as the tensor cores really give.
    acceleratorId: 'h100-sxm',
    precision: 'fp8',
    value: H100_FP8_DERIVED,
    obtained: 'derived',
    referenceLabel: 'DERIVED',
    source: { ...MAMF, where: `${MAMF.where}: H100 SXM BF16 794.5 of 989 TFLOP/s, FP8 1,402.6 of 1,979. DERIVED: the BF16 value × (1,402.6 ÷ 794.5) ÷ (1,979 ÷ 989.5) = ${H100_BF16_CALIBRATED} × 0.883. Held to NeMo's FP8 rows and llm-foundry's FP8-against-BF16 pairs in tests/unit/scale-validation.test.ts` },
  },
  {
    acceleratorId: 'b200',
    precision: 'bf16',
    value: B200_BF16_DERIVED,
    obtained: 'derived',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.b200Gemm, where: 'DERIVED, validated by no B200 run: the measured B200 BF16 GEMM of 1,448–1,562 TFLOP/s on LLM shapes (as quoted, SECONDARY), midpoint 1,505 of 2,250 = 0.669, × H100\'s calibrated ÷ measured (0.590 ÷ (720 / 989.5) = 0.811; SemiAnalysis\' ~720 TFLOP/s, SECONDARY) = 0.542', checked: '2026-12-07' },
  },
  {
    acceleratorId: 'b200',
    precision: 'fp8',
    value: B200_BF16_DERIVED * (3432.5 / 1745) * (2250 / 4500),
    obtained: 'derived',
    referenceLabel: 'DERIVED',
    source: { ...MAMF, where: `${MAMF.where}: B200 BF16 1,745 of 2,250 TFLOP/s, FP8 3,432.5 of 4,500. DERIVED, validated by no B200 run: the B200 BF16 value × (3,432.5 ÷ 1,745) ÷ 2 = 0.542 × 0.984 = 0.533` },
  },
  {
    // Measured on TPU v4 itself, independent of any training run: PaLM 540B's forward pass over large
    // batches of input tokens (inference prefill, 2D weight-stationary layout, communication included),
    // so a lower bound on the steady-state GEMM rate. PaLM's training (data/scale-runs.ts) is held to it.
    acceleratorId: 'tpu-v4',
    precision: 'bf16',
    value: 0.76,
    obtained: 'measured',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.popeInference, where: 'Abstract: "a 76% MFU during large-batch-size processing of input tokens … on the PaLM 540B parameter model" (TPU v4 slices; read in the MLSys 2023 proceedings abstract)', checked: '2026-12-07' },
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
    value: 0.209,
    obtained: 'calibrated',
    calibrationRunId: 'mosaic-gpt13b-16384-8',
    referenceLabel: 'DERIVED',
    source: { ...REFERENCES.mosaicThroughput, where: 'Solved once (jointly with the A100 kernel efficiency) so the scale model gives MosaicML\'s gpt13b at 16,384 tokens on 8 A100-80GB (1,082 tokens/s/GPU) at the re-solved kernel efficiency, the A100 run where attention is the largest share of the work; tests/unit/scale-validation.test.ts re-solves it', checked: '2026-12-01' },
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

/**
 * How one accelerator's GEMMs are cut into tiles, for engine/scale-model/gemm.ts: tiles run at once
 * (SMs) and the tile. The kernel efficiency above is then the
 * steady-state rate of a large GEMM, and a GEMM's own efficiency falls with its size (tile and wave
 * quantization). Applies to every precision of the accelerator (one tile per chip: the
 * library's choice of tile per shape is not modelled).
 */
export interface GemmTiling {
  acceleratorId: AcceleratorId
  parallelTiles: number
  tileM: number
  tileN: number
  referenceLabel: ReferenceLabel
  source: Source
}

const CUBLAS_TILES: Source = {
  title: 'NVIDIA, "Matrix Multiplication Background User\'s Guide" (DU-09799-001), §2.3 "Typical Tile Dimensions In cuBLAS And Performance", §3.1 "Tile Quantization", §3.2 "Wave Quantization"',
  url: 'https://docs.nvidia.com/deeplearning/performance/dl-performance-matrix-multiplication/index.html',
  where: 'Tiles of 256×128 / 128×256 are the largest cuBLAS uses; "only as many thread blocks as there are SMs may be scheduled at a time": 108 SMs on A100, 132 on H100 (also quoted in ml-engineering, training/performance, from Anthony et al. 2024, arXiv 2401.14489)',
  checked: '2026-12-07',
}

export const GEMM_TILINGS = [
  {
    acceleratorId: 'a100-80gb',
    parallelTiles: 108,
    tileM: 256,
    tileN: 128,
    referenceLabel: 'SECONDARY',
    source: CUBLAS_TILES,
  },
  {
    acceleratorId: 'h100-sxm',
    parallelTiles: 132,
    tileM: 128,
    tileN: 256,
    referenceLabel: 'SECONDARY',
    source: CUBLAS_TILES,
  },
  {
    // Two TensorCores of four 128 × 128 MXUs each: 8 systolic arrays, each taking one 128 × 128 output tile.
    acceleratorId: 'tpu-v4',
    parallelTiles: 8,
    tileM: 128,
    tileN: 128,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.cloudTpuV4, where: 'System architecture: each chip has two TensorCores, "Each TensorCore has four matrix-multiply units (MXUs)"; 128 × 128 MXUs (Jouppi et al. 2023, arXiv 2304.01433)', checked: '2026-12-07' },
  },
] as const satisfies readonly GemmTiling[]

/** Why neither TPU has one (the same for both). */
const TPU_V3_EFFICIENCY = 'No TPU v3 run is calibrated against and no TPU v3 matmul measurement has been read here; the TPU v4 value (a different MXU count and clock) is not carried over.'

/**
 * Accelerators with no kernel efficiency of their own or through an alias, and why: for them
 * `kernelEfficiencyOf` (engine/scale-model/hardware.ts) gives null.
 */
export const KERNEL_EFFICIENCY_ABSENCES: StatedAbsences = {
  'v100': 'No V100 run is calibrated against and no V100 GEMM benchmark has been read here.',
  'h100-pcie': 'No H100 PCIe run or benchmark has been read here; its lower clocks and power limit than the SXM part keep the SXM value from carrying over.',
  'gb200': 'No GB200 run is calibrated against and no benchmark has been read here; the B200 value is itself derived, so it is not carried over to a different package.',
  'tpu-v3': TPU_V3_EFFICIENCY,
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
 * and its gradient written there: 3 passes (4 with full recomputation, which writes it again). FP8's
 * casts and scaling, per element. Modelling assumptions, stated: not fitted to any run.
 */
export const MEMORY_BOUND_TRAFFIC = {
  hbmPassesPerActivationByte: 3,
  hbmEfficiency: 0.8,
  /**
   * FP8, per element at a GEMM boundary (every FP8 GEMM input forward, every output gradient backward):
   * Transformer Engine's fused cast-transpose reads the 16-bit element (2 bytes) and writes it in FP8
   * twice, plain and transposed (1 + 1).
   */
  fp8CastBytesPerElement: 4,
  /**
   * FP8 scaling, per element: 0 under delayed scaling (TE's default recipe, NeMo's): the amax is
   * reduced inside the cast kernel and the scale comes from the amax history, a per-tensor update.
   * Current (just-in-time) scaling would read each element once more for its amax first (2 bytes).
   */
  fp8AmaxBytesPerElement: 0,
  referenceLabel: 'UNVERIFIED',
  source: { ...REFERENCES.korthikanti2022, where: 'Stored activation bytes per layer from §4 (sbh(34 + 5as/h)); the 3 HBM passes, 80% of HBM bandwidth and FP8\'s 4-byte cast-transpose are the model\'s stated assumptions', checked: '2026-12-01' },
} as const
