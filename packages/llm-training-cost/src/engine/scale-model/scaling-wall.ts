/**
 * The scaling wall with the scale model's utilization instead of the talk's fixed MFU: what the wall
 * slide shows when its switch says "scale model". Each size is a compute-optimal dense model of the
 * shape Megatron-LM's table gives it (./shape.ts), trained on the cluster with the fastest layout that
 * fits, its step's bubble and exposed communication, and goodput under failures (./report.ts).
 */
import type { ScalingWallClaim } from '../../data/published-claims.ts'
import type { Assumptions } from '../assumptions/validation.ts'
import type { BatchKind } from './batch-size.ts'
import { SCALING_WALL_CLAIMS } from '../../data/published-claims.ts'
import { SCALING_WALL_SCENARIO } from '../../data/scale-runs.ts'
import { getAccelerator } from '../facts/lookup.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'
import { reportWithinMemory, TALK_ERA_BATCH_TOKENS } from './batch-size.ts'
import { denseRunInput } from './cluster-sweep.ts'
import { kernelEfficiencyOf } from './hardware.ts'
import { scaleReportOptions } from './report.ts'
import { shapeForParams } from './shape.ts'

/**
 * Sizes of the scale-model curve: 10B to 10T, two per decade (1T and 10T fall on points). Below 10B
 * the wall is not the question, and each point is a layout search.
 */
const SCALE_WALL_SIZES: readonly number[] = Array.from({ length: 7 }, (_, i) => 1e10 * 10 ** (i / 2))

/** One size on one cluster. Null figures: no layout of this model fits the cluster's memory. */
export interface ScaleWallPoint {
  params: number
  tokens: number
  gpus: number
  costUsd: number | null
  /** Wall clock with failures. */
  days: number | null
  effectiveMfu: number | null
  goodput: number | null
  /** The global batch the point trained with: the assumptions', or the batch-size law's for this size. */
  batchTokens: number | null
}

export interface ScaleWall {
  /** The cluster the curve is on: the assumptions' GPUs, else the wall's 100k. */
  gpus: number
  points: ScaleWallPoint[]
  /** SemiAnalysis' 1T and 10T claims, each on the cluster it names. */
  claims: { claim: ScalingWallClaim, point: ScaleWallPoint }[]
  /** Why the scale model cannot run for this accelerator (no fabric or kernel data); null when it can. */
  unavailable: string | null
  /** Whose batch the points use: the law's (each size its own) or the one set in the assumptions. */
  batchFrom: 'law' | 'given'
  /**
   * The first claim (1T on 100k) at the other batch worth comparing: the talk era's 6.3M when the
   * points use the law's, else the law's. Null where it finds no layout.
   */
  compared: { batch: BatchKind, point: ScaleWallPoint } | null
}

/**
 * One compute-optimal dense model of `params` on `gpus` GPUs, by the scale model.
 *
 * @example
 * scaleWallPoint(DEFAULT_ASSUMPTIONS, 1e12, 100_000) // { effectiveMfu: ≈0.12, days: ≈580, costUsd: ≈2.1e9, goodput: ≈0.69, ... }
 */
function scaleWallPoint(assumptions: Assumptions, params: number, gpus: number): ScaleWallPoint {
  const tokens = computeOptimalTokens(params, assumptions.tokensPerParam)
  const input = denseRunInput(assumptions, shapeForParams(params).shape, gpus)
  // The law's batch, capped at what the cluster can hold (./batch-size.ts).
  const fitted = input && reportWithinMemory(input, scaleReportOptions(assumptions), assumptions.batchTokens === null
    ? 'law'
    : 'given')
  const ok = fitted?.report.ok ? fitted.report : null
  return {
    params,
    tokens,
    gpus,
    batchTokens: fitted?.batchTokens ?? null,
    costUsd: ok?.costUsd ?? null,
    days: ok?.wallClockDays ?? null,
    effectiveMfu: ok?.model.step.effectiveMfu ?? null,
    goodput: ok?.failures.goodput ?? null,
  }
}

/**
 * The scaling wall's curve and claims by the scale model, for the current assumptions.
 *
 * @example
 * scaleWall(DEFAULT_ASSUMPTIONS).claims[0].point.days // ≈580 days for 1T on 100k A100, not ~3 months
 */
export function scaleWall(assumptions: Assumptions): ScaleWall {
  const gpus = assumptions.gpus ?? SCALING_WALL_SCENARIO.gpus
  const accelerator = getAccelerator(assumptions.gpu)
  const unavailable = denseRunInput(assumptions, SCALING_WALL_SCENARIO.shape, gpus) === null
    ? `the scale model has no measured cluster network for ${accelerator.name}`
    : kernelEfficiencyOf(assumptions.gpu, assumptions.precision) === null
      ? `the scale model has no measured kernel efficiency for ${accelerator.name} at ${assumptions.precision}`
      : null
  const batchFrom = assumptions.batchTokens === null
    ? 'law'
    : 'given'
  if (unavailable !== null) {
    return {
      gpus,
      points: [],
      claims: [],
      unavailable,
      batchFrom,
      compared: null,
    }
  }
  const curve = SCALE_WALL_SIZES.map(params => scaleWallPoint(assumptions, params, gpus))
  const [first] = SCALING_WALL_CLAIMS
  const compared = batchFrom === 'law'
    ? {
        batch: 'talk era' as const,
        point: scaleWallPoint({ ...assumptions, batchTokens: TALK_ERA_BATCH_TOKENS }, first.params, first.gpus),
      }
    : {
        batch: 'law' as const,
        point: scaleWallPoint({ ...assumptions, batchTokens: null }, first.params, first.gpus),
      }
  return {
    gpus,
    points: curve,
    claims: SCALING_WALL_CLAIMS.map(claim => ({ claim, point: curve.find(p => p.params === claim.params && p.gpus === claim.gpus) ?? scaleWallPoint(assumptions, claim.params, claim.gpus) })),
    unavailable: null,
    batchFrom,
    compared: compared.point.costUsd === null
      ? null
      : compared,
  }
}
