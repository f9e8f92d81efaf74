/**
 * Memory on the busiest GPU of a layout: 16-bit weights and gradients, 12 bytes of Adam state per
 * parameter (fp32 master, two moments), each sharded over the data-parallel group from its ZeRO stage
 * on (over the d × cp ranks that hold the same weights), and the activations of the microbatches in
 * flight (context parallelism divides them: each rank keeps its 1/cp of the sequence).
 *
 * 1F1B keeps min(p − i, m) microbatches in flight on stage i; the interleaved schedule multiplies that
 * by 1 + (p − 1)/(p·v) (Korthikanti et al. 2022 §4.2.3). ZeRO-3 keeps 1/n of the weights, plus the
 * layers being gathered (the current one and the prefetched next).
 */
import type { ZeroStage } from '../formulas/memory.ts'
import type { LayerConstants, LayerTimes } from './layer.ts'
import type { StageLayers } from './pipeline.ts'
import type { ScaleModelInput } from './types.ts'
import { moeStageParams } from './experts.ts'

export interface StageMemory {
  weightBytes: number
  gradientBytes: number
  optimizerBytes: number
  activationBytes: number
  totalBytes: number
}

/**
 * Bytes on the busiest GPU.
 *
 * @example
 * stageMemory(c, lt, { tensorParallel: 8, pipelineParallel: 64, dataParallel: 6, contextParallel: 1, interleave: 1, zeroStage: 1 }, 512, stageLayers(128, 64), paramsPerGpu, input).totalBytes
 */
export function stageMemory(c: LayerConstants, lt: LayerTimes, dims: { tensorParallel: number, pipelineParallel: number, dataParallel: number, contextParallel: number, interleave: number, zeroStage: ZeroStage, expertParallel?: number }, microbatches: number, stages: StageLayers, paramsPerGpu: number, input: ScaleModelInput): StageMemory {
  const { tensorParallel: t, pipelineParallel: p, interleave: v } = dims
  const m = microbatches
  const zero = dims.zeroStage
  const dpRanks = dims.dataParallel * dims.contextParallel
  // DualPipe (DeepSeek-V3 Table 2): p + 1 microbatches' activations in flight, two copies of the weights.
  const dualPipe = input.software?.pipelineSchedule === 'dualpipe' && p > 1
  const inFlightLayers = dualPipe
    ? Math.max(stages.first, stages.middle) * Math.min(p + 1, m)
    : Math.max(stages.first * Math.min(p, m), stages.middle * Math.min(Math.max(p - 1, 1), m))
  const interleaveFactor = v > 1
    ? 1 + (p - 1) / (p * v)
    : 1
  const activationBytes = inFlightLayers * lt.activationBytes * interleaveFactor
  if (c.moe) {
    // Routed experts: sharded ep ways; their optimizer state (and with ZeRO-2/3 gradients and weights)
    // over the d·cp/ep ranks holding the same experts. The busiest stage by total bytes.
    const ep = dims.expertParallel ?? 1
    const expertRanks = dpRanks / ep
    const copies = dualPipe ? 2 : 1
    const all = moeStageParams({ ...c, moe: c.moe }, t, ep, p, stages)
    const bytesOf = (x: { replicated: number, routed: number }): StageMemory => {
      const weightBytes = copies * (zero >= 3
        ? 2 * x.replicated / dpRanks + 2 * x.routed / expertRanks + 2 * 2 * c.layerParams / t
        : 2 * (x.replicated + x.routed))
      const gradientBytes = copies * 2 * (x.replicated / (zero >= 2
        ? dpRanks
        : 1) + x.routed / (zero >= 2
        ? expertRanks
        : 1))
      const optimizerBytes = 12 * (x.replicated / (zero >= 1
        ? dpRanks
        : 1) + x.routed / (zero >= 1
        ? expertRanks
        : 1))
      return stageBytes(weightBytes, gradientBytes, optimizerBytes, activationBytes)
    }
    return [
      bytesOf(all.first),
      bytesOf(all.middle),
      bytesOf(all.last),
    ].reduce((a, b) => b.totalBytes > a.totalBytes
      ? b
      : a)
  }
  const weightBytes = zero >= 3
    ? 2 * paramsPerGpu / dpRanks + 2 * 2 * c.layerParams / t
    : 2 * paramsPerGpu
  const gradientBytes = 2 * paramsPerGpu / (zero >= 2
    ? dpRanks
    : 1)
  const optimizerBytes = 12 * paramsPerGpu / (zero >= 1
    ? dpRanks
    : 1)
  return stageBytes(weightBytes, gradientBytes, optimizerBytes, activationBytes)
}

function stageBytes(weightBytes: number, gradientBytes: number, optimizerBytes: number, activationBytes: number): StageMemory {
  return {
    weightBytes,
    gradientBytes,
    optimizerBytes,
    activationBytes,
    totalBytes: weightBytes + gradientBytes + optimizerBytes + activationBytes,
  }
}
