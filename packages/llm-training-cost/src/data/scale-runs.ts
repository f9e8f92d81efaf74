/**
 * Published training runs with their layouts and measured throughput: what the scale model is held to
 * (tests/unit/scale-validation.test.ts feeds each its own layout). Values only.
 *
 * Two FLOP conventions appear, and each run says which it reports:
 * - 'megatron-eq3': hardware FLOPs of Narayanan et al. Eq. 3, 96·B·s·l·h²·(1 + s/(6h) + V/(16lh)) per
 *   iteration, full recomputation counted (Megatron-LM, MT-NLG and BLOOM report this way).
 * - 'model': model FLOPs, 6N + attention (no recomputation): Llama 3's "TFLOPs/GPU" (its MFU is this ÷ 989).
 */
import type { AcceleratorId, Precision } from './accelerators.ts'
import type { TorusFabric } from './cluster-fabric.ts'
import type { SizedDecoderShape } from './decoder-shape.ts'
import type { ReferenceLabel, Source } from './source.ts'
import { LLAMA3_8B_SHAPE, LLAMA3_VOCAB, MODELS } from './models.ts'
import { MEGATRON_TABLE_1 } from './published-claims.ts'
import { REFERENCES } from './source.ts'

/** A decoder's shape as the scale model needs it. */

export interface ScaleRun {
  id: string
  label: string
  shape: SizedDecoderShape
  gpus: number
  acceleratorId: AcceleratorId
  nvlinkDomainGpus: number
  /** Scale-out bandwidth per GPU, one direction, bytes/s. */
  interNodeBytesPerSecondPerGpu: number
  /** The pod's torus, for a TPU run (nvlinkDomainGpus is then the chips of one pod). */
  torus?: TorusFabric
  batchSequences: number
  precision: Precision
  recompute: 'none' | 'selective' | 'full'
  sequenceParallel: boolean
  software: {
    flashAttention: boolean
    dataParallelOverlap: boolean
    /** Megatron's scatter/gather of pipeline sends over the t ranks; DeepSpeed's pipeline engine sends the full activation from every rank. */
    scatterGatherP2p: boolean
    zeroStage: 0 | 1 | 2 | 3
    /** Pipeline schedule: Megatron's 1F1B (interleaved when v > 1), or DeepSeek-V3's DualPipe; absent: 1F1B. */
    pipelineSchedule?: '1f1b' | 'dualpipe'
    /** The expert all-to-all runs under compute (DualPipe); absent: exposed. */
    expertOverlap?: boolean
    /** Share of the SMs the overlapped all-to-all takes from compute. */
    communicationSmShare?: number
    /** Most-loaded expert rank over the mean; absent: data/moe-training.ts's assumption. */
    expertImbalance?: number
  }
  /** The layout as published; fields left out were not published and are searched by the model. */
  layout: {
    tensorParallel: number
    pipelineParallel: number
    contextParallel?: number
    /** Expert-parallel ways (mixture of experts). */
    expertParallel?: number
    interleave?: number
    microbatchSequences?: number
  }
  published: {
    /** What was measured: FLOP/s per GPU in a convention, or seconds per iteration. */
    metric: 'hardware-flops-per-gpu' | 'model-flops-per-gpu' | 'step-seconds' | 'tokens-per-second-per-gpu'
    value: number
    /**
     * How the FLOPs were counted: 'megatron-eq3' (hardware, recomputation included, full attention square),
     * 'palm' (6N + 12·L·H·Q·T), 'causal' (6N + 6·L·H·Q·T: the causal half of the attention square).
     * Null for a step time or a token rate.
     */
    flopConvention: 'megatron-eq3' | 'palm' | 'causal' | null
    referenceLabel: ReferenceLabel
    source: Source
  }
  /** What the model had to assume because the source does not say. */
  assumed: string
  /**
   * One of the published runs the model is held to (15%), or an outside check the model is
   * also run against (printed, with the gap reported).
   */
  inReference: boolean
  /** Where the shape, layout and cluster come from. */
  source: Source
}

/** FSDP (ZeRO-3) with fused attention and overlapped gathers: MosaicML's and llm-foundry's runs, torchtitan's (./sharded-runs.ts). */
export const FSDP_SOFTWARE = {
  flashAttention: true,
  dataParallelOverlap: true,
  scatterGatherP2p: true,
  zeroStage: 3,
} as const

const SELENE = {
  acceleratorId: 'a100-80gb',
  nvlinkDomainGpus: 8,
  // "eight NVIDIA Mellanox 200Gbps HDR Infiniband HCAs for application communication" per 8-GPU node.
  interNodeBytesPerSecondPerGpu: 200e9 / 8,
} as const

const MEGATRON_2021_SOFTWARE = {
  flashAttention: false,
  dataParallelOverlap: false,
  scatterGatherP2p: true,
  zeroStage: 0,
} as const
const DEEPSPEED_PIPELINE_SOFTWARE = {
  flashAttention: false,
  dataParallelOverlap: false,
  scatterGatherP2p: false,
  zeroStage: 1,
} as const

