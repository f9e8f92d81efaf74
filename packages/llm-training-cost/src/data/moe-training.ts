/**
 * Facts about training a mixture of experts that the scale model uses: the imbalance between experts
 * it assumes, what DeepSeek-V3's overlap of the all-to-all costs, and DeepSeek-V3's published run
 * (shape, cluster, layout, software, throughput). Values only.
 */
import type { ExpertShape, LatentAttention, SizedDecoderShape } from './decoder-shape.ts'
import type { ScaleRun } from './scale-runs.ts'
import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** A stated or sourced constant with why. */
interface Stated {
  value: number
  why: string
  source: Source
}

export const EXPERT_PARALLEL = {
  /**
   * Most-loaded expert rank over the mean (max/mean tokens): the step waits for the slowest rank of
   * each all-to-all. A stated assumption, not a measurement: 1 (balanced).
   */
  imbalance: {
    value: 1,
    why: 'Balanced routing, assumed: DeepSeek-V3 balances its experts with a bias on the routing scores and "does not drop any tokens", but publishes no max/mean load per GPU; Switch Transformer\'s best capacity factors (1.0–1.25) bound the headroom an expert needed. The factor is an input (software.expertImbalance) for what-ifs.',
    source: { ...REFERENCES.deepseekV3, where: '§2.1.2 (auxiliary-loss-free load balancing; "DeepSeek-V3 does not drop any tokens during training"); Switch Transformer (arXiv 2101.03961) Table 1 discussion: capacity factors 1.0 and 1.25 performed best', checked: '2026-12-07' },
  },
  /**
   * Share of a GPU's SMs that run the all-to-all while it overlaps compute (DeepSeek-V3: 20 of the
   * H800's 132 SMs); the compute of an overlapped run gets the rest.
   */
  communicationSmShare: {
    value: 20 / 132,
    why: 'DeepSeek-V3 dedicates 20 SMs to its all-to-all kernels so that communication overlaps compute; 132 SMs per H800 is assumed from the H100 SXM, the same die.',
    source: { ...REFERENCES.deepseekV3, where: '§3.2.2: "we only need 20 SMs … partition 20 SMs into 10 communication channels"; the H800\'s 132 SMs as the H100 SXM\'s (SECONDARY: no NVIDIA H800 datasheet found)', checked: '2026-12-07' },
  },
} as const satisfies Record<string, Stated>

/** DeepSeek-V3's experts, as config_671B.json and §4.2 give them. */
export const DEEPSEEK_V3_EXPERTS = {
  routed: 256,
  topK: 8,
  ffnHidden: 2048,
  shared: 1,
  denseLayers: 3,
  // "each token will be sent to at most M nodes" with M = 4 (§2.1.2, §4.2).
  nodeLimit: 4,
} as const satisfies ExpertShape

/** DeepSeek-V3's multi-head latent attention (config_671B.json: q_lora_rank, kv_lora_rank, qk_rope_head_dim, v_head_dim). */
export const DEEPSEEK_V3_MLA = {
  qRank: 1536,
  kvRank: 512,
  ropeHeadDim: 64,
  vHeadDim: 128,
} as const satisfies LatentAttention

const DEEPSEEK_V3_SHAPE_SOURCE: Source = { ...REFERENCES.deepseekV3Config, where: 'vocab_size 129280, dim 7168, inter_dim 18432, moe_inter_dim 2048, n_layers 61, n_dense_layers 3, n_heads 128, n_routed_experts 256, n_shared_experts 1, n_activated_experts 8, q_lora_rank 1536, kv_lora_rank 512, qk_nope_head_dim 128, qk_rope_head_dim 64, v_head_dim 128; the paper\'s §4.2 gives the same and "at most 4 nodes", pre-training at 4K tokens', checked: '2026-12-07' }

/** DeepSeek-V3 as the scale model takes it: 671B parameters (the main model; the 14B multi-token-prediction module is left out). */
export const DEEPSEEK_V3_SHAPE = {
  params: 671e9,
  layers: 61,
  dModel: 7168,
  heads: 128,
  headDim: 128,
  ffnHidden: 18_432,
  gatedMlp: true,
  seqLen: 4096,
  vocab: 129_280,
  // Separate input embedding and output head (the reference code's \`embed\` and \`head\`).
  tiedEmbeddings: false,
  experts: DEEPSEEK_V3_EXPERTS,
  latentAttention: DEEPSEEK_V3_MLA,
} as const satisfies SizedDecoderShape

export { DEEPSEEK_V3_SHAPE_SOURCE }

/**
 * DeepSeek-V3's software as published (§3.2–3.3): DualPipe (bidirectional pipeline, all-to-all hidden
 * under the other direction's compute on 20 SMs), no tensor parallelism, ZeRO-1, FP8 GEMMs.
 */
