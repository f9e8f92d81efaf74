// "The runs after 2023" on their own published layouts (issue 23, item 5): the scale model's MFU and
// pre-training GPU-hours beside the published hours, and the MFU those hours imply in the same convention.
import { describe, expect, it } from 'vitest'
import { runsOnTheirLayouts } from '../../engine/slides/since-the-talk/layout-runs'

describe('runs after 2023 on their published layouts', () => {
  const rows = runsOnTheirLayouts()

  it('computes Llama 3.1 405B and DeepSeek-V3, and prints predicted against published GPU-hours', () => {
    console.table(rows.map(r => ({
      run: r.name,
      layout: r.layoutLabel,
      predictedMfu: `${(r.predictedMfu * 100).toFixed(1)}%`,
      impliedMfu: `${(r.impliedMfu * 100).toFixed(1)}%`,
      predictedGpuHours: Math.round(r.predictedGpuHours),
      publishedGpuHours: r.publishedGpuHours,
      difference: `${(r.gpuHoursDifference * 100).toFixed(1)}%`,
    })))
    expect(rows.map(r => r.id)).toEqual(['deepseek-v3', 'llama-3.1-405b'])
  })

  it('holds DeepSeek-V3\'s pre-training hours (2.664M) within 15%', () => {
    const ds = rows.find(r => r.id === 'deepseek-v3')!
    expect(Math.abs(ds.gpuHoursDifference)).toBeLessThan(0.15)
  })

  it('implies the MFU the published hours give: predicted ÷ implied = published ÷ predicted hours (without failures, ≈)', () => {
    for (const r of rows) {
      expect(r.impliedMfu).toBeGreaterThan(0.1)
      expect(r.impliedMfu).toBeLessThan(1)
      expect(r.predictedMfu / r.impliedMfu).toBeGreaterThan((1 + r.gpuHoursDifference) ** -1 * 0.9)
    }
  })
})
