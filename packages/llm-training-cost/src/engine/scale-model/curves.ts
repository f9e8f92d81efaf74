/**
 * The scale model swept over cluster sizes: the curves of the "Not so fast" figures.
 */
import type { ScaleModelInput, ScaleModelOutcome } from './types.ts'
import { scaleModel } from './scale-model.ts'

export interface ScaleCurves {
  gpus: readonly number[]
  /** One outcome per cluster size (a refusal where no layout fits). */
  points: ScaleModelOutcome[]
  layoutsEvaluated: number
}

/**
 * The scale model at each cluster size, the layout searched at each (a layout given in `input` is
 * kept, so sizes it does not divide come back refused).
 *
 * @example
 * scaleCurves(wallInput, [1000, 10_000, 100_000]).points.map(p => p.ok ? p.step.effectiveMfu : null)
 * // [0.54, 0.52, 0.12]: the bubble takes over once each pipeline holds fewer microbatches than stages
 */
export function scaleCurves(input: ScaleModelInput, gpus: readonly number[]): ScaleCurves {
  let layoutsEvaluated = 0
  const points = gpus.map((n) => {
    const r = scaleModel({
      ...input,
      cluster: { ...input.cluster, gpus: n },
    })
    if (r.ok)
      layoutsEvaluated += r.layoutsEvaluated
    return r
  })
  return { gpus, points, layoutsEvaluated }
}
