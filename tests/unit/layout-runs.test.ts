import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { PUBLISHED_RUN_OF } from '../../packages/llm-training-cost/src/engine/scale-model/estimate'
import { modelFlopsPerTokenOfShape } from '../../packages/llm-training-cost/src/engine/scale-model/experts'
// "The runs after 2023" on their own published layouts (issue 23, item 3): the scale model's MFU and
// pre-training GPU-hours beside the published hours, and the MFU those hours imply in the same convention.
import { scaleInputFromRun } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'
import { scaleReport } from '../../packages/llm-training-cost/src/engine/scale-model/report'
import { impliedMfu, modelFlopsPerToken, runsOnTheirLayouts } from '../../packages/llm-training-cost/src/engine/slides/since-the-talk/layout-runs'

describe('runs after 2023 on their published layouts', () => {
  const rows = runsOnTheirLayouts(DEFAULT_ASSUMPTIONS)

  it('computes Llama 3.1 405B and DeepSeek-V3, and prints predicted against published GPU-hours', () => {
    console.table(rows.map(r => ({
      run: r.name,
      layout: r.layoutLabel,
      predictedMfu: `${(r.predictedMfu * 100).toFixed(1)}%`,
      impliedMfu: `${(r.impliedMfu * 100).toFixed(1)}%`,
      goodput: `${(r.goodput * 100).toFixed(1)}%`,
      predictedGpuHours: Math.round(r.predictedGpuHours),
      publishedGpuHours: r.publishedGpuHours,
      difference: `${(r.gpuHoursDifference * 100).toFixed(1)}%`,
    })))
    expect(rows.map(r => r.id)).toEqual(['deepseek-v3', 'llama-3.1-405b'])
    expect(rows.map(r => r.layout)).toEqual(['PP 16, EP 64, DP 128', 'TP 8, PP 16, DP 128'])
    for (const r of rows) {
      for (const value of [
        r.predictedMfu,
        r.impliedMfu,
        r.goodput,
        r.predictedGpuHours,
        r.costUsd,
        r.flopsPerToken,
      ])
        expect(Number.isFinite(value), r.id).toBe(true)
    }
  })

  it('holds DeepSeek-V3\'s pre-training hours (2.664M) within 5% and Llama 3.1 405B\'s 30.84M within 10%', () => {
    const ds = rows.find(r => r.id === 'deepseek-v3')!
    expect(ds.publishedGpuHours).toBe(2.664e6)
    expect(ds.publishedPretrainingOnly).toBe(true)
    expect(Math.abs(ds.gpuHoursDifference)).toBeLessThan(0.05)
    const llama = rows.find(r => r.id === 'llama-3.1-405b')!
    expect(llama.publishedGpuHours).toBe(30.84e6)
    expect(llama.publishedPretrainingOnly).toBe(false)
    expect(Math.abs(llama.gpuHoursDifference)).toBeLessThan(0.1)
  })

  it('counts model FLOPs as the step does: the shape\'s, attention over the full square', () => {
    for (const r of rows) {
      const run = PUBLISHED_RUN_OF[r.id]!
      expect(modelFlopsPerToken(r.id)).toBe(modelFlopsPerTokenOfShape(run.shape, 'full'))
      // The step scales the shape's count to the published total (Llama 3.1's shape counts 0.3% over 405B).
      expect(Math.abs(modelFlopsPerToken(r.id)! / r.flopsPerToken - 1)).toBeLessThan(0.005)
      const report = scaleReport(scaleInputFromRun(run))
      if (!report.ok)
        throw new Error(report.message)
      expect(report.model.step.modelFlops / (run.batchSequences * run.shape.seqLen)).toBe(r.flopsPerToken)
    }
  })

  it('implies one MFU from pre-training hours over pre-training tokens: predicted × goodput ≈ implied × published ÷ predicted hours', () => {
    for (const r of rows) {
      expect(r.impliedMfu).toBe(impliedMfu(r.flopsPerToken * r.tokens, r.publishedGpuHours, r.acceleratorId))
      // The published hours at the steady MFU times the goodput the model gives: what the prediction is.
      expect(r.predictedMfu * r.goodput / r.impliedMfu).toBeCloseTo(r.publishedGpuHours / r.predictedGpuHours, 2)
    }
    // DeepSeek-V3: 2.67e11 FLOPs per token × 14.8T ÷ (2.664M h × 3600 × 989.5 TFLOP/s) ≈ 44.7%.
    expect(rows[0]!.impliedMfu).toBeCloseTo(0.447, 2)
  })

  it('follows the panel: its price moves the cost, its restart time the goodput and hours; its MFU moves nothing', () => {
    const dearer = runsOnTheirLayouts({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(dearer[0]!.costUsd / rows[0]!.costUsd).toBeCloseTo(3 / DEFAULT_ASSUMPTIONS.usdPerGpuHour, 10)
    const slowRestart = runsOnTheirLayouts({ ...DEFAULT_ASSUMPTIONS, restartMinutes: 120 })
    expect(slowRestart[1]!.goodput).toBeLessThan(rows[1]!.goodput)
    expect(slowRestart[1]!.predictedGpuHours).toBeGreaterThan(rows[1]!.predictedGpuHours)
    expect(runsOnTheirLayouts({ ...DEFAULT_ASSUMPTIONS, mfu: 0.2 })).toEqual(rows)
  })
})