/** Megatron-LM Table 1: every row, with its t and p; microbatch and interleaving are not printed. */
const MEGATRON_TABLE_1_RUNS: ScaleRun[] = MEGATRON_TABLE_1.rows.map(row => ({
  id: `megatron-t1-${Math.round(row.paramsBillions)}b`,
  label: `Megatron-LM Table 1, ${row.paramsBillions}B on ${row.gpus} A100 (t ${row.tensorParallel}, p ${row.pipelineParallel})`,
  shape: {
    params: row.paramsBillions * 1e9,
    layers: row.layers,
    dModel: row.hidden,
    heads: row.heads,
    dropout: true,
    vocab: MEGATRON_TABLE_1.vocab,
    seqLen: MEGATRON_TABLE_1.seqLen,
  },
  gpus: row.gpus,
  ...SELENE,
  batchSequences: row.batchSize,
  precision: 'fp16',
  recompute: 'full',
  sequenceParallel: false,
  software: MEGATRON_2021_SOFTWARE,
  layout: { tensorParallel: row.tensorParallel, pipelineParallel: row.pipelineParallel },
  published: {
    metric: 'hardware-flops-per-gpu',
    value: row.teraFlopsPerGpu * 1e12,
    flopConvention: 'megatron-eq3',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.megatron2021, where: `Table 1, ${row.paramsBillions}B row: ${row.teraFlopsPerGpu} TFLOP/s per GPU (Eq. 3 FLOPs, recomputation counted)`, checked: '2026-12-01' },
  },
  inReference: true,
  assumed: 'Microbatch size and interleaving depth are not printed in Table 1: the model picks the fastest that fit (§5.1: "interleaved pipeline schedule with the scatter/gather optimization"). Gradient all-reduce not overlapped (Megatron-LM 2021 reduces after the backward pass).',
  source: { ...REFERENCES.megatron2021, where: `Table 1 (${row.paramsBillions}B: ${row.layers} layers, hidden ${row.hidden}, ${row.heads} heads, t ${row.tensorParallel}, p ${row.pipelineParallel}, ${row.gpus} GPUs, batch ${row.batchSize}); §5.1 V = 51,200, s = 2048; Selene DGX A100 80GB with 8 × 200 Gb/s HDR per node`, checked: '2026-12-01' },
}))

/** Megatron-LM Table 2, PTD parallelism rows: model-parallel size 96 (t 8 × p 12) and 280 (t 8 × p 35), microbatch 1. */
const MEGATRON_TABLE_2_RUNS: ScaleRun[] = ([
  [
    174.6,
    96,
    12288,
    96,
    12,
    1536,
    [
      [384, 153],
      [768, 149],
      [1536, 141],
    ],
  ],
  [
    529.6,
    105,
    20480,
    128,
    35,
    2240,
    [
      [560, 171],
      [1120, 167],
      [2240, 159],
    ],
  ],
] as const).flatMap(([billions, layers, hidden, heads, p, batch, points]) => points.map(([gpus, tflops]) => ({
  id: `megatron-t2-${Math.round(billions)}b-${gpus}`,
  label: `Megatron-LM Table 2, ${billions}B on ${gpus} A100 (t 8, p ${p}, d ${gpus / (8 * p)})`,
  shape: {
    params: billions * 1e9,
    layers,
    dModel: hidden,
    heads,
    dropout: true,
    vocab: MEGATRON_TABLE_1.vocab,
    seqLen: MEGATRON_TABLE_1.seqLen,
  },
  gpus,
  ...SELENE,
  batchSequences: batch,
  precision: 'fp16' as const,
  recompute: 'full' as const,
  sequenceParallel: false,
  software: MEGATRON_2021_SOFTWARE,
  layout: { tensorParallel: 8, pipelineParallel: p, microbatchSequences: 1 },
  published: {
    metric: 'hardware-flops-per-gpu' as const,
    value: tflops * 1e12,
    flopConvention: 'megatron-eq3' as const,
    referenceLabel: 'VERIFIED' as const,
    source: { ...REFERENCES.megatron2021, where: `Table 2, PTD parallelism, ${billions}B on ${gpus} GPUs: ${tflops} TFLOP/s per GPU (batch ${batch}, microbatch 1, model-parallel size ${8 * p})`, checked: '2026-12-01' },
  },
  inReference: true,
  assumed: 'Model-parallel size 96 read as t 8 × p 12 (t = 8 inside a DGX node, as everywhere in the paper; 96 layers ÷ 12 stages); interleaving depth not printed: the model picks it. Gradient all-reduce not overlapped.',
  source: { ...REFERENCES.megatron2021, where: `Table 2 (${billions}B: model-parallel size ${8 * p}, batch ${batch}, microbatch 1); §5.3.2 (175B: 96 layers, 96 heads, hidden 12288); §5.1 V = 51,200, s = 2048`, checked: '2026-12-01' },
})))

