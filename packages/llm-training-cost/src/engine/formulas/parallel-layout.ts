/**
 * How a model's training state spreads over GPUs under data (ZeRO 0–3), tensor and pipeline
 * parallelism, for a layout Megatron-LM actually ran (Narayanan et al. 2021, Table 1).
 */
import type { MegatronTable1Row } from '../../data/published-claims.ts'
import type { PerGpuMemory, ZeroStage } from './memory.ts'
import { MEGATRON_TABLE_1 } from '../../data/published-claims.ts'
import { perGpuMemory } from './memory.ts'
import { pipelineBubbleFraction } from './scale-out.ts'

/** A 3-D parallel layout with its pipeline schedule. */
export interface MegatronLayout {
  row: MegatronTable1Row
  tensorParallel: number
  pipelineParallel: number
  /** GPUs / (t·p). */
  dataParallel: number
  gpus: number
  /** Microbatches per pipeline per iteration: batch / d, with a microbatch of one sequence. */
  microbatches: number
  /** (p − 1) / (m + p − 1). */
  bubbleFraction: number
}

/**
 * The Megatron-LM Table 1 layout for the model size closest (in log) to `params`, with the pipeline
 * bubble it implies. Table 1 gives no microbatch size: one sequence per microbatch is assumed, which
 * gives the most microbatches and so the smallest bubble the row allows.
 *
 * @example
 * megatronLayoutFor(175e9) // 145.6B row: t = 8, p = 8, d = 24, 1536 GPUs, m = 96, bubble 6.8%
 */
export function megatronLayoutFor(params: number): MegatronLayout {
  const rows: readonly MegatronTable1Row[] = MEGATRON_TABLE_1.rows
  const distance = (row: MegatronTable1Row): number => Math.abs(Math.log(row.paramsBillions * 1e9 / params))
  const row = rows.reduce((best, r) => (distance(r) < distance(best)
    ? r
    : best))
  const modelParallel = row.tensorParallel * row.pipelineParallel
  const dataParallel = row.gpus / modelParallel
  const microbatches = row.batchSize / dataParallel
  return {
    row,
    tensorParallel: row.tensorParallel,
    pipelineParallel: row.pipelineParallel,
    dataParallel,
    gpus: row.gpus,
    microbatches,
    bubbleFraction: pipelineBubbleFraction(row.pipelineParallel, microbatches),
  }
}

/** One way to spread the training state, and what each GPU then holds. */
export interface SchemeMemory {
  id: 'dp' | 'zero-1' | 'zero-2' | 'zero-3' | 'tp' | 'pp' | 'tp-pp' | 'tp-pp-dp-zero-1'
  label: string
  gpus: number
  memory: PerGpuMemory
  /** Weights, gradients and optimizer state fit in one GPU's memory (activations not counted). */
  fits: boolean
}

/**
 * Training-state bytes per GPU (mixed-precision Adam, 16 B/param; activations not counted) for each
 * scheme alone on the layout's GPUs, and for the layout combined.
 *
 * @example
 * parallelismMemory(175e9, megatronLayoutFor(175e9), 80e9).map(s => s.memory.totalBytes / 1e9)
 * // [2800, 701, 352, 1.82, 350, 350, 43.8, 12.3] GB: only ZeRO-3 and TP × PP fit an A100-80GB
 */
export function parallelismMemory(params: number, layout: MegatronLayout, memoryBytesPerGpu: number): SchemeMemory[] {
  const { tensorParallel: t, pipelineParallel: p, dataParallel: d, gpus } = layout
  const scheme = (id: SchemeMemory['id'], label: string, gpuCount: number, run: { dataParallel?: number, tensorParallel?: number, pipelineParallel?: number, zeroStage?: ZeroStage }): SchemeMemory => {
    const memory = perGpuMemory({ params, ...run })
    return {
      id,
      label,
      gpus: gpuCount,
      memory,
      fits: memory.totalBytes <= memoryBytesPerGpu,
    }
  }
  return [
    scheme('dp', 'Data parallel (replicas)', gpus, { dataParallel: gpus, zeroStage: 0 }),
    scheme('zero-1', 'DP + ZeRO-1 (optimizer)', gpus, { dataParallel: gpus, zeroStage: 1 }),
    scheme('zero-2', 'DP + ZeRO-2 (+ gradients)', gpus, { dataParallel: gpus, zeroStage: 2 }),
    scheme('zero-3', 'DP + ZeRO-3 (+ weights)', gpus, { dataParallel: gpus, zeroStage: 3 }),
    scheme('tp', `Tensor parallel ${t}`, t, { tensorParallel: t }),
    scheme('pp', `Pipeline parallel ${p}`, p, { pipelineParallel: p }),
    scheme('tp-pp', `TP ${t} × PP ${p}`, t * p, { tensorParallel: t, pipelineParallel: p }),
    scheme('tp-pp-dp-zero-1', `TP ${t} × PP ${p} × DP ${d}, ZeRO-1`, gpus, {
      tensorParallel: t,
      pipelineParallel: p,
      dataParallel: d,
      zeroStage: 1,
    }),
  ]
}
