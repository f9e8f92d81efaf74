/**
 * What sources published about training runs, with the assumptions their authors stated. The tests in
 * tests/unit pin the engine to these numbers; the slides quote them next to the engine's figures.
 */
import type { AcceleratorId } from './accelerators.ts'
import type { ModelId } from './models.ts'
import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

const SEMI = (where: string, checked: Source['checked']): Source => ({ ...REFERENCES.semiAnalysisBrickWall, where, checked })
const MEGATRON = (where: string, checked: Source['checked']): Source => ({ ...REFERENCES.megatron2021, where, checked })
const PALM = (where: string, checked: Source['checked']): Source => ({ ...REFERENCES.palm2022, where, checked })

/** A cost SemiAnalysis or MosaicML published for training one model. */
export interface PublishedCost {
  id: string
  /** Who published it: MosaicML quotes its price, SemiAnalysis the compute alone. */
  publisher: 'mosaicml' | 'semianalysis'
  label: string
  params: number
  tokens: number
  usd: number
  /** What the figure covers and the assumptions stated next to it. */
  basis: string
  source: Source
}

/** The "State-of-the-art costs" slide: MosaicML's price (left) and SemiAnalysis' compute-only cost (right). */
export const PUBLISHED_COSTS = [
  {
    id: 'mosaic-30b-price',
    publisher: 'mosaicml',
    label: 'MosaicML GPT-30B',
    params: 30e9,
    tokens: 610e9,
    usd: 450e3,
    basis: 'MosaicML Cloud price, including its MLOps platform',
    source: { ...REFERENCES.mosaicGpt3Quality, where: '"it costs about $450K to train a model that reaches GPT-3 quality"', checked: '2026-11-26' },
  },
  {
    id: 'mosaic-70b-price',
    publisher: 'mosaicml',
    label: 'MosaicML GPT-70B',
    params: 70e9,
    tokens: 1.4e12,
    usd: 2.5e6,
    basis: 'MosaicML Cloud price ("Chinchilla size and quality models for ~$2,500,000")',
    source: SEMI('"MosaicML\'s cost of $450k for GPT-30B and $2.5M for GPT-70B"', '2026-11-26'),
  },
  {
    id: 'semianalysis-30b',
    publisher: 'semianalysis',
    label: 'GPT-30B, compute only',
    params: 30e9,
    tokens: 610e9,
    usd: 326e3,
    basis: 'A100 at $1.5/GPU-hour; reproduces at 45% MFU with 6ND',
    source: SEMI('"close to the optimal training costs of $326k and $1.75M"', '2026-11-26'),
  },
  {
    id: 'semianalysis-70b',
    publisher: 'semianalysis',
    label: 'GPT-70B, compute only',
    params: 70e9,
    tokens: 1.4e12,
    usd: 1.75e6,
    basis: 'A100 at $1.5/GPU-hour; reproduces at 45% MFU with 6ND',
    source: SEMI('"close to the optimal training costs of $326k and $1.75M"', '2026-11-26'),
  },
] as const satisfies readonly PublishedCost[]

/** SemiAnalysis' stated assumptions behind every cost above and the scaling wall. */
export const SEMIANALYSIS_ASSUMPTIONS = {
  acceleratorId: 'a100-80gb' satisfies AcceleratorId,
  usdPerGpuHour: 1.5,
  mfuRange: [0.4, 0.6],
  /** "Nvidia A100 GPUs have an upper bound of ~60% model/hardware FLOPS utilization rates". */
  utilizationUpperBound: 0.6,
  source: SEMI('"we will use Nvidia A100s, using $1.5 per hour per GPU. Model/hardware \'FLOPS utilization\' will increase from 40% to 60% with larger model sizes"', '2026-11-26'),
} as const

export interface ScalingWallClaim {
  params: number
  usd: number
  gpus: number
  /** Wall-clock as stated: a rough figure, given as a range of days it means. */
  daysAtLeast: number
  daysAtMost: number
  statement: string
  source: Source
}