const MT_NLG_SHAPE: SizedDecoderShape = {
  params: 530e9,
  layers: 105,
  dModel: 20480,
  heads: 128,
  dropout: true,
  vocab: 51200,
  seqLen: 2048,
}

/** MT-NLG 530B's three benchmarked cluster sizes (SECONDARY: quoted from §2.4 by llm-analysis and a summary). */
const MT_NLG_RUNS: ScaleRun[] = ([
  [280, 60.1],
  [350, 50.2],
  [420, 44.4],
] as const).map(([servers, seconds]) => ({
  id: `mt-nlg-${servers * 8}`,
  label: `MT-NLG 530B on ${servers * 8} A100 (t 8, p 35, d ${servers / 35})`,
  shape: MT_NLG_SHAPE,
  gpus: servers * 8,
  ...SELENE,
  batchSequences: 1920,
  precision: 'bf16',
  recompute: 'full',
  sequenceParallel: false,
  software: DEEPSPEED_PIPELINE_SOFTWARE,
  // DeepSpeed's pipeline engine runs plain 1F1B: no interleaving.
  layout: { tensorParallel: 8, pipelineParallel: 35, interleave: 1 },
  published: {
    metric: 'step-seconds',
    value: seconds,
    flopConvention: null,
    referenceLabel: 'SECONDARY',
    source: { ...REFERENCES.llmAnalysis, where: `Quoting Smith et al. §2.4: ${servers} DGX servers, ${seconds} s per iteration (${servers === 280
      ? 126
      : servers === 350
        ? 121
        : 113} TFLOP/s per GPU). SECONDARY (Smith et al. not read; llm-analysis and a summary quote it); 1920 × 2048 / 60.1 s = 65.4k tokens/s matches the 65.43K tokens/s in PaLM §4.1 and Appendix B (VERIFIED)`, checked: '2026-12-01' },
  },
  inReference: true,
  assumed: 'Microbatch size not given (the model picks it). Shape as Megatron-LM Table 1\'s 529.6B row; dropout as in Megatron GPT defaults. Gradient all-reduce not overlapped.',
  source: { ...REFERENCES.mtNlg, where: '§2.4/§3.2 (quoted): "8-way tensor-slicing within a node and 35-way pipeline parallelism across nodes", batch 1920, 105 layers, hidden 20480, 128 heads, s = 2048; PaLM Table 3 confirms 2240 A100', checked: '2026-12-01' },
}))

const LLAMA3_SHAPE: SizedDecoderShape = {
  params: 405e9,
  layers: 126,
  dModel: 16384,
  heads: 128,
  kvHeads: 8,
  ffnHidden: 53248,
  gatedMlp: true,
  dropout: false,
  vocab: LLAMA3_VOCAB.value,
  seqLen: 8192,
}

const LLAMA3_CLUSTER = {
  acceleratorId: 'h100-sxm',
  nvlinkDomainGpus: 8,
  // "Both RoCE and Infiniband clusters leverage 400 Gbps interconnects between GPUs".
  interNodeBytesPerSecondPerGpu: 400e9 / 8,
} as const

const LLAMA3_SOFTWARE = {
  flashAttention: true,
  dataParallelOverlap: true,
  scatterGatherP2p: true,
  zeroStage: 2,
} as const
const LLAMA3_ASSUMED = 'V (interleave) and M are not published (the model picks V); one sequence per microbatch, so M = batch per DP group. Sequence parallelism on (Megatron-style TP). FSDP without resharding modelled as ZeRO-2 (gradients and optimizer sharded, weights not). Meta\'s FLOP convention is not stated: read as 6N + causal attention (6·L·H·Q·T), which differs from PaLM\'s 12·L·H·Q·T by 4% at 8K tokens and 40% at 131K. Shape from the Llama 3 paper Table 3 (126 layers, 16,384 width, 128 heads, 8 KV heads, FFN 53,248); vocabulary the released tokenizer\'s 128,256.'
function LLAMA3_TABLE_4(row: string, tflops: number): ScaleRun['published'] {
  return {
    metric: 'model-flops-per-gpu',
    value: tflops * 1e12,
    // Meta does not state its FLOP convention (Table 4, §3.3.2); read as 6N + causal attention.
    flopConvention: 'causal',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.llama3, where: `Table 4, ${row}: ${tflops} TFLOPs/GPU (BF16 MFU = this ÷ 989)`, checked: '2026-12-01' },
  }
}

