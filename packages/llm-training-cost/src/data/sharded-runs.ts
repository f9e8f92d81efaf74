/**
 * Published runs that shard over the data-parallel group (ZeRO-3 / FSDP) or split the sequence
 * (context parallel), beyond those of data/scale-runs.ts: each with its own shape, layout and measured
 * throughput, for tests/unit/sharded-runs.test.ts. Values only.
 */
import type { SizedDecoderShape } from './decoder-shape.ts'
import type { ScaleRun } from './scale-runs.ts'
import { LLAMA3_8B_SHAPE } from './models.ts'
import { MEGATRON_TABLE_1 } from './published-claims.ts'
import { FSDP_SOFTWARE } from './scale-runs.ts'
import { REFERENCES } from './source.ts'

/** Llama 3.1 8B as torchtitan builds it (the released config: 32 layers, 4,096 wide, 8 KV heads, SwiGLU 14,336). */
const LLAMA31_8B: Omit<SizedDecoderShape, 'seqLen'> = { ...LLAMA3_8B_SHAPE, dropout: false }

/**
 * torchtitan's Grand Teton hosts: 8 H100 per host on NVLink, 400 Gb/s RDMA per GPU. Their H100s are
 * the 96 GB HBM2e part at a 500 W limit ("the actual peak TFLOPs number is between SXM and NVL"): the
 * model runs them as the 80 GB SXM at 700 W, so it expects to be somewhat fast.
 */
const GRAND_TETON = {
  acceleratorId: 'h100-sxm',
  nvlinkDomainGpus: 8,
  interNodeBytesPerSecondPerGpu: 400e9 / 8,
} as const

const TORCHTITAN_ASSUMED = 'FSDP2 = ZeRO-3 (weights gathered for the forward and again for the backward, gradients reduce-scattered, prefetched a layer ahead). The 96 GB, 500 W H100 is run as the 80 GB, 700 W SXM part (the benchmark does not know its own peak). Selective op checkpointing read as selective recomputation. Without torch.compile where the table gives both.'

function torchtitanRow(id: string, label: string, shape: SizedDecoderShape, gpus: number, batchSequences: number, layout: ScaleRun['layout'], precision: 'bf16' | 'fp8', recompute: ScaleRun['recompute'], tokens: number, where: string, assumed: string): ScaleRun {
  return {
    id,
    label,
    shape,
    gpus,
    ...GRAND_TETON,
    batchSequences,
    precision,
    recompute,
    sequenceParallel: false,
    software: FSDP_SOFTWARE,
    layout,
    published: {
      metric: 'tokens-per-second-per-gpu',
      value: tokens,
      flopConvention: null,
      referenceLabel: 'VERIFIED',
      source: { ...REFERENCES.torchtitanH100, where: `${where}: ${tokens} TPS/GPU`, checked: '2026-12-07' },
    },
    assumed: `${TORCHTITAN_ASSUMED} ${assumed}`,
    inReference: false,
    source: { ...REFERENCES.torchtitanH100, where: `${where} (Llama 3.1 8B; Grand Teton: 8 H100 per host on NVLink, 400 Gb/s RDMA per GPU)`, checked: '2026-12-07' },
  }
}