/** The "Dense Transformer Scaling Wall" slide. */
export const SCALING_WALL_CLAIMS = [
  {
    params: 1e12,
    usd: 300e6,
    gpus: 100_000,
    daysAtLeast: 75,
    daysAtMost: 107,
    statement: '"a 1 trillion parameter model costs ~$300 million to train. With 100,000 A100s across 12,500 HGX / DGX systems, this would take about ~3 months"',
    source: SEMI('Dense Transformer scaling wall section', '2026-11-26'),
  },
  {
    params: 10e12,
    usd: 30e9,
    gpus: 1_000_000,
    daysAtLeast: 730,
    daysAtMost: Number.POSITIVE_INFINITY,
    statement: '"10 trillion parameters … ~$30 billion. Even with 1 million A100s across 125,000 HGX / DGX systems, training this model would take over two years"',
    source: SEMI('Dense Transformer scaling wall section', '2026-11-26'),
  },
] as const satisfies readonly ScalingWallClaim[]

/** One row of Chinchilla Table 3 (Approach 1 compute-optimal allocation). */
export interface ChinchillaTable3Row {
  params: number
  trainingFlops: number
  tokens: number
}

/** Chinchilla Table 3. Implied tokens per parameter: 20.0 (400M) to 22.4 (67B, tokens rounded to 1.5T). */
export const CHINCHILLA_TABLE_3 = {
  rows: [
    { params: 400e6, trainingFlops: 1.92e19, tokens: 8.0e9 },
    { params: 1e9, trainingFlops: 1.21e20, tokens: 20.2e9 },
    { params: 10e9, trainingFlops: 1.23e22, tokens: 205.1e9 },
    { params: 67e9, trainingFlops: 5.76e23, tokens: 1.5e12 },
    { params: 175e9, trainingFlops: 3.85e24, tokens: 3.7e12 },
    { params: 280e9, trainingFlops: 9.90e24, tokens: 5.9e12 },
    { params: 520e9, trainingFlops: 3.43e25, tokens: 11.0e12 },
    { params: 1e12, trainingFlops: 1.27e26, tokens: 21.2e12 },
    { params: 10e12, trainingFlops: 1.30e28, tokens: 216.2e12 },
  ],
  source: { ...REFERENCES.chinchilla2022, where: 'Table 3: estimated optimal training FLOPs and tokens for various model sizes (Approach 1)', checked: '2026-11-26' },
} as const satisfies { rows: readonly ChinchillaTable3Row[], source: Source }

/** One row of Megatron-LM Table 1 (weak scaling on Selene A100-80GB). */
export interface MegatronTable1Row {
  paramsBillions: number
  heads: number
  hidden: number
  layers: number
  tensorParallel: number
  pipelineParallel: number
  gpus: number
  batchSize: number
  /** Achieved TFLOP/s per GPU, recompute-inclusive (Eq. 3 counts the extra forward pass). */
  teraFlopsPerGpu: number
  percentOfPeak: number
  aggregatePetaFlops: number
}