const LLAMA3_RUNS: ScaleRun[] = [
  {
    id: 'llama3-405b-8k',
    label: 'Llama 3 405B on 8,192 H100 (TP 8, PP 16, DP 64)',
    shape: LLAMA3_SHAPE,
    gpus: 8192,
    ...LLAMA3_CLUSTER,
    batchSequences: 64 * 32,
    precision: 'bf16',
    recompute: 'none',
    sequenceParallel: true,
    software: LLAMA3_SOFTWARE,
    layout: { tensorParallel: 8, pipelineParallel: 16, microbatchSequences: 1 },
    published: LLAMA3_TABLE_4('8,192-GPU row', 430),
    inReference: true,
    assumed: LLAMA3_ASSUMED,
    source: { ...REFERENCES.llama3, where: 'Table 4 (8,192 GPUs, TP 8, CP 1, PP 16, DP 64, seq 8,192, 32 seqs per DP group, 16M tokens); §3.3.1 (H100 80GB, 400 Gbps, 8 GPUs per server); "pre-train Llama 3 on sequences of 8K tokens without activation checkpointing"', checked: '2026-12-01' },
  },
  {
    id: 'llama3-405b-16k',
    label: 'Llama 3 405B on 16,384 H100 (TP 8, PP 16, DP 128)',
    shape: LLAMA3_SHAPE,
    gpus: 16_384,
    ...LLAMA3_CLUSTER,
    batchSequences: 128 * 16,
    precision: 'bf16',
    recompute: 'none',
    sequenceParallel: true,
    software: LLAMA3_SOFTWARE,
    layout: { tensorParallel: 8, pipelineParallel: 16, microbatchSequences: 1 },
    published: LLAMA3_TABLE_4('16,384-GPU row (DP 128)', 400),
    inReference: true,
    assumed: LLAMA3_ASSUMED,
    source: { ...REFERENCES.llama3, where: 'Table 4 (16,384 GPUs, TP 8, CP 1, PP 16, DP 128, seq 8,192, 16 seqs per DP group, 16M tokens)', checked: '2026-12-01' },
  },
  {
    id: 'llama3-405b-cp16',
    label: 'Llama 3 405B long context on 16,384 H100 (TP 8, CP 16, PP 16, DP 8)',
    shape: { ...LLAMA3_SHAPE, seqLen: 131_072 },
    gpus: 16_384,
    ...LLAMA3_CLUSTER,
    batchSequences: 8 * 16,
    precision: 'bf16',
    recompute: 'none',
    sequenceParallel: true,
    software: LLAMA3_SOFTWARE,
    layout: {
      tensorParallel: 8,
      pipelineParallel: 16,
      contextParallel: 16,
      microbatchSequences: 1,
    },
    published: LLAMA3_TABLE_4('CP 16 row (seq 131,072)', 380),
    inReference: true,
    assumed: `${LLAMA3_ASSUMED} DP = 8 (two copies print 4; only 8 gives 16,384 GPUs and 16M tokens).`,
    source: { ...REFERENCES.llama3, where: 'Table 4 (16,384 GPUs, TP 8, CP 16, PP 16, DP 8 (printed "4" in two copies), seq 131,072, 16 seqs per DP group); §3.3.2 (CP all-gathers K and V)', checked: '2026-12-01' },
  },
]

/**
 * BLOOM's embedding rows: the tokenizer's 250,680 tokens padded to 250,880 (a multiple of 128 × TP 4)
 * so the embedding splits evenly; the model card gives the first, the model's config the second.
 */
const BLOOM_EMBEDDING_ROWS = 250_880

/** BLOOM 176B: an A100 run from another team and framework (Megatron-DeepSpeed). */
const BLOOM_RUN: ScaleRun = {
  id: 'bloom-176b',
  label: 'BLOOM 176B on 384 A100 (TP 4, PP 12, DP 8)',
  shape: {
    params: 176.2e9,
    layers: 70,
    dModel: 14336,
    heads: 112,
    dropout: false,
    // The padded embedding (250,880 rows, a multiple of 128 × TP 4), which is what is computed; the
    // tokenizer itself has 250,680 tokens.
    vocab: BLOOM_EMBEDDING_ROWS,
    seqLen: 2048,
  },
  gpus: 384,
  acceleratorId: 'a100-80gb',
  nvlinkDomainGpus: 8,
  // Jean Zay A100 nodes: 4 × 100 Gb/s Omni-Path per 8 GPUs, as remembered (UNVERIFIED); the run is
  // compute-bound (TP inside the node, 12 MB sends between stages), so this matters little.
  interNodeBytesPerSecondPerGpu: 4 * 100e9 / 8 / 8,
  batchSequences: 2048,
  precision: 'bf16',
  recompute: 'full',
  sequenceParallel: false,
  software: DEEPSPEED_PIPELINE_SOFTWARE,
  layout: {
    tensorParallel: 4,
    pipelineParallel: 12,
    interleave: 1,
    microbatchSequences: 2,
  },
  published: {
    metric: 'hardware-flops-per-gpu',
    value: 149.77e12,
    flopConvention: 'megatron-eq3',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.bloomTr11, where: 'Times / throughput: 149.77 TFLOPs per GPU at GBS 2048 (Megatron-DeepSpeed\'s count, recomputation included): VERIFIED, read in the README (the BLOOM paper\'s 156 TFLOPs is only quoted, SECONDARY)', checked: '2026-12-01' },
  },
  inReference: true,
  assumed: 'Layout (TP 4, PP 12, DP 8, MBS 2), shape (70 layers, 14,336 width, 112 heads, 250,880 vocab: the tokenizer\'s 250,680 padded for the embedding) and the Jean Zay network (4 × 100 Gb/s per 8 GPUs) are from the tr11 README and cluster docs as remembered, not re-read here: UNVERIFIED. Plain 1F1B (DeepSpeed pipeline), no interleaving; all-reduce not overlapped.',
  source: { ...REFERENCES.bloomTr11, where: 'Model and parallelism settings (TP 4, PP 12, DP 8, MBS 2, GBS 2048, 70 layers, hidden 14336, 112 heads); batch 2048 × 2048 VERIFIED in the README, the rest UNVERIFIED. Vocabulary: 250,880 is the padded embedding (bigscience/bloom config.json, vocab_size: 250,880), the tokenizer has 250,680 (bigscience/bloom model card); both read in copies (SECONDARY)', checked: '2026-12-01' },
}

