/**
 * Inputs and outputs of the scale model of one training run (issue 12): a 3-D parallel layout
 * (tensor × pipeline × data, optionally context parallel) on a GPU cluster, its step time, and the run.
 */
import type { AcceleratorId, Precision } from '../../data/accelerators.ts'
import type { TorusFabric } from '../../data/cluster-fabric.ts'
import type { SizedDecoderShape } from '../../data/decoder-shape.ts'
import type { Recompute, ZeroStage } from '../formulas/memory.ts'

/** A decoder-only Transformer's shape, as the step-time model needs it: the one shape, sized. */
export type ScaleModelShape = SizedDecoderShape

/** The cluster the run trains on. */
export interface ScaleCluster {
  gpus: number
  acceleratorId: AcceleratorId
  /** GPUs per NVLink (scale-up) domain: 8 in a DGX/HGX server, 72 in a GB200 NVL72 rack. */
  nvlinkDomainGpus: number
  /** Scale-out (InfiniBand/RoCE) bandwidth per GPU, one direction, bytes/s: 200 Gb/s HDR = 25e9. */
  interNodeBytesPerSecondPerGpu: number
  /** NVLink bandwidth per GPU, one direction; default half the accelerator's quoted bidirectional figure. */
  nvlinkBytesPerSecondPerGpu?: number
  /** The scale-up domain is a torus (a TPU pod's ICI), not a switch: collectives inside it use ./collectives' torus rule. */
  torus?: TorusFabric
  /** IT power per GPU (server maximum ÷ GPUs per server); default from data/system-power.ts. */
  systemWattsPerGpu?: number
}

/** A layout, fully or partly given: the fields left out are searched. */
export interface ScaleLayoutInput {
  tensorParallel?: number
  pipelineParallel?: number
  /** Model chunks per pipeline rank (Megatron's virtual stages, v). */
  interleave?: number
  /** Sequences per microbatch (b). */
  microbatchSequences?: number
  /**
   * Context-parallel ways: the sequence split over GPUs for attention (K/V blocks passed around a
   * ring), activations ÷ cp, and the data-parallel group's sharding taken over d × cp. Default 1,
   * never searched.
   */
  contextParallel?: number
  /** Expert-parallel ways: each MoE layer's routed experts split over this many data-parallel ranks (./experts.ts). */
  expertParallel?: number
}

/** Software behaviour the run had: stated facts about the framework, not fitted numbers. */
export interface ScaleSoftware {
  /** FlashAttention-style fused attention: scores never reach HBM, causal blocks are skipped. Default true. */
  flashAttention?: boolean
  /** Data-parallel gradient reduction overlaps the last backward pass and the pipeline drain. Default true. */
  dataParallelOverlap?: boolean
  /** Megatron's scatter/gather optimisation: pipeline sends are split over the t tensor ranks. Default true. */
  scatterGatherP2p?: boolean
  /**
   * ZeRO stage of the data-parallel group (0 none, 1 optimizer state, 2 + gradients, 3 + weights: FSDP),
   * kept when given. Left out, the search takes for each layout the least sharding that fits (1, else
   * 2, else 3): at one layout more sharding never shortens the step (./data-parallel.ts).
   */
  zeroStage?: ZeroStage
  /** Bytes per gradient element in the data-parallel reduction; default 2 (bf16). */
  gradientBytesPerParam?: number
  /**
   * Pipeline schedule: '1f1b' (Megatron's, interleaved when v > 1) or 'dualpipe' (DeepSeek-V3: two
   * copies of the weights, bubble (p/2 − 1)(F&B + B − 3W)); default '1f1b'.
   */
  pipelineSchedule?: '1f1b' | 'dualpipe'
  /** The expert all-to-all overlaps compute (DualPipe): only what exceeds the layer's compute is exposed. Default false. */
  expertOverlap?: boolean
  /** Share of the SMs an overlapped all-to-all takes from compute (DeepSeek-V3: 20 of 132). Default 0. */
  communicationSmShare?: number
  /** Most-loaded expert rank over the mean; default data/moe-training.ts's assumption. */
  expertImbalance?: number
}

export interface ScaleModelInput {
  shape: ScaleModelShape
  cluster: ScaleCluster
  /** Tokens in one global batch (sequences × sequence length). */
  batchTokens: number
  precision: Precision
  recompute: Recompute
  sequenceParallel: boolean
  layout?: ScaleLayoutInput
  software?: ScaleSoftware
  /** Training tokens of the whole run; default 0 (step only). */
  trainingTokens?: number
  /** Price per GPU-hour for the run's cost; default 0. */
  usdPerGpuHour?: number
  /** Overrides the accelerator's kernel efficiency (data/kernel-efficiency.ts), e.g. for a what-if. */
  kernelEfficiency?: number
  /** Overrides the accelerator's attention-kernel efficiency (share of the 16-bit peak). */
  attentionEfficiency?: number
}