/** Megatron-LM Table 1 and the shared settings the paper states for it. */
export const MEGATRON_TABLE_1 = {
  vocab: 51200,
  seqLen: 2048,
  peakFlopsPerSecond: 312e12,
  rows: [
    {
      paramsBillions: 1.7,
      heads: 24,
      hidden: 2304,
      layers: 24,
      tensorParallel: 1,
      pipelineParallel: 1,
      gpus: 32,
      batchSize: 512,
      teraFlopsPerGpu: 137,
      percentOfPeak: 44,
      aggregatePetaFlops: 4.4,
    },
    {
      paramsBillions: 3.6,
      heads: 32,
      hidden: 3072,
      layers: 30,
      tensorParallel: 2,
      pipelineParallel: 1,
      gpus: 64,
      batchSize: 512,
      teraFlopsPerGpu: 138,
      percentOfPeak: 44,
      aggregatePetaFlops: 8.8,
    },
    {
      paramsBillions: 7.5,
      heads: 32,
      hidden: 4096,
      layers: 36,
      tensorParallel: 4,
      pipelineParallel: 1,
      gpus: 128,
      batchSize: 512,
      teraFlopsPerGpu: 142,
      percentOfPeak: 46,
      aggregatePetaFlops: 18.2,
    },
    {
      paramsBillions: 18.4,
      heads: 48,
      hidden: 6144,
      layers: 40,
      tensorParallel: 8,
      pipelineParallel: 1,
      gpus: 256,
      batchSize: 1024,
      teraFlopsPerGpu: 135,
      percentOfPeak: 43,
      aggregatePetaFlops: 34.6,
    },
    {
      paramsBillions: 39.1,
      heads: 64,
      hidden: 8192,
      layers: 48,
      tensorParallel: 8,
      pipelineParallel: 2,
      gpus: 512,
      batchSize: 1536,
      teraFlopsPerGpu: 138,
      percentOfPeak: 44,
      aggregatePetaFlops: 70.8,
    },
    {
      paramsBillions: 76.1,
      heads: 80,
      hidden: 10240,
      layers: 60,
      tensorParallel: 8,
      pipelineParallel: 4,
      gpus: 1024,
      batchSize: 1792,
      teraFlopsPerGpu: 140,
      percentOfPeak: 45,
      aggregatePetaFlops: 143.8,
    },
    {
      paramsBillions: 145.6,
      heads: 96,
      hidden: 12288,
      layers: 80,
      tensorParallel: 8,
      pipelineParallel: 8,
      gpus: 1536,
      batchSize: 2304,
      teraFlopsPerGpu: 148,
      percentOfPeak: 47,
      aggregatePetaFlops: 227.1,
    },
    {
      paramsBillions: 310.1,
      heads: 128,
      hidden: 16384,
      layers: 96,
      tensorParallel: 8,
      pipelineParallel: 16,
      gpus: 1920,
      batchSize: 2160,
      teraFlopsPerGpu: 155,
      percentOfPeak: 50,
      aggregatePetaFlops: 297.4,
    },
    {
      paramsBillions: 529.6,
      heads: 128,
      hidden: 20480,
      layers: 105,
      tensorParallel: 8,
      pipelineParallel: 35,
      gpus: 2520,
      batchSize: 2520,
      teraFlopsPerGpu: 163,
      percentOfPeak: 52,
      aggregatePetaFlops: 410.2,
    },
    {
      paramsBillions: 1008.0,
      heads: 160,
      hidden: 25600,
      layers: 128,
      tensorParallel: 8,
      pipelineParallel: 64,
      gpus: 3072,
      batchSize: 3072,
      teraFlopsPerGpu: 163,
      percentOfPeak: 52,
      aggregatePetaFlops: 502.0,
    },
  ],
  source: MEGATRON('Table 1 (weak-scaling throughput for GPT models from 1B to 1T parameters); Section 5.1: V = 51,200, s = 2048, 312 TFLOP/s peak', '2026-11-26'),
} as const satisfies { vocab: number, seqLen: number, peakFlopsPerSecond: number, rows: readonly MegatronTable1Row[], source: Source }

/** A training-time estimate Megatron-LM gives with Eq. 4 (time ≈ 8·T·P / (n·X)). */
export interface MegatronTimeEstimate {
  label: string
  params: number
  tokens: number
  gpus: number
  /** X: achieved TFLOP/s per GPU, recompute-inclusive. */
  teraFlopsPerGpu: number
  days: number
  source: Source
}

export const MEGATRON_TIME_ESTIMATES = [
  {
    label: 'GPT-3 175B',
    params: 175e9,
    tokens: 300e9,
    gpus: 1024,
    teraFlopsPerGpu: 140,
    days: 34,
    source: MEGATRON('Section 5.1: "On n=1024 A100 GPUs using batch size 1536, we achieve X=140 teraFLOP/s per GPU … 34 days"', '2026-11-26'),
  },
  {
    label: '1T',
    params: 1008e9,
    tokens: 450e9,
    gpus: 3072,
    teraFlopsPerGpu: 163,
    days: 84,
    source: MEGATRON('Section 5.1: "For the 1 trillion parameter model, we assume that 450 billion tokens … 3072 A100 GPUs … 163 teraFLOP/s … 84 days"', '2026-11-26'),
  },
] as const satisfies readonly MegatronTimeEstimate[]

/** PaLM's own throughput and utilization figures. */
export const PALM_RUN = {
  tokensPerSecond: 238.3e3,
  chips: 6144,
  acceleratorId: 'tpu-v4' satisfies AcceleratorId,
  peakFlopsPerSecond: 275e12,
  mfuWithoutAttention: 0.457,
  mfuWithAttention: 0.462,
  hfu: 0.578,
  trainingFlops: 2.56e24,
  chipHours: 8_404_992,
  source: PALM('Section 4.1 (238.3K tokens/s, 45.7% / 46.2% MFU, 57.8% HFU) and Appendix B (MFU = tokens/s × (6N + 12LHQT) / (chips × 275 TFLOP/s); 2.56e24 FLOPs)', '2026-11-26'),
} as const