/** A model shape as NeMo's recipes set it (public model configs; recalled here, not re-read: UNVERIFIED). */
export const NEMO_SHAPES = {
  'gpt3-5b': {
    params: 5.04e9,
    layers: 24,
    dModel: 4096,
    heads: 32,
    vocab: 51200,
    seqLen: 2048,
  },
  'gpt3-20b': {
    params: 20.2e9,
    layers: 44,
    dModel: 6144,
    heads: 48,
    vocab: 51200,
    seqLen: 2048,
  },
  'gpt3-175b': {
    params: 175e9,
    layers: 96,
    dModel: 12288,
    heads: 96,
    vocab: 51200,
    seqLen: 2048,
  },
  'llama2-7b': {
    params: 6.74e9,
    layers: 32,
    dModel: 4096,
    heads: 32,
    ffnHidden: 11008,
    gatedMlp: true,
    vocab: 32000,
    seqLen: 4096,
  },
  'llama2-13b': {
    params: 13.02e9,
    layers: 40,
    dModel: 5120,
    heads: 40,
    ffnHidden: 13824,
    gatedMlp: true,
    vocab: 32000,
    seqLen: 4096,
  },
  'llama2-70b': {
    params: 68.98e9,
    layers: 80,
    dModel: 8192,
    heads: 64,
    kvHeads: 8,
    ffnHidden: 28672,
    gatedMlp: true,
    vocab: 32000,
    seqLen: 4096,
    // Llama's output layer is its own matrix (tie_word_embeddings false in Meta's configs).
    tiedEmbeddings: false,
  },
  'llama3-8b': { ...LLAMA3_8B_SHAPE, seqLen: 8192 },
  'llama3-70b': {
    params: 70.55e9,
    layers: 80,
    dModel: 8192,
    heads: 64,
    kvHeads: 8,
    ffnHidden: 28672,
    gatedMlp: true,
    vocab: LLAMA3_VOCAB.value,
    seqLen: 8192,
    // Llama's output layer is its own matrix (tie_word_embeddings false in Meta's configs).
    tiedEmbeddings: false,
  },
} as const satisfies Record<string, SizedDecoderShape>

/** NeMo 24.07 FP8 pre-training on DGX-H100: [model, GPUs, GBS, MBS, TP, PP, CP, VP, tokens/s/GPU]. */
const NEMO_ROWS = [
  [
    'gpt3-5b',
    64,
    2048,
    4,
    1,
    1,
    1,
    1,
    22521,
  ],
  [
    'gpt3-20b',
    64,
    256,
    2,
    2,
    1,
    1,
    1,
    5851,
  ],
  [
    'gpt3-175b',
    128,
    256,
    1,
    4,
    8,
    1,
    6,
    726,
  ],
  [
    'gpt3-175b',
    512,
    2048,
    2,
    4,
    8,
    1,
    6,
    782,
  ],
  [
    'llama2-7b',
    8,
    128,
    1,
    1,
    1,
    1,
    1,
    16847,
  ],
  [
    'llama2-13b',
    16,
    128,
    1,
    1,
    4,
    1,
    10,
    8646,
  ],
  [
    'llama2-70b',
    64,
    128,
    1,
    4,
    4,
    1,
    20,
    1707,
  ],
  [
    'llama3-8b',
    8,
    128,
    1,
    1,
    1,
    2,
    1,
    12036,
  ],
  [
    'llama3-70b',
    64,
    128,
    1,
    4,
    4,
    2,
    5,
    1533,
  ],
] as const