/** The dimensions of a layout the search chooses between: what the step needs beyond the layer times. */
export interface StepDims {
  tensorParallel: number
  pipelineParallel: number
  dataParallel: number
  contextParallel: number
  interleave: number
  microbatchSequences: number
  /** What the data-parallel group shards: given, or the least that fits. */
  zeroStage: ZeroStage
  /** Expert-parallel ways; absent: 1 (a dense model, or experts replicated). */
  expertParallel?: number
}

/** The layout the model used, every dimension resolved: the chosen dimensions and what follows from them. */
export interface ScaleLayout extends StepDims {
  microbatchesPerPipeline: number
  /** t · p · cp · d: GPUs the layout uses (≤ the cluster's; the rest idle). */
  gpusUsed: number
}

/** Memory on the busiest GPU, bytes. */
export interface ScaleMemory {
  weightBytes: number
  gradientBytes: number
  optimizerBytes: number
  activationBytes: number
  totalBytes: number
  capacityBytes: number
  fits: boolean
}

/** One optimizer step. Shares are of `stepSeconds`. */
export interface ScaleStep {
  /** Matmul + memory-bound kernels of the m microbatches on the slowest stage (recompute included). */
  computeSeconds: number
  /** Pipeline fill and drain: (p − 1)/v microbatch-times. */
  bubbleSeconds: number
  /** Tensor-parallel collectives and the context-parallel ring's part not hidden behind attention (inside the NVLink domain when t × cp fits). */
  tensorParallelCommSeconds: number
  /** Pipeline point-to-point sends on the critical path. */
  pipelineCommSeconds: number
  /** Expert all-to-all (dispatch and combine, forward and backward) on the slowest stage, before overlap. */
  expertCommSeconds: number
  /** The part of it on the critical path (all of it without overlap). */
  expertExposedSeconds: number
  /** Data-parallel traffic of the ZeRO stage (gradient reduction, weight all-gathers), before overlap. */
  dataParallelCommSeconds: number
  /** The part of it not hidden behind compute (./data-parallel.ts says what overlaps what). */
  dataParallelExposedSeconds: number
  optimizerSeconds: number
  stepSeconds: number
  bubbleShare: number
  /** (TP + CP + PP + exposed expert + exposed DP communication) ÷ step. */
  exposedCommShare: number
  /** Model FLOPs (6N + attention, no recomputation) of one step. */
  modelFlops: number
  /** Model FLOPs plus the recomputed forward passes (same attention convention): the numerator of HFU. */
  hardwareFlops: number
  /** Model FLOP/s per GPU used. */
  modelFlopsPerSecondPerGpu: number
  hardwareFlopsPerSecondPerGpu: number
  /** Model FLOP/s per GPU ÷ dense peak: MFU. */
  effectiveMfu: number
  /** Hardware FLOP/s per GPU ÷ dense peak: HFU. */
  effectiveHfu: number
}

/** The whole run at this step time (failures not included: see trainingGoodput). */
export interface ScaleRunTotals {
  steps: number
  wallClockSeconds: number
  wallClockDays: number
  gpuHours: number
  costUsd: number
}

export interface ScaleModelResult {
  ok: true
  layout: ScaleLayout
  memory: ScaleMemory
  step: ScaleStep
  run: ScaleRunTotals
  /** Parameters a token uses: the shape's params for a dense model, the active ones of a mixture of experts. */
  activeParams: number
  kernelEfficiency: number
  peakFlopsPerSecond: number
  /** Layouts the search evaluated (1 for a fully given layout). */
  layoutsEvaluated: number
}

/** The input field a refusal is about, as the command line names options. */
export type ScaleModelField = 'tensorParallel' | 'pipelineParallel' | 'interleave' | 'microbatchSequences' | 'contextParallel' | 'expertParallel' | 'zeroStage' | 'gpus' | 'batchTokens' | 'seqLen' | 'layout' | 'precision' | 'acceleratorId' | 'shape' | 'nvlinkDomainGpus' | 'interNodeBytesPerSecondPerGpu' | 'trainingTokens' | 'usdPerGpuHour' | 'kernelEfficiency'

/** A refused input: which field, and why. Returned, never thrown. */
export interface ScaleModelError {
  ok: false
  field: ScaleModelField
  message: string
}

export type ScaleModelOutcome = ScaleModelResult | ScaleModelError
