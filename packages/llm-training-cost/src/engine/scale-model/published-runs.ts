/**
 * Holding the scale model to published runs: each run's own layout in, the prediction out in the
 * convention the run published, and the one-off calibration of a kernel efficiency.
 */
import type { AcceleratorId } from '../../data/accelerators.ts'
import type { ScaleRun } from '../../data/scale-runs.ts'
import type { ScaleModelInput, ScaleModelResult } from './types.ts'
import { SCALE_RUNS } from '../../data/scale-runs.ts'
import { megatronFlopsPerIteration } from '../formulas/compute.ts'
import { utilizationPeakFlops } from '../formulas/precision.ts'
import { scaleModel } from './scale-model.ts'

/**
 * The scale-model input of a published run: its shape, cluster, batch, precision, recompute and layout.
 *
 * @example
 * scaleInputFromRun(SCALE_RUNS.find(r => r.id === 'llama3-405b-8k')!).layout // { tensorParallel: 8, pipelineParallel: 16, microbatchSequences: 1 }
 */
export function scaleInputFromRun(run: ScaleRun, kernelEfficiency?: number, attentionEfficiency?: number): ScaleModelInput {
  return {
    shape: run.shape,
    cluster: {
      gpus: run.gpus,
      acceleratorId: run.acceleratorId,
      nvlinkDomainGpus: run.nvlinkDomainGpus,
      interNodeBytesPerSecondPerGpu: run.interNodeBytesPerSecondPerGpu,
      ...(run.torus !== undefined
        ? { torus: run.torus }
        : {}),
    },
    batchTokens: run.batchSequences * run.shape.seqLen,
    precision: run.precision,
    recompute: run.recompute,
    sequenceParallel: run.sequenceParallel,
    software: run.software,
    layout: run.layout,
    ...(attentionEfficiency !== undefined
      ? { attentionEfficiency }
      : {}),
    ...(kernelEfficiency !== undefined
      ? { kernelEfficiency }
      : {}),
  }
}

/** Predicted against published, in the run's own metric and FLOP convention. */
export interface RunComparison {
  id: string
  label: string
  metric: ScaleRun['published']['metric']
  predicted: number
  published: number
  /** (predicted − published) / published. */
  relativeDifference: number
  result: ScaleModelResult
}

/**
 * FLOPs per step of a run counted in a published convention.
 *
 * @example
 * conventionFlopsPerStep(run, 'palm') // (6N + 12·L·H·Q·T) × batch tokens
 */
function conventionFlopsPerStep(run: ScaleRun, convention: 'megatron-eq3' | 'palm' | 'causal'): number {
  const { shape } = run
  const tokens = run.batchSequences * shape.seqLen
  if (convention === 'megatron-eq3') {
    return megatronFlopsPerIteration({
      layers: shape.layers,
      hidden: shape.dModel,
      vocab: shape.vocab,
      seqLen: shape.seqLen,
    }, run.batchSequences, true)
  }
  // 12·L·H·Q·T, with the query width H·Q (PaLM's 48 × 256 = 12,288, not its d_model 18,432).
  const queryWidth = shape.heads * (shape.headDim ?? shape.dModel / shape.heads)
  const attention = 12 * shape.layers * queryWidth * shape.seqLen * (convention === 'causal'
    ? 0.5
    : 1)
  return (6 * shape.params + attention) * tokens
}

/**
 * Run the scale model on a published run's own layout and compare with what was published: FLOP/s
 * per GPU in the run's convention, or seconds per step. Null if the model refuses the layout.
 *
 * @example
 * compareWithPublished(SCALE_RUNS.find(r => r.id === 'megatron-t1-1008b')!)
 * // { predicted: ≈1.54e14, published: 1.63e14, relativeDifference: ≈ −0.057, … }
 */
export function compareWithPublished(run: ScaleRun, kernelEfficiency?: number, attentionEfficiency?: number): RunComparison | null {
  const out = scaleModel(scaleInputFromRun(run, kernelEfficiency, attentionEfficiency))
  if (!out.ok)
    return null
  const { published } = run
  const tokens = run.batchSequences * run.shape.seqLen
  const predicted = published.metric === 'tokens-per-second-per-gpu'
    ? tokens / (out.step.stepSeconds * out.layout.gpusUsed)
    : published.metric === 'step-seconds' || published.flopConvention === null
      ? out.step.stepSeconds
      : conventionFlopsPerStep(run, published.flopConvention) / (out.step.stepSeconds * out.layout.gpusUsed)
  return {
    id: run.id,
    label: run.label,
    metric: published.metric,
    predicted,
    published: published.value,
    relativeDifference: (predicted - published.value) / published.value,
    result: out,
  }
}

