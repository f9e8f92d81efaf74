import type { AcceleratorId } from './accelerators.ts'
import type { DecoderShape } from './decoder-shape.ts'
import type { Source } from './source.ts'
import { DEEPSEEK_V3_SHAPE, DEEPSEEK_V3_SHAPE_SOURCE } from './moe-training.ts'
import { MEGATRON_TABLE_1 } from './published-claims.ts'
import { REFERENCES } from './source.ts'

/** Decoder-only Transformer shape, as published. */
export interface Architecture extends DecoderShape {
  /** Published per-head width (the papers give it; DecoderShape's default would hide a mismatch). */
  headDim: number
  source: Source
  /** Where tied or untied embeddings are stated, when not in `source`. */
  tiedSource?: Source
}

/** A number a paper reported about its own run, with where it said so. */
export interface Reported<T = number> {
  value: T
  source: Source
}

export interface TrainingHardware {
  acceleratorId: AcceleratorId
  /** Accelerators in the cluster; absent where the source gives none. */
  chips?: number
  /** Booked accelerator-hours of the whole run, where published. */
  chipHours?: number
  /**
   * Accelerator-hours of pre-training alone, where the source separates them from context extension and
   * post-training (DeepSeek-V3). The model's `tokens` are pre-training tokens, so a utilization implied
   * from them is over these hours; absent: `chipHours` is all there is.
   */
  pretrainingChipHours?: number
  source: Source
}

/** What a run cost by its own authors' account, with what the figure leaves out. */
export interface PublishedCost {
  usd: number
  usdPerGpuHour: number
  /** What the figure covers and does not, in the authors' words where they gave them. */
  caveat: string
  source: Source
}

export interface Model {
  id: string
  name: string
  /** The name on a chart caption or a narrow column: no size suffix, no edition ("MT-NLG", not "Megatron-Turing NLG 530B"). */
  shortName: string
  /** Parameter count N: every parameter, as memory and checkpoints hold them. */
  params: number
  /** Parameters used per token (mixture of experts); absent for a dense model (all of them). */
  activeParams?: number
  /** The format the run's matmuls used, where it was not BF16/FP16. */
  trainingPrecision?: 'fp8'
  /** The authors' own cost figure, where they published one. */
  publishedCost?: PublishedCost
  /** Published share of the run's time that trained ("effective training time"). */
  reportedGoodput?: Reported
  /** Training tokens D. */
  tokens: number
  /** Where N and D come from. */
  source: Source
  architecture?: Architecture
  /** Training FLOPs as the authors (or the closest primary-source copy) reported them. */
  reportedTrainingFlops?: Reported
  hardware?: TrainingHardware
  /** Model FLOPs utilization the run achieved, as reported (PaLM Table 3 where available). */
  reportedMfu?: Reported
}

/**
 * Llama 3's vocabulary, one fact for every Llama 3 shape in data/: the released tokenizer's 128,256
 * tokens (128,000 BPE tokens, which the paper's Table 3 and "128K tokens" give, plus 256 reserved
 * special tokens), the size of the embedding matrix the model trains.
 */
export const LLAMA3_VOCAB = {
  value: 128_256,
  source: {
    title: 'meta-llama/llama-models, models/llama3/tokenizer.py (the released Llama 3 tokenizer)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3/tokenizer.py',
    where: 'Tokenizer: the BPE ranks (128,000, the paper\'s "128K tokens", Table 3) plus num_reserved_special_tokens = 256, numbered from 128,000: 128,256 tokens. Read in copies of Meta\'s file (SECONDARY)',
    checked: '2026-12-07',
  },
} as const satisfies Reported

/**
 * Llama 3 8B's shape (Llama 3 paper, arXiv 2407.21783, Table 3: 32 layers × 4,096, 32 heads, 8 KV
 * heads, FFN 14,336, SwiGLU; the released tokenizer's vocabulary; an untied output layer, llama-models'
 * model.py): one definition for the runs and checks that train it. Not a model of MODELS (no published
 * training cost), so its published size "8B" rides here. Checked 2026-12-07.
 */