const NEMO_RUNS: ScaleRun[] = NEMO_ROWS.map(([model, gpus, gbs, mbs, tp, pp, cp, vp, tokens]) => ({
  id: `nemo-${model}-${gpus}`,
  label: `NeMo 24.07 ${model} on ${gpus} H100, FP8 (TP ${tp}, PP ${pp}${cp > 1
    ? `, CP ${cp}`
    : ''}, VP ${vp})`,
  shape: NEMO_SHAPES[model],
  gpus,
  acceleratorId: 'h100-sxm',
  nvlinkDomainGpus: 8,
  // DGX H100: 8 × ConnectX-7 400 Gb/s per node.
  interNodeBytesPerSecondPerGpu: 400e9 / 8,
  batchSequences: gbs,
  precision: 'fp8',
  recompute: 'none',
  sequenceParallel: tp > 1,
  software: {
    flashAttention: true,
    dataParallelOverlap: true,
    scatterGatherP2p: true,
    zeroStage: 1,
  },
  layout: {
    tensorParallel: tp,
    pipelineParallel: pp,
    contextParallel: cp,
    interleave: vp,
    microbatchSequences: mbs,
  },
  published: {
    metric: 'tokens-per-second-per-gpu',
    value: tokens,
    flopConvention: null,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.nemoPerformance, where: `Pre-training table, ${model.toUpperCase()} row on ${gpus} GPUs: GBS ${gbs}, MBS ${mbs}, TP ${tp}, PP ${pp}, CP ${cp}, VP ${vp}, ${tokens} tokens/s/GPU`, checked: '2026-12-01' },
  },
  // The GPT3-175B (128 and 512 GPUs), LLAMA2-70B and LLAMA3-70B rows are the ones held to 15%.
  inReference: (model === 'gpt3-175b' || model === 'llama2-70b' || model === 'llama3-70b'),
  assumed: 'Model shapes are the public configs as recalled (UNVERIFIED here). No recomputation, sequence parallel with TP, distributed optimizer with overlapped gradient reduction (NeMo defaults); attention and the output layer in BF16. NeMo\'s tensor-parallel communication overlap is not modelled (TP collectives counted as exposed).',
  source: { ...REFERENCES.nemoPerformance, where: 'Pre-training table (NeMo 24.07, DGX-H100, FP8) (VERIFIED: read in the repository)', checked: '2026-12-01' },
}))

/** MosaicGPT shapes (llm/yamls/mosaic_gpt/*.yaml; 50,368-token vocabulary). */
const MOSAIC_SHAPES = {
  gpt1b: { layers: 24, dModel: 2048, heads: 16 },
  gpt7b: { layers: 32, dModel: 4096, heads: 32 },
  gpt13b: { layers: 40, dModel: 5120, heads: 40 },
  gpt30b: { layers: 48, dModel: 7168, heads: 56 },
  gpt70b: { layers: 80, dModel: 8192, heads: 64 },
} as const

/** MosaicML's A100-80GB table: [model, params, seq, GPUs, GBS (sequences), MBS, tokens/s/GPU]. FSDP full shard, no TP/PP. */
const MOSAIC_ROWS = [
  [
    'gpt70b',
    64861528064,
    2048,
    128,
    1024,
    8,
    328.3501,
  ],
  [
    'gpt30b',
    29974418432,
    2048,
    256,
    2048,
    8,
    774.4829,
  ],
  [
    'gpt30b',
    29974418432,
    2048,
    32,
    256,
    8,
    794.6202,
  ],
  [
    'gpt30b',
    30018458624,
    8192,
    64,
    128,
    2,
    656.6118,
  ],
  [
    'gpt13b',
    12853386240,
    2048,
    8,
    2048,
    8,
    1741.1686,
  ],
  [
    'gpt13b',
    12926786560,
    16384,
    8,
    256,
    1,
    1082.4704,
  ],
  [
    'gpt7b',
    6658404352,
    2048,
    8,
    2048,
    16,
    3206.3898,
  ],
  [
    'gpt7b',
    6683570176,
    8192,
    8,
    512,
    4,
    2427.8221,
  ],
  [
    'gpt1b',
    1315723264,
    2048,
    8,
    2048,
    32,
    12593.9379,
  ],
] as const

const MOSAIC_RUNS: ScaleRun[] = MOSAIC_ROWS.map(([model, params, seqLen, gpus, gbs, mbs, tokens]) => ({
  id: `mosaic-${model}-${seqLen}-${gpus}`,
  label: `MosaicML ${model} (seq ${seqLen}) on ${gpus} A100-80GB, FSDP`,
  shape: {
    params,
    ...MOSAIC_SHAPES[model],
    vocab: 50368,
    seqLen,
  },
  gpus,
  acceleratorId: 'a100-80gb',
  nvlinkDomainGpus: 8,
  // MosaicML Cloud: "1600 Gb/s RoCE" per 8-GPU node (the MosaicML blog, read in a summary: SECONDARY).
  interNodeBytesPerSecondPerGpu: 1600e9 / 8 / 8,
  batchSequences: gbs,
  precision: 'bf16',
  recompute: 'full',
  sequenceParallel: false,
  software: FSDP_SOFTWARE,
  layout: { tensorParallel: 1, pipelineParallel: 1, microbatchSequences: mbs },
  published: {
    metric: 'tokens-per-second-per-gpu',
    value: tokens,
    flopConvention: null,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.mosaicThroughput, where: `A100 80GB table, ${model} seq ${seqLen} on ${gpus} GPUs: GBS ${gbs} sequences, MBS ${mbs}, FULL_SHARD, ActCkpt True, amp_bf16: ${tokens} tokens/s/GPU`, checked: '2026-12-01' },
  },
  inReference: false,
  assumed: 'FSDP full shard = ZeRO-3 with per-microbatch gathers prefetched under compute; activation checkpointing = full recomputation; fused (triton) attention. Shapes from the MosaicGPT yamls as recalled.',
  source: { ...REFERENCES.mosaicThroughput, where: 'A100 80GB throughput table (the "~60%" source of the talk: SemiAnalysis links to it)', checked: '2026-12-01' },
}))

