/**
 * The layout search: tensor parallel (powers of two inside the NVLink domain that divide the heads),
 * pipeline stages, microbatch size (1, 2, 4, 8 sequences), interleaving and, for a mixture of experts,
 * expert parallel (the divisors of the routed experts that divide the data-parallel replicas), each
 * fixed where the input gives it, with the most data-parallel replicas the GPUs and the batch allow, and the ZeRO stage: the
 * given one, else ZeRO-1 (Megatron's distributed optimizer, the layouts the model is validated on)
 * and, only when no layout fits with it, for each layout the least sharding that fits (2, then 3; at
 * one layout more sharding is never faster, ./data-parallel.ts). Keeps the layouts that fit in memory
 * and returns the fastest (fewer GPUs on a tie), and the smallest in memory for a refusal.
 */
import type { ZeroStage } from '../formulas/memory.ts'
import type { HardwareRates } from './hardware.ts'
import type { LayerConstants, LayerTimes } from './layer.ts'
import type { ScaleModelInput, StepDims } from './types.ts'
import { layerTimes } from './layer.ts'
import { stageLayers } from './pipeline.ts'
import { stepCore } from './step.ts'

/** Divisors of n in ascending order. */
function divisors(n: number): number[] {
  const small: number[] = []
  const large: number[] = []
  for (let i = 1; i * i <= n; i++) {
    if (n % i === 0) {
      small.push(i)
      if (i * i !== n)
        large.push(n / i)
    }
  }
  return small.concat(large.reverse())
}

export interface LayoutSearch {
  /** The fastest layout that fits, or null. */
  best: StepDims | null
  /** The layout with the least memory, fitting or not (null when no layout splits the batch). */
  smallest: StepDims | null
  smallestBytes: number
  /** Whether t and p were both given (the data-parallel width then follows exactly). */
  exact: boolean
  evaluated: number
  /** The layer times of a (t, b), computed once each. */
  timesFor: (t: number, b: number) => LayerTimes
}

/**
 * Searches the layouts the input leaves open.
 *
 * @example
 * searchLayout(layerConstants(wall.shape), rates, wall).best // { tensorParallel: 8, pipelineParallel: 16, … } for 1T on 100k A100
 */