export const LLAMA3_8B_SHAPE = {
  params: 8.03e9,
  layers: 32,
  dModel: 4096,
  heads: 32,
  kvHeads: 8,
  ffnHidden: 14_336,
  gatedMlp: true,
  vocab: LLAMA3_VOCAB.value,
  tiedEmbeddings: false,
} as const satisfies DecoderShape & { params: number }

const CHINCHILLA_TABLE_1 = { ...REFERENCES.chinchilla2022, where: 'Table 1 "Current LLMs" (model size and training tokens)', checked: '2026-11-26' } as const satisfies Source

export const MODELS = [
  {
    id: 'lamda',
    name: 'LaMDA',
    shortName: 'LaMDA',
    params: 137e9,
    tokens: 168e9,
    source: CHINCHILLA_TABLE_1,
    architecture: {
      layers: 64,
      dModel: 8192,
      heads: 128,
      headDim: 128,
      ffnHidden: 65536,
      gatedMlp: true,
      // No sequence length: the paper gives none for pre-training (the 2048 this entry had was unsourced).
      // The published 137B counts no embedding, so no vocabulary here either.
      source: { ...REFERENCES.lamda, where: 'Section 3 (LaMDA pre-training): "137B non-embedding parameters", 64 layers, d_model = 8192, d_ff = 65536, h = 128, d_k = d_v = 128, gated-GELU activation', checked: '2026-12-01' },
    },
    // The paper's 3.55e23 is 2.6× 6·N·(168B tokens): do not use it to check 6ND (token count or FLOP convention differ).
    reportedTrainingFlops: {
      value: 3.55e23,
      source: { ...REFERENCES.lamda, where: 'Section 10: "56.5% × 123 TFLOPS/s × 1024 chips × 57.7 days"', checked: '2026-11-26' },
    },
    hardware: {
      acceleratorId: 'tpu-v3',
      chips: 1024,
      chipHours: 1_418_035.2 /* 1024 chips × 57.7 days × 24 h */,
      source: { ...REFERENCES.lamda, where: 'Section 10: 1024 TPU-v3 chips for 57.7 days', checked: '2026-11-26' },
    },
  },
  {
    id: 'gpt-3',
    name: 'GPT-3',
    shortName: 'GPT-3',
    params: 175e9,
    tokens: 300e9,
    source: CHINCHILLA_TABLE_1,
    architecture: {
      layers: 96,
      dModel: 12288,
      heads: 96,
      headDim: 128,
      ffnHidden: 4 * 12288,
      seqLen: 2048,
      vocab: 50257,
      tiedEmbeddings: true,
      source: { ...REFERENCES.gpt3, where: 'Table 2.1 (GPT-3 175B: n_layers 96, d_model 12288, n_heads 96, d_head 128, n_ctx 2048); §2.1 ("the feedforward layer four times the size of the bottleneck layer, d_ff = 4 ∗ d_model"; "the same model and architecture as GPT-2"); vocabulary of the GPT-2 BPE', checked: '2026-12-07' },
      // Tied: GPT-2's model, which §2.1 says GPT-3 reuses, computes its logits with the token embedding.
      tiedSource: { ...REFERENCES.gpt2Model, where: 'model(): "logits = tf.matmul(h_flat, wte, transpose_b=True)" (DERIVED for GPT-3 from §2.1)', checked: '2026-12-07' },
    },
    reportedTrainingFlops: {
      value: 3.14e23,
      source: { ...REFERENCES.gpt3, where: 'Table D.1: 3.64E+03 petaflop/s-days', checked: '2026-11-26' },
    },
    reportedMfu: {
      value: 0.213,
      source: { ...REFERENCES.palm2022, where: 'Table 3 (MFU 21.3% on V100, from 24.6 non-attention TFLOP/s per GPU)', checked: '2026-11-26' },
    },
  },
  {
    id: 'jurassic-1',
    name: 'Jurassic-1 Jumbo',
    shortName: 'Jurassic-1',
    params: 178e9,
    tokens: 300e9,
    source: CHINCHILLA_TABLE_1,
    architecture: {
      layers: 76,
      dModel: 13824,
      heads: 96,
      headDim: 144,
      seqLen: 2048,
      vocab: 256e3,
      source: { ...REFERENCES.jurassic1, where: 'Table 1 (J1-Jumbo: 76 layers, d_model 13824, 96 heads of 144); 2048 context and 256K vocabulary', checked: '2026-11-26' },
    },
  },
  {
    id: 'gopher',
    name: 'Gopher',
    shortName: 'Gopher',
    params: 280e9,
    tokens: 300e9,
    source: CHINCHILLA_TABLE_1,
    architecture: {
      layers: 80,
      dModel: 16384,
      heads: 128,
      headDim: 128,
      seqLen: 2048,
      source: { ...REFERENCES.chinchilla2022, where: 'Table 4 (Gopher 280B: 80 layers, 128 heads, key/value size 128, d_model 16,384)', checked: '2026-11-26' },
    },
    reportedTrainingFlops: {
      value: 6.31e23,
      source: { ...REFERENCES.gopher, where: 'Table A26: 6.31E+08 train PFLOPs', checked: '2026-11-26' },
    },
    hardware: {
      acceleratorId: 'tpu-v3',
      chips: 4096,
      chipHours: 3_768_320 /* 4096 chips × 920 h */,
      source: { ...REFERENCES.gopher, where: 'Section 4 / Appendix: 4096 TPUv3 chips ("four DCN-connected TPU v3 Pods", also in PaLM §4); "We trained Gopher for 920 hours" (SECONDARY: quoted by third parties, not read in the paper here)', checked: '2026-11-26' },
    },
    reportedMfu: {
      value: 0.325,
      source: { ...REFERENCES.palm2022, where: 'Table 3 (Gopher 280B, 4096 TPU v3, MFU 32.5%)', checked: '2026-11-26' },
    },
  },
  {
    id: 'mt-nlg',
    name: 'Megatron-Turing NLG 530B',
    shortName: 'MT-NLG',
    params: 530e9,
    tokens: 270e9,
    source: CHINCHILLA_TABLE_1,
    architecture: {
      layers: 105,
      dModel: 20480,
      heads: 128,
      headDim: 160,
      seqLen: 2048,
      // Smith et al. give no vocabulary size in the section cited: 51,200 is Megatron-LM's padded GPT-2
      // vocabulary, which Narayanan et al. use for the same 530B shape (§5.1). Assumed, not published.
      vocab: MEGATRON_TABLE_1.vocab,
      source: { ...REFERENCES.mtNlg, where: 'Section 3 model configuration: 105 layers, hidden 20480, 128 heads, sequence 2048 (same shape as Megatron-LM Table 1 529.6B row). The vocabulary is not stated there: 51,200 is Megatron-LM\'s (Narayanan et al. §5.1, "All models use a vocabulary size (denoted by V) of 51,200"), assumed for MT-NLG (DERIVED)', checked: '2026-11-26' },
    },
    hardware: {
      acceleratorId: 'a100-80gb',
      chips: 2240,
      source: { ...REFERENCES.palm2022, where: 'Table 3 (Megatron-Turing NLG 530B, 2240 A100); its 65.43K tokens/sec throughput is in Section 4.1 and Appendix B, not in the table', checked: '2026-11-26' },
    },
    reportedMfu: {
      value: 0.302,
      source: { ...REFERENCES.palm2022, where: 'Table 3 (MFU 30.2%); Section 4.1 / Appendix B: "29.7% without self-attention or 30.2% with it" from 65.43K tokens/sec', checked: '2026-11-26' },
    },
  },
  {
    id: 'chinchilla',
    name: 'Chinchilla',
    shortName: 'Chinchilla',
    params: 70e9,
    tokens: 1.4e12,
    source: CHINCHILLA_TABLE_1,
    architecture: {
      layers: 80,
      dModel: 8192,
      heads: 64,
      headDim: 128,
      seqLen: 2048,
      source: { ...REFERENCES.chinchilla2022, where: 'Table 4 (Chinchilla 70B: 80 layers, 64 heads, key/value size 128, d_model 8,192)', checked: '2026-11-26' },
    },
    // Same budget as Gopher by design; 6·N·D gives 5.88e23 (+2%).
    reportedTrainingFlops: {
      value: 5.76e23,
      source: { ...REFERENCES.chinchilla2022, where: 'Figure 2 caption / Section 4: "Both Chinchilla and Gopher have been trained for the same number of FLOPs" (5.76e23)', checked: '2026-11-26' },
    },
  },
  {
    id: 'palm',
    name: 'PaLM 540B',
    shortName: 'PaLM',
    params: 540.35e9,
    tokens: 780e9,
    source: { ...REFERENCES.palm2022, where: 'Table 1 (540.35B parameters) and Section 1 ("trained on 780 billion tokens")', checked: '2026-11-26' },
    architecture: {
      layers: 118,
      dModel: 18432,
      heads: 48,
      headDim: 256,
      kvHeads: 1,
      ffnHidden: 4 * 18432,
      gatedMlp: true,
      seqLen: 2048,
      vocab: 256e3,
      tiedEmbeddings: true,
      source: { ...REFERENCES.palm2022, where: 'Table 1 (540B: 118 layers, d_model 18432, 48 heads, head size 256; "the feed-forward size d_ff is always 4 × d_model") and Section 2 (SwiGLU activation, multi-query attention, shared input-output embeddings, 2048 sequence length, 256k SentencePiece vocabulary)', checked: '2026-12-01' },
    },
    reportedTrainingFlops: {
      value: 2.56e24,
      source: { ...REFERENCES.palm2022, where: 'Appendix B: 2.56e24 training FLOPs', checked: '2026-11-26' },
    },
    hardware: {
      acceleratorId: 'tpu-v4',
      chips: 6144,
      chipHours: 8_404_992 /* 6144 × 1200 h + 3072 × 336 h */,
      source: { ...REFERENCES.palm2022, where: 'Section 4 / Appendix B: 6144 TPU v4 chips for 1200 hours plus 3072 chips for 336 hours', checked: '2026-11-26' },
    },
    reportedMfu: {
      value: 0.462,
      source: { ...REFERENCES.palm2022, where: 'Table 3 and Section 4.1: 46.2% MFU (45.7% without self-attention), 57.8% HFU', checked: '2026-11-26' },
    },
  },
  {
    id: 'mosaic-gpt-30b',
    name: 'MosaicML GPT-30B',
    shortName: 'MosaicML 30B',
    // Nominal size as the blog names it; the yaml's exact count (29.97B) is in MOSAIC_THROUGHPUT.
    params: 30e9,
    tokens: 610e9,
    source: { ...REFERENCES.mosaicGpt3Quality, where: 'Results table, GPT-30B row: Chinchilla-optimal, 610B tokens, ~$450k', checked: '2026-11-26' },
    architecture: {
      layers: 48,
      dModel: 7168,
      heads: 56,
      headDim: 128,
      seqLen: 2048,
      source: { ...REFERENCES.mosaicThroughput, where: 'llm/yamls/mosaic_gpt/30b.yaml: n_layers 48, d_model 7168, n_heads 56, max_seq_len 2048', checked: '2026-11-26' },
    },
  },
  {
    id: 'mosaic-gpt-70b',
    name: 'MosaicML GPT-70B',
    shortName: 'MosaicML 70B',
    // Nominal size as the blog names it; the yaml's exact count (64.86B) is in MOSAIC_THROUGHPUT.
    params: 70e9,
    // Not printed in Mosaic's text; Chinchilla-size. SemiAnalysis' $1.75M reproduces at 45% MFU with D = 1.4T.
    tokens: 1.4e12,
    source: { ...REFERENCES.mosaicGpt3Quality, where: 'Results table, GPT-70B row ("Chinchilla size and quality models for ~$2,500,000"; 1.4T tokens as Chinchilla)', checked: '2026-11-26' },
    architecture: {
      layers: 80,
      dModel: 8192,
      heads: 64,
      headDim: 128,
      seqLen: 2048,
      source: { ...REFERENCES.mosaicThroughput, where: 'llm/yamls/mosaic_gpt/70b.yaml: n_layers 80, d_model 8192, n_heads 64, max_seq_len 2048', checked: '2026-11-26' },
    },
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    shortName: 'Llama 2',
    params: 70e9,
    tokens: 2.0e12,
    source: { ...REFERENCES.llama2ModelCard, where: '"Llama 2 family of models" table: 70B, 4k context, GQA, 2.0T tokens ("Token counts refer to pretraining data only")', checked: '2026-12-01' },
    architecture: {
      layers: 80,
      dModel: 8192,
      heads: 64,
      headDim: 128,
      kvHeads: 8,
      ffnHidden: 28672,
      gatedMlp: true,
      seqLen: 4096,
      vocab: 32000,
      tiedEmbeddings: false,
      source: { ...REFERENCES.llama2_70bConfig, where: 'num_hidden_layers 80, hidden_size 8192, num_attention_heads 64, num_key_value_heads 8, intermediate_size 28672, hidden_act "silu" (SwiGLU), vocab_size 32000, tie_word_embeddings false (SECONDARY: read in copies of the file); 4k context and GQA: the Llama 2 model card', checked: '2026-12-07' },
      tiedSource: { ...REFERENCES.llama2Model, where: 'Transformer.__init__: tok_embeddings and a separate output = ColumnParallelLinear(dim, vocab_size)', checked: '2026-12-07' },
    },
    hardware: {
      acceleratorId: 'a100-80gb',
      chipHours: 1_720_320,
      // The card's hours are pre-training only ("CO2 emissions during pretraining").
      pretrainingChipHours: 1_720_320,
      source: { ...REFERENCES.llama2ModelCard, where: '"CO2 emissions during pretraining": Llama 2 70B, 1,720,320 GPU hours on A100-80GB (TDP 350–400 W); pre-training only; the card gives no GPU count', checked: '2026-12-01' },
    },
  },
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    shortName: 'Llama 3.1',
    params: 405e9,
    tokens: 15.6e12,
    source: { ...REFERENCES.llama3, where: 'Section 1: the flagship model, "405B trainable parameters on 15.6T text tokens"', checked: '2026-12-01' },
    architecture: {
      layers: 126,
      dModel: 16384,
      heads: 128,
      headDim: 128,
      kvHeads: 8,
      ffnHidden: 53248,
      gatedMlp: true,
      seqLen: 8192,
      vocab: LLAMA3_VOCAB.value,
      tiedEmbeddings: false,
      source: { ...REFERENCES.llama3, where: 'Table 3 (405B: 126 layers, model dimension 16,384, FFN dimension 53,248, 128 attention heads, 8 key/value heads, SwiGLU) and Section 3.4 (pre-training on 8K sequences). Vocabulary: the released tokenizer\'s 128,256 (LLAMA3_VOCAB), of which Table 3\'s 128,000 are the BPE tokens', checked: '2026-12-07' },
      tiedSource: { ...REFERENCES.llama3Model, where: 'Transformer.__init__: tok_embeddings = VocabParallelEmbedding(vocab_size, dim) and a separate output = ColumnParallelLinear(dim, vocab_size)', checked: '2026-12-07' },
    },
    reportedTrainingFlops: {
      value: 3.8e25,
      source: { ...REFERENCES.llama3, where: 'Section 1 and 3.2.1: "pre-trained using 3.8 × 10^25 FLOPs"', checked: '2026-12-01' },
    },
    hardware: {
      acceleratorId: 'h100-sxm',
      chips: 16384,
      chipHours: 30.84e6,
      source: { ...REFERENCES.llama31ModelCard, where: '"Training Energy Use": 405B, 30.84M GPU hours on H100-80GB (TDP of 700W); up to 16K H100 GPUs per Llama 3 Section 3.3. The card does not say whether post-training is included', checked: '2026-12-01' },
    },
    reportedMfu: {
      value: 0.41,
      source: { ...REFERENCES.llama3, where: 'Table 4 ("Scaling configurations and MFU for each stage of Llama 3 405B pre-training"): BF16 MFU 43% (8,192 GPUs, DP 64), 41% (16,384 GPUs, DP 128, sequence 8,192: the value used, the 16K-GPU row at the 8K pre-training length), 38% (16,384 GPUs, CP 16, sequence 131,072); Section 3.3.2 "38-43%"', checked: '2026-12-01' },
    },
    reportedGoodput: {
      value: 0.9,
      source: { ...REFERENCES.llama3, where: 'Section 3.3.4: "higher than 90% effective training time" over a 54-day snapshot', checked: '2026-12-01' },
    },
  },
  {
    id: 'deepseek-v3',
    name: 'DeepSeek-V3',
    shortName: 'DeepSeek-V3',
    params: 671e9,
    activeParams: 37e9,
    tokens: 14.8e12,
    source: { ...REFERENCES.deepseekV3, where: 'Abstract: "671B total parameters with 37B activated for each token"; Section 4.1 (Data Construction): 14.8T tokens', checked: '2026-12-01' },
    // 61 layers (the first 3 dense), 256 routed experts of width 2,048 with 8 per token and 1 shared,
    // multi-head latent attention; pre-trained on 4K sequences. The shape counts 671.0B and 37.6B active.
    architecture: {
      layers: DEEPSEEK_V3_SHAPE.layers,
      dModel: DEEPSEEK_V3_SHAPE.dModel,
      heads: DEEPSEEK_V3_SHAPE.heads,
      headDim: DEEPSEEK_V3_SHAPE.headDim,
      ffnHidden: DEEPSEEK_V3_SHAPE.ffnHidden,
      gatedMlp: DEEPSEEK_V3_SHAPE.gatedMlp,
      seqLen: DEEPSEEK_V3_SHAPE.seqLen,
      vocab: DEEPSEEK_V3_SHAPE.vocab,
      tiedEmbeddings: DEEPSEEK_V3_SHAPE.tiedEmbeddings,
      experts: DEEPSEEK_V3_SHAPE.experts,
      latentAttention: DEEPSEEK_V3_SHAPE.latentAttention,
      source: DEEPSEEK_V3_SHAPE_SOURCE,
    },
    trainingPrecision: 'fp8',
    hardware: {
      acceleratorId: 'h800',
      chips: 2048,
      chipHours: 2.788e6,
      // 2,664K ÷ 14.8T tokens = 180K per trillion, the "180K H800 GPU hours" per trillion tokens of §1.
      pretrainingChipHours: 2.664e6,
      source: { ...REFERENCES.deepseekV3, where: 'Table 1: pre-training 2,664K, context extension 119K, post-training 5K, total 2,788K H800 GPU hours, on "2048 NVIDIA H800 GPUs" (Section 3.1); Section 1: "each trillion tokens requires only 180K H800 GPU hours" (= 2,664K ÷ 14.8T)', checked: '2026-12-01' },
    },
    publishedCost: {
      usd: 5.576e6,
      usdPerGpuHour: 2,
      caveat: 'The official training run only: "excluding the costs associated with prior research and ablation experiments on architectures, algorithms, or data"; a rental price, not the cluster\'s cost',
      source: { ...REFERENCES.deepseekV3, where: 'Table 1 and Section 1: "Assuming the rental price of the H800 GPU is $2 per GPU hour, our total training costs amount to only $5.576M"', checked: '2026-12-01' },
    },
  },
] as const satisfies readonly Model[]

export type ModelId = typeof MODELS[number]['id']

/** The known model ids, in the order of the talk. */
export const MODEL_IDS: readonly ModelId[] = MODELS.map(m => m.id)

/** The six models of Chinchilla's Table 1 ("Current LLMs"), in its order: the "State-of-the-art models" slide. */
export const CHINCHILLA_TABLE_1_IDS = [
  'lamda',
  'gpt-3',
  'jurassic-1',
  'gopher',
  'mt-nlg',
  'chinchilla',
] as const satisfies readonly ModelId[]

/** The talk's models: Chinchilla's Table 1, then PaLM (the slide after it). */
export const TALK_MODEL_IDS = [...CHINCHILLA_TABLE_1_IDS, 'palm'] as const satisfies readonly ModelId[]
