/**
 * The data-parallel group: what its ZeRO stage shards, the traffic that adds over the d × cp ranks
 * holding the same shard (Megatron's distributed optimizer shards over data × context parallel), what
 * of it overlaps compute, and the optimizer update.
 *
 * Hierarchically: the ranks of the group that share a node exchange over NVLink, and the node's NICs
 * carry the inter-node part in parallel (NCCL runs one ring per NIC), so the scale-out term of a
 * collective is (N − 1)/N × bytes ÷ (r × NIC) over the N nodes (× 2 for an all-reduce).
 *
 * Traffic per step, Ψ the parameters this GPU holds, m its microbatches (Rajbhandari et al. §7):
 * - ZeRO-0: one all-reduce of the gradients after the last microbatch.
 * - ZeRO-1: a reduce-scatter of the gradients, the optimizer on 1/n, an all-gather of the updated
 *   weights: the same volume as the all-reduce ("Ψ + Ψ = 2Ψ").
 * - ZeRO-2: the gradients are not kept whole, so with gradient accumulation each microbatch's are
 *   reduce-scattered as they are produced (DeepSpeed stage 2): m reduce-scatters and one all-gather.
 * - ZeRO-3 / FSDP: every microbatch all-gathers the weights for its forward, again for its backward,
 *   and reduce-scatters its gradients: 3 collectives per microbatch ("3Ψ", 1.5× the baseline).
 *
 * Overlap (when the framework does it, `dataParallelOverlap`):
 * - ZeRO-0/1/2: gradient buckets are reduced while the backward pass goes on: a step's reduction hides
 *   under the stage's last backward (⅔ of a microbatch-time); ZeRO-1/2's all-gather of the updated
 *   weights under the next step's first forward (⅓; not ZeRO-0's, whose reduced gradients the
 *   optimizer needs before anything runs). ZeRO-2's per-microbatch reduce-scatters hide each under its
 *   microbatch's backward. The pipeline bubble does not hide any of it: the first stage, whose
 *   gradients finish last, has no idle time after its last backward.
 * - ZeRO-3: the next layer's gather is prefetched under this layer's compute: the forward gathers hide
 *   under the forward (⅓ of the microbatch), the backward's gathers and reduce-scatters under the
 *   backward (⅔). What does not overlap: each microbatch's first gather (nothing runs before it:
 *   "the 1st all-gather will not be able to overlap with anything", PyTorch FSDP notes) and the step's
 *   last reduce-scatter (the optimizer waits for it).
 * At one layout each stage's exposed time is at least the stage below's: sharding more never shortens
 * the step, it only frees memory.
 */
import type { ZeroStage } from '../formulas/memory.ts'
import type { HardwareRates } from './hardware.ts'
import type { ScaleModelInput } from './types.ts'
import { COLLECTIVE_EFFICIENCY, MEMORY_BOUND_TRAFFIC } from '../../data/kernel-efficiency.ts'
import { hierarchicalSeconds, scaleUpBytesPerSecond } from './collectives.ts'

export interface DataParallelTimes {
  /** The ZeRO stage's traffic over the data-parallel group, before overlap. */
  dataParallelCommSeconds: number
  /** The part not hidden behind compute. */
  dataParallelExposedSeconds: number
  /** The Adam update of the parameters this GPU updates. */
  optimizerSeconds: number
}

/** Bytes per weight element in the all-gathers: 16-bit. */
const WEIGHT_BYTES = 2

/**
 * Data-parallel traffic and the optimizer step for one GPU holding `paramsPerGpu` parameters (of which
 * `layerParamsPerGpu` are one layer's), with `microbatches` microbatches of `stageSeconds` each.
 *
 * @example
 * dataParallelTimes(rates, { tensorParallel: 8, pipelineParallel: 8, dataParallel: 24, contextParallel: 1, zeroStage: 1 }, 2.3e9, 1.8e8, 64, 0.4, input).dataParallelExposedSeconds
 */