/**
 * llm-foundry's H100 tables: [model, precision, seq, GPUs, GBS, MBS, tokens/s/GPU, params]. FSDP full
 * shard, no activation checkpointing, 8 GPUs (one node) or 16. The same model, sequence and GPUs in BF16
 * and in FP8 (Transformer Engine) hold the FP8 speed-up; 3B at 2,048 on 16 GPUs (43.7% MFU) and 1B on 8
 * (41.8%) are the small models at TP 1 on H100. The 8,192-token pair is left out: there attention is a
 * third of the work, and MPT's own attention kernel is not the FlashAttention-2 the H100 attention
 * efficiency describes (the model comes out 38% fast in BF16, 55% in FP8: a check of attention, not of
 * FP8 or GEMM size).
 */
const FOUNDRY_H100_ROWS = [
  [
    '3b',
    'bf16',
    2048,
    16,
    480,
    10,
    24142,
    2651837440,
  ],
  [
    '1b',
    'bf16',
    2048,
    8,
    112,
    14,
    45455,
    1315950592,
  ],
  [
    '3b',
    'bf16',
    512,
    8,
    1920,
    40,
    27965,
    2647905280,
  ],
  [
    '3b',
    'fp8',
    512,
    8,
    1920,
    40,
    36527,
    2647905280,
  ],
  [
    '1b',
    'bf16',
    512,
    8,
    1792,
    56,
    52275,
    1312804864,
  ],
  [
    '1b',
    'fp8',
    512,
    8,
    1792,
    56,
    70315,
    1312804864,
  ],
] as const

/** MPT shapes of llm-foundry's yamls (scripts/train/yamls/pretrain/mpt-{1b,3b}.yaml): FFN 4d, 50,368-token vocabulary. */
const FOUNDRY_SHAPES = {
  '1b': { layers: 24, dModel: 2048, heads: 16 },
  '3b': { layers: 32, dModel: 2560, heads: 20 },
} as const

const FOUNDRY_H100_RUNS: ScaleRun[] = FOUNDRY_H100_ROWS.map(([model, precision, seqLen, gpus, gbs, mbs, tokens, params]) => ({
  id: `foundry-${model}-${seqLen}-${gpus}-${precision}`,
  label: `llm-foundry MPT-${model.toUpperCase()} (seq ${seqLen}) on ${gpus} H100, ${precision.toUpperCase()}, FSDP`,
  shape: {
    params,
    ...FOUNDRY_SHAPES[model],
    vocab: 50368,
    seqLen,
  },
  gpus,
  acceleratorId: 'h100-sxm',
  nvlinkDomainGpus: 8,
  // Not published: the DGX H100 figure, 400 Gb/s per GPU (only the 16-GPU row leaves the node).
  interNodeBytesPerSecondPerGpu: 400e9 / 8,
  batchSequences: gbs,
  precision,
  recompute: 'none',
  sequenceParallel: false,
  software: FSDP_SOFTWARE,
  layout: { tensorParallel: 1, pipelineParallel: 1, microbatchSequences: mbs },
  published: {
    metric: 'tokens-per-second-per-gpu',
    value: tokens,
    flopConvention: null,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.llmFoundryBenchmarks, where: `Table "H100 80GB ${precision === 'fp8'
      ? 'FP8'
      : 'BF16'}", ${model} at ${seqLen} on ${gpus} GPUs: MicroBatchSize ${mbs}, GlobalBatchSize ${gbs}, FULL_SHARD, Activation Checkpointing False: ${tokens} tokens/s/GPU`, checked: '2026-12-07' },
  },
  inReference: false,
  assumed: 'FSDP full shard = ZeRO-3 with per-microbatch gathers prefetched under compute; fused (triton/flash) attention; FP8 through Transformer Engine (delayed scaling) on the Linear layers only; the network between the 16-GPU row\'s two nodes is not published (400 Gb/s per GPU assumed).',
  source: { ...REFERENCES.llmFoundryBenchmarks, where: 'H100 80GB BF16 and FP8 tables; shapes from scripts/train/yamls/pretrain/mpt-1b.yaml and mpt-3b.yaml (d_model 2560, n_heads 20, n_layers 32, expansion_ratio 4, vocab_size 50368)', checked: '2026-12-07' },
}))

