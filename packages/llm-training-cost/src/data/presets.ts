/**
 * Named scenarios the speaker can switch to in one click: each reproduces a figure the talk cites,
 * with the values its source stated (or the value that source measured), and says where they come
 * from. Values not set here stay at the talk's defaults (data/assumptions.ts).
 */
import type { Assumptions, Workload } from './assumptions.ts'
import type { Source } from './source.ts'
import { byId } from './by-id.ts'
import { KERNEL_EFFICIENCIES } from './kernel-efficiency.ts'
import { MODELS } from './models.ts'
import { DEEPSEEK_V3_RUN } from './moe-training.ts'
import { PRECISION_SPEEDUPS } from './precision-speedups.ts'
import { GPU_PRICES, PRICE_CONVENTIONS } from './prices.ts'
import { CHINCHILLA_TABLE_3, MEGATRON_TABLE_1, MEGATRON_TIME_ESTIMATES, MOSAIC_THROUGHPUT, PALM_RUN, SEMIANALYSIS_ASSUMPTIONS } from './published-claims.ts'
import { SCALE_RUNS } from './scale-runs.ts'
import { DEEPSEEK_USD_PER_H800_HOUR, PRICES_SINCE_2024, WALL_2026_OFFERS } from './since-the-talk.ts'
import { REFERENCES } from './source.ts'

/** The subset of the assumptions a preset sets; the rest stay at the defaults. */
export type PresetAssumptions = Partial<Assumptions>

/**
 * The model and the published layout a preset trains with the scale model (`--model`, `--tp`, `--pp`,
 * `--ep`, `--zero`): command-line workload fields, so the panel, the link and stored data do not hold
 * them and the panel gets no control for them. The appendix computes the same run on the same layout
 * (engine/slides/since-the-talk/layout-runs.ts); tests run the preset with it against the published hours.
 */
export type PresetWorkload = Partial<Workload>

export interface Preset {
  id: string
  /** Button text: short. */
  label: string
  /** What the preset reproduces, in one sentence. */
  reproduces: string
  assumptions: PresetAssumptions
  /** What the preset predicts with the scale model, where it predicts a published run. */
  workload?: PresetWorkload
  sources: readonly Source[]
}

const MEGATRON_1T = MEGATRON_TIME_ESTIMATES[1]
const MEGATRON_1T_ROW = MEGATRON_TABLE_1.rows[MEGATRON_TABLE_1.rows.length - 1]!
const MOSAIC_70B = MOSAIC_THROUGHPUT.rows[0]
const MOSAIC_A100_CONVENTION = byId(PRICE_CONVENTIONS, 'mosaicml-a100-40gb-convention-2022-10')
const LAMBDA_H100_2024 = byId(GPU_PRICES, 'lambda-h100-sxm-on-demand-2024-01')
const CHINCHILLA_1T = CHINCHILLA_TABLE_3.rows[7]
const PALM_MODEL = byId(MODELS, 'palm')
const DEEPSEEK_V3 = byId(MODELS, 'deepseek-v3')
const LLAMA_31 = byId(MODELS, 'llama-3.1-405b')
const H800_FP8 = PRECISION_SPEEDUPS.find(s => s.acceleratorId === 'h800' && s.precision === 'fp8')!
/** Llama 3.1 405B's Table 4 run on 16,384 H100 at 8K (the model's published run for the scale model). */
const LLAMA_31_RUN = SCALE_RUNS.find(r => r.id === 'llama3-405b-16k')!
/** The reserved H100 price of 2024 (AWS Capacity Blocks): Meta published no price for its run. */
const H100_RESERVED_2024 = byId(PRICES_SINCE_2024, 'aws-h100-sxm-reserved-2024-12')

/** llm-foundry's H100 benchmark: not in published-claims.ts because no slide quotes it. */
const LLM_FOUNDRY_H100_70B_MFU = 0.4257