/** One row of PaLM Table 3 (MFU of large runs). */
export interface PalmTable3Row {
  /** The model as the table names it. */
  model: string
  /** The same model in data/models.ts (its short name labels the charts). */
  modelId: ModelId
  params: number
  acceleratorId: AcceleratorId
  chips: number
  mfu: number
}

export const PALM_TABLE_3 = {
  rows: [
    {
      model: 'GPT-3',
      modelId: 'gpt-3',
      params: 175e9,
      acceleratorId: 'v100',
      chips: 10_000,
      mfu: 0.213,
    },
    {
      model: 'Gopher',
      modelId: 'gopher',
      params: 280e9,
      acceleratorId: 'tpu-v3',
      chips: 4096,
      mfu: 0.325,
    },
    {
      model: 'Megatron-Turing NLG',
      modelId: 'mt-nlg',
      params: 530e9,
      acceleratorId: 'a100-80gb',
      chips: 2240,
      mfu: 0.302,
    },
    {
      model: 'PaLM',
      modelId: 'palm',
      params: 540e9,
      acceleratorId: 'tpu-v4',
      chips: 6144,
      mfu: 0.462,
    },
  ],
  source: PALM('Table 3: model FLOPs utilization of PaLM and prior large models (GPT-3 chip count is NVIDIA\'s suggestion via Patterson et al.)', '2026-11-26'),
} as const satisfies { rows: readonly PalmTable3Row[], source: Source }

/** One row of MosaicML's throughput table (A100, bf16, sequence 2048). */
export interface MosaicThroughputRow {
  model: string
  params: number
  layers: number
  dModel: number
  heads: number
  seqLen: number
  gpus: number
  acceleratorId: AcceleratorId
  mfu: number
  hfu: number
  tokensPerSecondPerGpu: number
}

/** The source of "A100 ~60%": HFU, with MFU (Korthikanti's definition, attention included) ~43–48%. */
export const MOSAIC_THROUGHPUT = {
  rows: [
    {
      model: 'gpt70b',
      params: 64.86e9,
      layers: 80,
      dModel: 8192,
      heads: 64,
      seqLen: 2048,
      gpus: 128,
      acceleratorId: 'a100-80gb',
      mfu: 0.4265,
      hfu: 0.5687,
      tokensPerSecondPerGpu: 328,
    },
    {
      model: 'gpt30b',
      params: 29.97e9,
      layers: 48,
      dModel: 7168,
      heads: 56,
      seqLen: 2048,
      gpus: 256,
      acceleratorId: 'a100-80gb',
      mfu: 0.4674,
      hfu: 0.6232,
      tokensPerSecondPerGpu: 774,
    },
    {
      model: 'gpt30b',
      params: 29.97e9,
      layers: 48,
      dModel: 7168,
      heads: 56,
      seqLen: 2048,
      gpus: 32,
      acceleratorId: 'a100-80gb',
      mfu: 0.4796,
      hfu: 0.6394,
      tokensPerSecondPerGpu: 795,
    },
  ],
  source: { ...REFERENCES.mosaicThroughput, where: 'README throughput table (MFU, HFU, throughput per GPU) and yamls/mosaic_gpt/{30b,70b}.yaml (shapes)', checked: '2026-11-26' },
} as const satisfies { rows: readonly MosaicThroughputRow[], source: Source }

/** Patterson et al. 2021's accounting of GPT-3's training energy and emissions. */
export const PATTERSON_GPT3 = {
  acceleratorId: 'v100' satisfies AcceleratorId,
  gpus: 10_000,
  days: 14.8,
  /** Measured average system power per V100, host share included (the V100's TDP is 300 W). */
  wattsPerProcessor: 330,
  pue: 1.1,
  gridGramsCo2PerKwh: 429,
  energyKwh: 1_287_000,
  co2Kg: 552_000,
  source: { ...REFERENCES.patterson2021, where: 'Table 4, GPT-3 column: 10,000 V100 for 14.8 days, 330 W average per processor, PUE 1.10, 0.429 kg CO2e/kWh, 1,287 MWh, 552 t CO2e', checked: '2026-11-26' },
} as const