/** Bisection on (0.02, 1] for the efficiency at which the model reproduces a run. */
function solveEfficiency(run: ScaleRun, compare: (x: number) => RunComparison | null): number {
  let lo = 0.02
  let hi = 1
  // Faster kernels shorten the step: the prediction moves monotonically with the efficiency.
  const tooFast = (x: number): boolean => {
    const c = compare(x)
    if (!c)
      return false
    return run.published.metric === 'step-seconds'
      ? c.predicted < c.published
      : c.predicted > c.published
  }
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (tooFast(mid))
      hi = mid
    else
      lo = mid
  }
  return (lo + hi) / 2
}

/**
 * The kernel efficiency at which the scale model reproduces one run exactly (bisection): how
 * data/kernel-efficiency.ts's calibrated values were obtained, once per accelerator and precision.
 *
 * @example
 * calibrateKernelEfficiency(SCALE_RUNS.find(r => r.id === 'megatron-t1-146b')!) // ≈ 0.668
 */
export function calibrateKernelEfficiency(run: ScaleRun, attentionEfficiency?: number): number {
  return solveEfficiency(run, x => compareWithPublished(run, x, attentionEfficiency))
}

/**
 * The attention-kernel efficiency at which the scale model reproduces one run exactly, at a given
 * (or the data's) kernel efficiency.
 *
 * @example
 * calibrateAttentionEfficiency(SCALE_RUNS.find(r => r.id === 'mosaic-gpt13b-16384-8')!) // ≈ 0.209
 */
export function calibrateAttentionEfficiency(run: ScaleRun, kernelEfficiency?: number): number {
  return solveEfficiency(run, x => compareWithPublished(run, kernelEfficiency, x))
}

/**
 * A published run's step time, from what it published: the step itself, or its FLOP/s or token rate
 * per GPU turned back into seconds per step.
 *
 * @example
 * publishedStepSeconds(SCALE_RUNS.find(r => r.id === 'megatron-t1-1008b')!) // ≈ 102.6 s (Megatron-LM Table 1, 163 TFLOP/s)
 */
function publishedStepSeconds(run: ScaleRun): number {
  const { published } = run
  const tokens = run.batchSequences * run.shape.seqLen
  if (published.metric === 'tokens-per-second-per-gpu')
    return tokens / (published.value * run.gpus)
  // A FLOP rate always names its convention (data/scale-runs.ts); a step time has none.
  if (published.metric === 'step-seconds' || published.flopConvention === null)
    return published.value
  return conventionFlopsPerStep(run, published.flopConvention) / (published.value * run.gpus)
}

/**
 * A published run's MFU in one convention for every run: 6·N·tokens per step ÷ (GPUs × dense 16-bit peak
 * × its published step time), so runs that counted FLOPs differently (recomputation, attention) sit
 * on one scale with the scale model's MFU.
 *
 * @example
 * publishedMfu(SCALE_RUNS.find(r => r.id === 'megatron-t1-1008b')!) // ≈ 0.39 (Table 1's 52% counts recomputation and attention)
 */
export function publishedMfu(run: ScaleRun): number {
  const peak = utilizationPeakFlops(run.acceleratorId)
  const tokens = run.batchSequences * run.shape.seqLen
  return 6 * run.shape.params * tokens / (run.gpus * peak * publishedStepSeconds(run))
}

/** Fewest GPUs a run needs to count as "at scale": the thousands-of-GPU runs, not MosaicML's ≤ 256. */
export const AT_SCALE_MIN_GPUS = 2048

/**
 * The highest MFU published for a chip at scale (`AT_SCALE_MIN_GPUS` or more), computed from each run's
 * published step (`publishedMfu`): what a utilization figure quoted for that chip can be held to.
 *
 * @example
 * bestPublishedMfuAtScale('a100-80gb') // { mfu: ≈0.387, run: Megatron-LM Table 1, 1008B on 3072 A100 }
 */
export function bestPublishedMfuAtScale(acceleratorId: AcceleratorId): { mfu: number, run: ScaleRun } | null {
  let best: { mfu: number, run: ScaleRun } | null = null
  for (const run of SCALE_RUNS) {
    if (run.acceleratorId !== acceleratorId || run.gpus < AT_SCALE_MIN_GPUS)
      continue
    const mfu = publishedMfu(run)
    if (best === null || mfu > best.mfu)
      best = { mfu, run }
  }
  return best
}
