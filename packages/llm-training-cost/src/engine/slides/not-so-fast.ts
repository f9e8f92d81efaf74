import type { Assumptions } from '../assumptions/validation.ts'
/**
 * The "Not so fast" figure: what stops a dense model of the scaling wall's size before the money does,
 * each limit under the current assumptions and computed by the scale model (engine/scale-model): the
 * memory, the step on the cluster (pipeline bubble and exposed communication), failures with a
 * Young/Daly checkpoint interval, the systems' power, and the data. One call for the whole slide.
 */
import type { TrainingEstimate } from '../formulas/estimate.ts'
import type { DataSupply } from '../scale-model/data-supply.ts'
import type { TrainingGoodput } from '../scale-model/failures.ts'
import type { ClusterPower } from '../scale-model/power.ts'
import { SCALING_WALL_CLAIMS } from '../../data/published-claims.ts'
import { computeOptimalTokens } from '../formulas/compute-optimal.ts'
import { estimateTraining } from '../formulas/estimate.ts'
import { notSoFast } from '../scale-model/cluster-sweep.ts'
import { dataSupply } from '../scale-model/data-supply.ts'
import { clusterPowerFromSystems } from '../scale-model/power.ts'
import { checkpointedGoodput, scaleReportOptions } from '../scale-model/report.ts'

export interface ComputeOptimalSize { params: number, tokens: number }

export interface ScaleLimits {
  /** The cluster the limits are computed on: the assumptions' GPUs, or the wall's 100,000 without. */
  gpus: number
  params: number
  pue: number
  /** The run itself at the fixed MFU (memory, time) on `gpus`. */
  run: TrainingEstimate
  /** The step of the best layout the scale model finds on `gpus`; null where it has no data for the chip. */
  step: { effectiveMfu: number, bubbleShare: number, exposedCommShare: number, stepSeconds: number, microbatchesPerPipeline: number, pipelineParallel: number } | null
  /** The global batch the step used, in words: "the batch-size law's 101M tokens". */
  batchWords: string
  failures: TrainingGoodput
  restartMinutes: number
  /** The systems' power (server maximum ÷ GPUs) × PUE, and the old boards × PUE beside it. */
  power: ClusterPower
  /** Compute-optimal tokens at the wall's two sizes (1T, 10T), against the largest published set. */
  data: {
    wall: ComputeOptimalSize
    nextWall: ComputeOptimalSize
    supply: DataSupply
  }
}

/**
 * Every limit of a compute-optimal model of the scaling wall's first size (1T), on the assumptions'
 * cluster (the wall's 100,000 GPUs when none is given).
 *
 * @example
 * scaleLimits(DEFAULT_ASSUMPTIONS).failures.goodput // ≈0.69: 100k A100 at Llama 3's failure rate, checkpoints every ≈2.6 min
 * scaleLimits(DEFAULT_ASSUMPTIONS).power.facilityPowerWatts // ≈8.9e7: DGX A100 systems, not 44 MW of boards
 */
export function scaleLimits(assumptions: Assumptions): ScaleLimits {
  const [wall, nextWall] = SCALING_WALL_CLAIMS
  const optimal = (params: number): ComputeOptimalSize => ({
    params,
    tokens: computeOptimalTokens(params, assumptions.tokensPerParam),
  })
  const gpus = assumptions.gpus ?? wall.gpus
  const run = estimateTraining({ params: wall.params }, { ...assumptions, gpus })
  const figures = notSoFast({ ...assumptions, gpus })
  const model = figures.atCluster?.model ?? null
  return {
    gpus,
    params: wall.params,
    pue: assumptions.pue,
    run,
    step: model && {
      effectiveMfu: model.step.effectiveMfu,
      bubbleShare: model.step.bubbleShare,
      exposedCommShare: model.step.exposedCommShare,
      stepSeconds: model.step.stepSeconds,
      microbatchesPerPipeline: model.layout.microbatchesPerPipeline,
      pipelineParallel: model.layout.pipelineParallel,
    },
    batchWords: figures.batchWords,
    failures: checkpointedGoodput(wall.params, gpus, scaleReportOptions(assumptions)),
    restartMinutes: assumptions.restartMinutes,
    power: clusterPowerFromSystems({ gpus, acceleratorId: assumptions.gpu, pue: assumptions.pue }),
    data: {
      wall: optimal(wall.params),
      nextWall: optimal(nextWall.params),
      supply: dataSupply(computeOptimalTokens(wall.params, assumptions.tokensPerParam)),
    },
  }
}