/** PaLM's published shape (data/models.ts, the one definition) and size, for its run on TPU v4. */
const PALM_SHAPE: SizedDecoderShape = (() => {
  const palm = MODELS.find(m => m.id === 'palm')!
  const { source: _source, ...shape } = palm.architecture
  return { params: palm.params, ...shape }
})()

/**
 * PaLM 540B on 6,144 TPU v4 chips: two pods of 3,072 (12 × 16 × 16 tori), 12-way model parallelism
 * and 256-way fully sharded data parallelism inside each pod, data parallelism across the two pods
 * over the data-center network. Its 46.2% MFU (6N + 12·L·H·Q·T against 275 TFLOP/s) is held as FLOP/s
 * per chip in that convention. The TPU v4 kernel efficiency is measured on inference, not solved from
 * this run, so it is an outside check of the torus, the DCN and the TPU.
 */
const PALM_RUN: ScaleRun = {
  id: 'palm-540b',
  label: 'PaLM 540B on 6,144 TPU v4 (model parallel 12, FSDP 256 per pod × 2 pods)',
  shape: PALM_SHAPE,
  gpus: 6144,
  acceleratorId: 'tpu-v4',
  // One pod's chips: the scale-up (ICI) domain.
  nvlinkDomainGpus: 3072,
  // The DCN per chip (data/cluster-fabric.ts): 2.5e10 B/s per 4-chip host.
  interNodeBytesPerSecondPerGpu: 2.5e10 / 4,
  torus: { dimensions: 3, axisChips: 16, linkBytesPerSecond: 1.1e15 / 4096 / 6 },
  batchSequences: 2048,
  precision: 'bf16',
  recompute: 'full',
  sequenceParallel: false,
  software: {
    flashAttention: false,
    dataParallelOverlap: true,
    scatterGatherP2p: true,
    zeroStage: 3,
  },
  layout: { tensorParallel: 12, pipelineParallel: 1 },
  published: {
    metric: 'model-flops-per-gpu',
    value: 0.462 * 275e12,
    flopConvention: 'palm',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.palm2022, where: 'Table 3 and §4.1: 46.2% MFU (6N + 12·L·H·Q·T per token against 275 TFLOP/s per chip; 238.3K tokens/s at batch 2,048), 57.8% HFU', checked: '2026-12-07' },
  },
  inReference: false,
  assumed: 'Model parallelism as tensor parallelism over 12 chips of one torus axis (PaLM shards weights in 2D; the volume is comparable, not the same); rematerialization as full recomputation (the published HFU ÷ MFU = 1.25 says about three-quarters of the forward was recomputed; full costs 1.33); batch 2,048 sequences (the last and longest phase; 512 and 1,024 earlier); microbatch searched; attention unfused (2022, no FlashAttention on TPU).',
  source: { ...REFERENCES.palm2022, where: '§4: "6144 TPU v4 chips … across two TPU v4 Pods", 3,072 chips per Pod, "12-way model parallelism and 256-way fully sharded data parallelism" within a pod, pod-level data parallelism over the DCN; Table 1 shape; §5 batch 512 → 1,024 → 2,048', checked: '2026-12-07' },
}

export const SCALE_RUNS: readonly ScaleRun[] = [
  ...MEGATRON_TABLE_1_RUNS,
  ...MEGATRON_TABLE_2_RUNS,
  ...MT_NLG_RUNS,
  BLOOM_RUN,
  ...LLAMA3_RUNS,
  ...NEMO_RUNS,
  ...MOSAIC_RUNS,
  ...FOUNDRY_H100_RUNS,
  PALM_RUN,
]

/** The talk's wall: 1T parameters (Megatron-LM's 1T shape and batch), 100k A100-80GB, 20 tokens per parameter. */
export const SCALING_WALL_SCENARIO = {
  shape: {
    params: 1.008e12,
    layers: 128,
    dModel: 25600,
    heads: 160,
    vocab: 51200,
    seqLen: 2048,
    dropout: false,
  } satisfies SizedDecoderShape,
  gpus: 100_000,
  acceleratorId: 'a100-80gb',
  nvlinkDomainGpus: 8,
  interNodeBytesPerSecondPerGpu: 200e9 / 8,
  batchSequences: 3072,
  tokensPerParam: 20,
  talkMonths: 3,
  talkMfu: 0.45,
  source: { ...REFERENCES.megatron2021, where: 'Table 1, 1008B row (128 layers, hidden 25600, 160 heads, batch 3072 × 2048) and §5 (8 × 200 Gb/s HDR per DGX A100); 100k A100 and ~3 months from SemiAnalysis "The AI Brick Wall"; 20 tokens/parameter from Chinchilla Table 3', checked: '2026-12-01' },
} as const