export function dataParallelTimes(rates: HardwareRates, dims: { tensorParallel: number, pipelineParallel: number, dataParallel: number, contextParallel: number, zeroStage: ZeroStage }, paramsPerGpu: number, layerParamsPerGpu: number, microbatches: number, stageSeconds: number, input: ScaleModelInput, experts?: { commSeconds: number, optimizerParams: number }): DataParallelTimes {
  const software = input.software ?? {}
  const eff = COLLECTIVE_EFFICIENCY.value
  const zero = dims.zeroStage
  const m = microbatches
  const dpRanks = dims.dataParallel * dims.contextParallel
  // A switched node holds floor(domain ÷ t) ranks of the group (the pipeline stages sit on other
  // nodes); a TPU pod holds every stage of its replicas, so domain ÷ (t · p · cp) replicas.
  const perDomain = rates.torus === null
    ? Math.floor(rates.nvlinkDomainGpus / dims.tensorParallel)
    : Math.floor(rates.nvlinkDomainGpus / (dims.tensorParallel * dims.pipelineParallel * dims.contextParallel)) * dims.contextParallel
  const ranksPerNode = Math.max(1, Math.min(dpRanks, perDomain))
  const nodes = dpRanks / ranksPerNode
  const overlap = software.dataParallelOverlap ?? true
  const nic = rates.interNodeBytesPerSecond * eff
  const nvlink = scaleUpBytesPerSecond(rates, ranksPerNode) * eff
  // One reduce-scatter of the gradients, one all-gather of the weights (ring factor 1 each).
  const reduceScatter = hierarchicalSeconds(nodes, ranksPerNode, paramsPerGpu * (software.gradientBytesPerParam ?? 2), nic, nvlink, 1)
  const allGather = hierarchicalSeconds(nodes, ranksPerNode, paramsPerGpu * WEIGHT_BYTES, nic, nvlink, 1)
  // The forward is one of a microbatch's three passes; the backward has the other two.
  const forward = stageSeconds / 3
  const backward = stageSeconds * 2 / 3
  // A mixture of experts: the routed experts' gradients reduce over their own, smaller group (./experts.ts).
  const expertSeconds = experts?.commSeconds ?? 0
  let commSeconds: number
  let exposedSeconds: number
  if (zero === 3) {
    const firstLayer = layerParamsPerGpu / paramsPerGpu
    commSeconds = m * (2 * allGather + reduceScatter) + expertSeconds
    exposedSeconds = overlap
      ? m * (firstLayer * allGather + Math.max(0, (1 - firstLayer) * allGather - forward) + Math.max(0, allGather + reduceScatter - backward)) + firstLayer * reduceScatter + Math.max(0, expertSeconds - backward)
      : commSeconds
  }
  else if (zero === 0) {
    commSeconds = reduceScatter + allGather * (software.gradientBytesPerParam ?? 2) / WEIGHT_BYTES + expertSeconds
    exposedSeconds = overlap
      ? Math.max(0, commSeconds - backward)
      : commSeconds
  }
  else {
    const reductions = zero === 2
      ? m
      : 1
    commSeconds = reductions * reduceScatter + allGather + expertSeconds
    // The routed experts' reduce-scatter joins the last backward's, their all-gather the next forward's.
    exposedSeconds = overlap
      ? (reductions - 1) * Math.max(0, reduceScatter - backward) + Math.max(0, reduceScatter + expertSeconds / 2 - backward) + Math.max(0, allGather + expertSeconds / 2 - forward)
      : commSeconds
  }
  // Adam update: ~28 bytes of HBM traffic per parameter held (fp32 master, moments, gradient in; all out).
  const optimizerParams = zero >= 1
    ? paramsPerGpu / dpRanks
    : paramsPerGpu
  return {
    dataParallelCommSeconds: commSeconds,
    dataParallelExposedSeconds: exposedSeconds,
    optimizerSeconds: (optimizerParams + (experts?.optimizerParams ?? 0)) * 28 / (rates.hbmBytesPerSecond * MEMORY_BOUND_TRAFFIC.hbmEfficiency),
  }
}