export function searchLayout(c: LayerConstants, rates: HardwareRates, input: ScaleModelInput): LayoutSearch {
  const given = input.layout ?? {}
  const G = input.cluster.gpus
  const sequences = input.batchTokens / c.seqLen
  const cp = given.contextParallel ?? 1
  const kvHeads = input.shape.kvHeads ?? input.shape.heads

  const tensorOptions = given.tensorParallel !== undefined
    ? [given.tensorParallel]
    : [1, 2, 4, 8, 16, 32, 64, 128].filter(t => t <= input.cluster.nvlinkDomainGpus && c.heads % t === 0 && (kvHeads % t === 0 || t % kvHeads === 0))
  let pipelineOptions: number[]
  if (given.pipelineParallel !== undefined) {
    pipelineOptions = [given.pipelineParallel]
  }
  else {
    // The fewest stages for each layers-per-stage count: more stages at the same count only add bubble.
    const set = new Set<number>()
    for (let k = 1; k <= c.layers; k++)
      set.add(Math.ceil(c.layers / k))
    pipelineOptions = [...set].sort((a, b) => a - b)
  }
  const microbatchOptions = given.microbatchSequences !== undefined
    ? [given.microbatchSequences]
    : [1, 2, 4, 8].filter(b => sequences % b === 0)
  const sequenceDivisors = divisors(sequences)
  // Not given: ZeRO-1 (ZeRO-0 moves the same bytes, updates every weight and holds more), then 2 and 3.
  const givenZero = input.software?.zeroStage

  let best: StepDims | null = null
  let bestSeconds = Number.POSITIVE_INFINITY
  let bestGpus = 0
  let smallest: StepDims | null = null
  let smallestBytes = Number.POSITIVE_INFINITY
  let evaluated = 0
  const cache = new Map<number, LayerTimes>()
  const timesFor = (t: number, b: number): LayerTimes => {
    const key = t * 4096 + b
    let lt = cache.get(key)
    if (!lt) {
      lt = layerTimes(c, rates, { tensorParallel: t, contextParallel: cp, microbatchSequences: b }, input)
      cache.set(key, lt)
    }
    return lt
  }
  const exact = given.tensorParallel !== undefined && given.pipelineParallel !== undefined

  const search = (zeroOptions: readonly ZeroStage[]): void => {
    for (const t of tensorOptions) {
      for (const p of pipelineOptions) {
        const modelParallel = t * p * cp
        if (modelParallel > G)
          continue
        const maxReplicas = exact
          ? G / modelParallel
          : Math.floor(G / modelParallel)
        const perStage = Math.floor(c.layers / p)
        const stages = stageLayers(c.layers, p)
        // Interleaving depths: 1, powers of two and the deepest the stage allows (one layer per chunk);
        // the step is convex in v (bubble ∝ 1/v, sends ∝ v), so these bracket the best.
        const interleaveOptions = given.interleave !== undefined
          ? [given.interleave]
          : p === 1 || input.software?.pipelineSchedule === 'dualpipe'
            ? [1]
            : [
                ...new Set([1, 2, 3, 4, 6, 8, 12, 16, perStage]),
              ].filter(v => v <= perStage)
        for (const b of microbatchOptions) {
          // The most replicas that divide the batch into whole microbatches.
          let d = 0
          if (exact) {
            d = (sequences / b) % maxReplicas === 0
              ? maxReplicas
              : 0
          }
          else {
            for (let i = sequenceDivisors.length - 1; i >= 0; i--) {
              const x = sequenceDivisors[i]!
              if (x <= maxReplicas && (sequences / b) % x === 0) {
                d = x
                break
              }
            }
          }
          if (d === 0)
            continue
          const lt = timesFor(t, b)
          // Expert parallel: as given, else every divisor of the routed experts that divides the d·cp
          // replicas (EP is carved out of the data-parallel group).
          const expertOptions = given.expertParallel !== undefined
            ? [given.expertParallel]
            : c.moe
              ? divisors(c.moe.routed).filter(ep => (d * cp) % ep === 0)
              : [1]
          for (const ep of expertOptions) {
            // For v ≥ 2 the step is convex in v (slots fall as 1/v, sends grow as v) and memory only
            // shrinks as v grows, so once a fitting layout is slower than the previous fitting one, stop.
            let previousFitSeconds = Number.POSITIVE_INFINITY
            for (const v of interleaveOptions) {
              let dims!: StepDims
              let k!: ReturnType<typeof stepCore>
              for (const zeroStage of zeroOptions) {
                dims = {
                  tensorParallel: t,
                  pipelineParallel: p,
                  dataParallel: d,
                  contextParallel: cp,
                  interleave: v,
                  microbatchSequences: b,
                  expertParallel: ep,
                  zeroStage,
                }
                k = stepCore(c, rates, lt, dims, input, stages)
                evaluated++
                if (k.totalBytes <= rates.memoryBytes)
                  break
              }
              if (k.totalBytes < smallestBytes) {
                smallestBytes = k.totalBytes
                smallest = dims
              }
              // No interleaving depth beats m microbatch-times of the slowest stage: if that already loses, stop.
              if (k.m * k.stageSeconds >= bestSeconds)
                break
              if (k.totalBytes > rates.memoryBytes)
                continue
              if (v >= 2) {
                if (k.stepSeconds > previousFitSeconds)
                  break
                previousFitSeconds = k.stepSeconds
              }
              const gpus = t * p * cp * d
              if (k.stepSeconds < bestSeconds * (1 - 1e-12) || (k.stepSeconds <= bestSeconds * (1 + 1e-12) && gpus < bestGpus)) {
                best = dims
                bestSeconds = k.stepSeconds
                bestGpus = gpus
              }
            }
          }
        }
      }
    }
  }
  // Megatron's distributed optimizer (ZeRO-1) first; more sharding only when no layout fits without it.
  search(givenZero === undefined
    ? [1]
    : [givenZero])
  if (best === null && givenZero === undefined)
    search([2, 3])

  return {
    best,
    smallest,
    smallestBytes,
    exact,
    evaluated,
    timesFor,
  }
}