export const PRESETS = [
  {
    id: 'semianalysis-2023',
    label: 'SemiAnalysis 2023',
    reproduces: 'SemiAnalysis\' compute-only $326k (30B) and $1.75M (70B): A100 at $1.5 per GPU-hour and 45% MFU (their 40–60% range).',
    assumptions: {
      gpu: SEMIANALYSIS_ASSUMPTIONS.acceleratorId,
      precision: 'bf16',
      mfu: 0.45,
      usdPerGpuHour: SEMIANALYSIS_ASSUMPTIONS.usdPerGpuHour,
      tokensPerParam: 20,
    },
    sources: [
      SEMIANALYSIS_ASSUMPTIONS.source,
      { ...REFERENCES.semiAnalysisBrickWall, where: '"close to the optimal training costs of $326k and $1.75M" (6·N·D at 45% MFU of 312 TFLOP/s and $1.5/GPU-hour reproduces both within 0.5%)', checked: '2026-11-26' },
    ],
  },
  {
    id: 'semianalysis-wall',
    label: 'Scaling wall (60% HFU as MFU)',
    reproduces: 'SemiAnalysis\' 1T dense model at "~$300 million" and "~3 months" on 100,000 A100s: their ~60% upper bound, used as MFU (in MosaicML\'s table it points at, ~60% is hardware FLOPs utilization with recomputation; the best A100 MFU published at scale is Megatron-LM\'s 1T run, about 39%), Chinchilla Table 3 tokens (21.2 per parameter at 1T).',
    assumptions: {
      gpu: SEMIANALYSIS_ASSUMPTIONS.acceleratorId,
      precision: 'bf16',
      mfu: SEMIANALYSIS_ASSUMPTIONS.utilizationUpperBound,
      usdPerGpuHour: SEMIANALYSIS_ASSUMPTIONS.usdPerGpuHour,
      gpus: 100_000,
      // Chinchilla Table 3, 1T row: 21.2T tokens for 1T parameters.
      tokensPerParam: CHINCHILLA_1T.tokens / CHINCHILLA_1T.params,
    },
    sources: [SEMIANALYSIS_ASSUMPTIONS.source, CHINCHILLA_TABLE_3.source],
  },
  {
    id: 'mosaicml-quote',
    label: 'MosaicML quote',
    reproduces: 'MosaicML\'s $450k (GPT-30B) and $2.5M (GPT-70B) within 2%: $2 per A100-hour and the 42.65% MFU MosaicML measured for its 70B on A100s.',
    assumptions: {
      gpu: MOSAIC_70B.acceleratorId,
      precision: 'bf16',
      mfu: MOSAIC_70B.mfu,
      usdPerGpuHour: MOSAIC_A100_CONVENTION.usdPerGpuHour,
      tokensPerParam: 20,
    },
    sources: [MOSAIC_A100_CONVENTION.source, MOSAIC_THROUGHPUT.source],
  },
  {
    id: 'megatron-1t',
    label: 'Megatron-LM 1T',
    reproduces: 'Megatron-LM\'s 1T model: 450B tokens on 3072 A100s in 84 days at 163 TFLOP/s per GPU, i.e. 39.2% MFU (163 TFLOP/s counts recomputation: MFU = 0.75 × 163 / 312).',
    assumptions: {
      gpu: 'a100-80gb',
      precision: 'bf16',
      // X = 163 TFLOP/s is recompute-inclusive (8ND); model FLOPs are 6ND, so MFU = (6/8)·X / peak.
      mfu: 0.75 * MEGATRON_1T.teraFlopsPerGpu / (MEGATRON_TABLE_1.peakFlopsPerSecond / 1e12),
      gpus: MEGATRON_1T.gpus,
      tokensPerParam: MEGATRON_1T.tokens / MEGATRON_1T.params,
    },
    sources: [
      MEGATRON_1T.source,
      MEGATRON_TABLE_1.source,
      { ...REFERENCES.megatron2021, where: `Table 1, ${MEGATRON_1T_ROW.paramsBillions}B row: ${MEGATRON_1T_ROW.teraFlopsPerGpu} TFLOP/s per GPU on ${MEGATRON_1T_ROW.gpus} GPUs`, checked: '2026-11-26' },
    ],
  },
  {
    id: 'palm',
    label: 'PaLM-like',
    reproduces: 'PaLM 540B on 6144 TPU v4: 46.2% MFU, and as goodput the utilization of booked hours against steady-state MFU (30.8% ÷ 46.2% ≈ 0.67). That ratio is not downtime alone: it also holds the smaller early batches (512, then 1,024 sequences, before the 2,048 at which 46.2% was measured) and the phase on one pod (3,072 chips for 336 h); the paper does not split it. 780B tokens for 540B parameters. Price stays the default: no TPU v4 rate is cited.',
    assumptions: {
      gpu: PALM_RUN.acceleratorId,
      precision: 'bf16',
      mfu: PALM_RUN.mfuWithAttention,
      // Utilization of booked hours (training FLOPs ÷ booked chip-hours at peak, 30.8%) against
      // steady-state MFU: early small batches, the single-pod phase and downtime together.
      goodput: PALM_RUN.trainingFlops / (PALM_RUN.chipHours * 3600 * PALM_RUN.peakFlopsPerSecond) / PALM_RUN.mfuWithAttention,
      gpus: PALM_RUN.chips,
      tokensPerParam: PALM_MODEL.tokens / PALM_MODEL.params,
    },
    sources: [
      PALM_RUN.source,
      { ...REFERENCES.palm2022, where: 'Section 4 (6144 TPU v4 × 1200 h + 3072 × 336 h = 8,404,992 chip-hours) and Table 1 (540B parameters, 780B tokens)', checked: '2026-11-26' },
      { ...REFERENCES.palm2022, where: 'Section 5 (Training setup; read in verbatim quotes of the paper): batch size 512 until step 50k, 1024 until step 115k, 2048 until step 255k; Section 4.1: 238.3K tokens/s and 46.2% MFU at batch 2048', checked: '2026-12-07' },
    ],
  },
  {
    id: 'h100-2024',
    label: 'H100 (2024)',
    reproduces: 'A current run: H100 SXM on demand at Lambda ($3.49 per GPU-hour, January 2024), bf16, 42.6% MFU as llm-foundry measured for a 70B model on 64 H100s.',
    assumptions: {
      gpu: LAMBDA_H100_2024.acceleratorId,
      precision: 'bf16',
      mfu: LLM_FOUNDRY_H100_70B_MFU,
      usdPerGpuHour: LAMBDA_H100_2024.usdPerGpuHour,
    },
    sources: [
      LAMBDA_H100_2024.source,
      {
        title: 'mosaicml/llm-foundry, scripts/train/benchmarking/README.md (throughput tables)',
        url: 'https://github.com/mosaicml/llm-foundry/tree/main/scripts/train/benchmarking',
        where: 'H100-80GB, BF16: 70B on 64 GPUs, MFU 0.4257',
        checked: '2026-11-26',
      },
    ],
  },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3',
    reproduces: 'DeepSeek-V3 on its own layout: 2,048 H800s in FP8 with PP 16, EP 64 and ZeRO-1 and its batch of 15,360 sequences of 4K tokens, the scale model on (no MFU back-solved from the published hours), at its own $2 per H800-hour. On that layout the scale model predicts 46.0% MFU of the BF16 peak and 2.63M pre-training H800-hours against the published 2.664M (-1.2%); DeepSeek\'s $5.576M counts 2.788M hours, context extension and post-training included.',
    assumptions: {
      gpu: DEEPSEEK_V3_RUN.acceleratorId,
      precision: DEEPSEEK_V3_RUN.precision,
      scaleModel: true,
      batchTokens: DEEPSEEK_V3_RUN.batchSequences * DEEPSEEK_V3_RUN.shape.seqLen,
      recompute: DEEPSEEK_V3_RUN.recompute,
      usdPerGpuHour: DEEPSEEK_USD_PER_H800_HOUR,
      gpus: DEEPSEEK_V3_RUN.gpus,
    },
    workload: {
      model: 'deepseek-v3',
      tensorParallel: DEEPSEEK_V3_RUN.layout.tensorParallel,
      pipelineParallel: DEEPSEEK_V3_RUN.layout.pipelineParallel,
      expertParallel: DEEPSEEK_V3_RUN.layout.expertParallel!,
      zeroStage: DEEPSEEK_V3_RUN.software.zeroStage!,
    },
    sources: [
      DEEPSEEK_V3_RUN.source,
      DEEPSEEK_V3.hardware.source,
      DEEPSEEK_V3.source,
      DEEPSEEK_V3.publishedCost.source,
      H800_FP8.source,
    ],
  },
  {
    id: 'llama-3.1-405b',
    label: 'Llama 3.1 405B',
    reproduces: 'Llama 3.1 405B on its own layout: Table 4\'s 16,384 H100s with TP 8, PP 16, DP 128 and 16M-token batches at 8K, the scale model on; the fixed-MFU slides keep its published 41% BF16 MFU and ">90% effective training time". On that layout the scale model predicts 42.5% MFU and 29.3M GPU-hours against the 30.84M Meta published for all stages (-5.1%). Priced at AWS\'s reserved H100 rate of late 2024 ($4.916): Meta published no price.',
    assumptions: {
      gpu: LLAMA_31_RUN.acceleratorId,
      precision: LLAMA_31_RUN.precision,
      scaleModel: true,
      batchTokens: LLAMA_31_RUN.batchSequences * LLAMA_31_RUN.shape.seqLen,
      recompute: LLAMA_31_RUN.recompute,
      mfu: LLAMA_31.reportedMfu.value,
      goodput: LLAMA_31.reportedGoodput.value,
      usdPerGpuHour: H100_RESERVED_2024.usdPerGpuHour,
      gpus: LLAMA_31_RUN.gpus,
    },
    workload: {
      model: 'llama-3.1-405b',
      tensorParallel: LLAMA_31_RUN.layout.tensorParallel,
      pipelineParallel: LLAMA_31_RUN.layout.pipelineParallel,
    },
    sources: [
      LLAMA_31_RUN.source,
      LLAMA_31.reportedMfu.source,
      LLAMA_31.reportedGoodput.source,
      LLAMA_31.hardware.source,
      H100_RESERVED_2024.source,
    ],
  },
  {
    id: 'wall-b200-2026',
    label: 'The wall on B200, 2026',
    reproduces: 'The talk\'s scaling wall (1T dense, 21.2 tokens per parameter, 100,000 GPUs) on B200s in BF16 at the B200\'s BF16 kernel efficiency as MFU (what its matmuls reach alone: an upper bound, as no B200 MFU is published; SemiAnalysis\' 60% is above it) at $4.50 per GPU-hour, the low end of specialised clouds\' on-demand prices in March 2026.',
    assumptions: {
      gpu: WALL_2026_OFFERS.b200.acceleratorId,
      precision: 'bf16',
      // At most what the matmuls reach alone: MFU cannot exceed the kernel efficiency.
      mfu: KERNEL_EFFICIENCIES.find(k => k.acceleratorId === 'b200' && k.precision === 'bf16')!.value,
      usdPerGpuHour: WALL_2026_OFFERS.b200.usdPerGpuHour,
      gpus: 100_000,
      tokensPerParam: CHINCHILLA_1T.tokens / CHINCHILLA_1T.params,
    },
    sources: [WALL_2026_OFFERS.b200.source, KERNEL_EFFICIENCIES.find(k => k.acceleratorId === 'b200' && k.precision === 'bf16')!.source, CHINCHILLA_TABLE_3.source],
  },
] as const satisfies readonly Preset[]