/** torchtitan, Llama 3.1 8B with FSDP2 alone (Tables 1 and 3) and with context parallelism (Table 2). */
export const TORCHTITAN_RUNS: readonly ScaleRun[] = [
  torchtitanRow('torchtitan-8b-fsdp-8', 'torchtitan Llama 3.1 8B, FSDP 8 on 8 H100', { ...LLAMA31_8B, seqLen: 8192 }, 8, 16, { tensorParallel: 1, pipelineParallel: 1, microbatchSequences: 2 }, 'bf16', 'selective', 5762, 'Table 1, FSDP row (local batch 2, global 16, selective activation checkpointing)', ''),
  torchtitanRow('torchtitan-8b-fsdp-128', 'torchtitan Llama 3.1 8B, FSDP 128 on 128 H100', { ...LLAMA31_8B, seqLen: 8192 }, 128, 256, { tensorParallel: 1, pipelineParallel: 1, microbatchSequences: 2 }, 'bf16', 'selective', 5605, 'Table 3, FSDP row (local batch 2, global 256, selective activation checkpointing)', ''),
  ...([
    [8, 1, 32_768, 3890],
    [4, 2, 65_536, 2540],
    [2, 4, 131_072, 1071],
    [1, 8, 262_144, 548],
  ] as const).map(([fsdp, cp, seqLen, tokens]) => torchtitanRow(
    `torchtitan-8b-cp${cp}-${seqLen / 1024}k`,
    `torchtitan Llama 3.1 8B, FSDP ${fsdp} × CP ${cp} at ${seqLen / 1024}K tokens on 8 H100, FP8`,
    { ...LLAMA31_8B, seqLen },
    8,
    fsdp,
    {
      tensorParallel: 1,
      pipelineParallel: 1,
      contextParallel: cp,
      microbatchSequences: 1,
    },
    'fp8',
    'full',
    tokens,
    `Table 2, FSDP ${fsdp}, CP ${cp}, sequence ${seqLen} (local batch 1, full activation checkpointing, torch.compile, Float8)`,
    'Float8 linears with torch.compile (the model\'s FP8 kernel efficiency, calibrated on NeMo with Transformer Engine); the CP ring is PyTorch\'s (all-gather or all-to-all rotation), modelled as the ring.',
  )),
]

/**
 * Megatron-LM Table 2, ZeRO-3 rows: DeepSpeed ZeRO-3 without model parallelism, the 174.6B model at
 * batch 1,536 on 384, 768 and 1,536 A100s, the comparison Megatron-LM draws against PTD-P.
 */
export const MEGATRON_ZERO3_RUNS: readonly ScaleRun[] = ([
  [
    384,
    144,
    'VERIFIED',
    '144 TFLOP/s per GPU, 90 days',
  ],
  [
    768,
    87.6,
    'DERIVED',
    '74 days for 300B tokens: 144 × 384 × 90 ÷ (768 × 74) = 87.6 TFLOP/s per GPU',
  ],
  [
    1536,
    44,
    'VERIFIED',
    '44 TFLOP/s per GPU, 74 days',
  ],
] as const).map(([gpus, tflops, label, what]) => ({
  id: `megatron-t2-zero3-175b-${gpus}`,
  label: `Megatron-LM Table 2, ZeRO-3 174.6B on ${gpus} A100 (no model parallelism)`,
  shape: {
    params: 174.6e9,
    layers: 96,
    dModel: 12288,
    heads: 96,
    dropout: true,
    vocab: MEGATRON_TABLE_1.vocab,
    seqLen: MEGATRON_TABLE_1.seqLen,
  },
  gpus,
  acceleratorId: 'a100-80gb',
  nvlinkDomainGpus: 8,
  interNodeBytesPerSecondPerGpu: 200e9 / 8,
  batchSequences: 1536,
  precision: 'fp16',
  recompute: 'full',
  sequenceParallel: false,
  software: {
    flashAttention: false,
    dataParallelOverlap: true,
    scatterGatherP2p: true,
    zeroStage: 3,
  },
  layout: { tensorParallel: 1, pipelineParallel: 1 },
  published: {
    metric: 'hardware-flops-per-gpu',
    value: tflops * 1e12,
    flopConvention: 'megatron-eq3',
    referenceLabel: label,
    source: { ...REFERENCES.megatron2021, where: `Table 2, ZeRO-3 without model parallelism, 174.6B, batch 1536, ${gpus} GPUs: ${what}`, checked: '2026-12-07' },
  },
  inReference: false,
  assumed: 'Microbatch size not used from the table: the model picks it. DeepSpeed ZeRO-3 of 2021 with its prefetch overlapping compute; activation checkpointing (full recomputation) as in every Megatron-LM run.',
  source: { ...REFERENCES.megatron2021, where: 'Table 2 and §5.2 (ZeRO-3 without model parallelism against PTD-P); §5.3.2 175B shape (96 layers, 96 heads, hidden 12288); Selene: 8 × 200 Gb/s HDR per DGX A100', checked: '2026-12-07' },
}))
