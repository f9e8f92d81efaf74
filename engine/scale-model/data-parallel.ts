/**
 * The data-parallel group: the gradient reduction (and, with ZeRO-3, the weight gathers) over the
 * d × cp ranks holding the same shard, what of it overlaps compute, and the optimizer update.
 *
 * Hierarchically: the ranks of the group that share a node reduce over NVLink, and the node's NICs
 * carry the inter-node part in parallel (NCCL runs one ring per NIC), so the scale-out term is
 * 2(N − 1)/N × bytes ÷ (r × NIC) over the N nodes.
 * Overlap (when the framework does it): the reduce-scatter runs under the stage's last backward pass
 * (2/3 of a microbatch-time), the all-gather under the next step's first forward (1/3). The pipeline
 * bubble does not hide it: the first stage, whose gradients finish last, has no idle time after its
 * last backward. ZeRO-3 / FSDP gathers the weights for every microbatch's forward and backward and
 * reduce-scatters its gradients: 3 × (n − 1)/n × bytes per microbatch, prefetched layer by layer
 * under that microbatch's compute, so only what exceeds the compute is exposed.
 */
import type { HardwareRates } from './hardware'
import type { ScaleModelInput } from './types'
import { COLLECTIVE_EFFICIENCY, MEMORY_BOUND_TRAFFIC } from '../../data/kernel-efficiency'
import { hierarchicalSeconds, scaleUpBytesPerSecond } from './collectives'

export interface DataParallelTimes {
  /** The reduction (+ gathers) over the scale-out network, before overlap. */
  dataParallelCommSeconds: number
  /** The part not hidden behind compute. */
  dataParallelExposedSeconds: number
  /** The Adam update of the parameters this GPU updates. */
  optimizerSeconds: number
}

/**
 * Data-parallel traffic and the optimizer step for one GPU holding `paramsPerGpu` parameters, with
 * `microbatches` microbatches of `stageSeconds` each.
 *
 * @example
 * dataParallelTimes(rates, { tensorParallel: 8, pipelineParallel: 8, dataParallel: 24, contextParallel: 1 }, 2.3e9, 64, 0.4, input).dataParallelExposedSeconds
 */
export function dataParallelTimes(rates: HardwareRates, dims: { tensorParallel: number, pipelineParallel: number, dataParallel: number, contextParallel: number }, paramsPerGpu: number, microbatches: number, stageSeconds: number, input: ScaleModelInput): DataParallelTimes {
  const software = input.software ?? {}
  const eff = COLLECTIVE_EFFICIENCY.value
  const zero = software.zeroStage ?? 1
  const dpRanks = dims.dataParallel * dims.contextParallel
  const gradientBytes = paramsPerGpu * (software.gradientBytesPerParam ?? 2)
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
  let commSeconds: number
  let exposedSeconds: number
  if (zero === 3) {
    const perMicrobatch = hierarchicalSeconds(nodes, ranksPerNode, gradientBytes, nic, nvlink, 3)
    commSeconds = microbatches * perMicrobatch
    exposedSeconds = overlap
      ? microbatches * Math.max(0, perMicrobatch - stageSeconds)
      : commSeconds
  }
  else {
    commSeconds = hierarchicalSeconds(nodes, ranksPerNode, gradientBytes, nic, nvlink, 2)
    const half = commSeconds / 2
    exposedSeconds = overlap
      ? Math.max(0, half - stageSeconds * 2 / 3) + Math.max(0, half - stageSeconds / 3)
      : commSeconds
  }
  // Adam update: ~28 bytes of HBM traffic per parameter held (fp32 master, moments, gradient in; all out).
  const optimizerParams = zero >= 1
    ? paramsPerGpu / dpRanks
    : paramsPerGpu
  return {
    dataParallelCommSeconds: commSeconds,
    dataParallelExposedSeconds: exposedSeconds,
    optimizerSeconds: optimizerParams * 28 / (rates.hbmBytesPerSecond * MEMORY_BOUND_TRAFFIC.hbmEfficiency),
  }
}