export const DEEPSEEK_V3_SOFTWARE = {
  flashAttention: true,
  dataParallelOverlap: true,
  scatterGatherP2p: true,
  zeroStage: 1,
  pipelineSchedule: 'dualpipe',
  expertOverlap: true,
  communicationSmShare: EXPERT_PARALLEL.communicationSmShare.value,
} as const

/** DeepSeek-V3's full batch: 15,360 sequences of 4K tokens after the first 469B tokens (§4.2). */
export const DEEPSEEK_V3_BATCH_SEQUENCES = 15_360

/**
 * DeepSeek-V3's pre-training on 2,048 H800 as published: the layout of §3.2 and the throughput of §1
 * ("180K H800 GPU hours" per trillion tokens = 1,543 tokens per second per GPU).
 */
export const DEEPSEEK_V3_RUN: ScaleRun = {
  id: 'deepseek-v3-2048',
  label: 'DeepSeek-V3 on 2,048 H800 (PP 16, EP 64, ZeRO-1 DP, FP8)',
  shape: DEEPSEEK_V3_SHAPE,
  gpus: 2048,
  acceleratorId: 'h800',
  nvlinkDomainGpus: 8,
  // "IB (50 GB/s)" per GPU.
  interNodeBytesPerSecondPerGpu: 50e9,
  batchSequences: DEEPSEEK_V3_BATCH_SEQUENCES,
  precision: 'fp8',
  // DeepSeek recomputes RMSNorm and the MLA up-projections and caches activations in FP8 (§3.3.2): between
  // the scale model's 'selective' and 'full'; 'full' is what fits its memory model.
  recompute: 'full',
  sequenceParallel: false,
  software: DEEPSEEK_V3_SOFTWARE,
  layout: {
    tensorParallel: 1,
    pipelineParallel: 16,
    expertParallel: 64,
    microbatchSequences: 1,
  },
  published: {
    metric: 'tokens-per-second-per-gpu',
    value: 1e12 / (180e3 * 3600),
    flopConvention: null,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.deepseekV3, where: '§1: "training DeepSeek-V3 on each trillion tokens requires only 180K H800 GPU hours, i.e., 3.7 days on our cluster with 2048 H800 GPUs" (= 2,664K pre-training hours ÷ 14.8T tokens, Table 1)', checked: '2026-12-07' },
  },
  assumed: 'Microbatch 1 sequence (not published); the full 15,360-sequence batch throughout (the ramp from 3,072 over the first 469B tokens is left out); DualPipe\'s bubble (PP/2 − 1)(F&B + B − 3W) with B = 2F and W = F; the all-to-all hidden under compute where it is shorter; 20 of 132 SMs on communication; balanced experts; full recomputation standing in for DeepSeek\'s partial recomputation with FP8 activation caching.',
  inReference: true,
  source: { ...REFERENCES.deepseekV3, where: '§3.1 (2,048 H800, 8 per node on NVLink, InfiniBand across), §3.2 ("16-way Pipeline Parallelism (PP), 64-way Expert Parallelism (EP) spanning 8 nodes, and ZeRO-1 Data Parallelism (DP)"; no tensor parallelism; NVLink 160 GB/s, IB 50 GB/s), §4.2 (batch 15,360 × 4K)', checked: '2026-12-07' },
}

/**
 * Mixtral 8x7B (arXiv 2401.04088 Table 1): every MLP a layer of 8 SwiGLU experts, 2 per token. No
 * training layout or throughput was published, so it checks the parameter count only ("47B", "13B active").
 */
export const MIXTRAL_8X7B_SHAPE = {
  params: 46.7e9,
  layers: 32,
  dModel: 4096,
  heads: 32,
  headDim: 128,
  kvHeads: 8,
  ffnHidden: 14_336,
  gatedMlp: true,
  seqLen: 32_768,
  vocab: 32_000,
  // Separate embedding and output matrices (the reference code's tok_embeddings and output).
  tiedEmbeddings: false,
  experts: { routed: 8, topK: 2, ffnHidden: 14_336 },
} as const satisfies SizedDecoderShape

export const MIXTRAL_8X7B_SOURCE: Source = { ...REFERENCES.mixtral, where: 'Table 1: dim 4096, n_layers 32, head_dim 128, hidden_dim 14336, n_heads 32, n_kv_heads 8, context_len 32768, vocab_size 32000, num_experts 8, top_k_experts 2; §2.1: "each token has access to 47B parameters, but only uses 13B active parameters" (SECONDARY: read in a verbatim copy)', checked: '2026-12-07' }
