import type { Preset } from '../../packages/llm-training-cost/src/data/presets'
// Each preset reproduces the published figure it is named after, from the values its sources state.
import type { Assumptions } from '../../packages/llm-training-cost/src/engine'
import { describe, expect, it } from 'vitest'
import { byId } from '../../packages/llm-training-cost/src/data/by-id'
import { PRESETS } from '../../packages/llm-training-cost/src/data/presets'
import { GPU_PRICES } from '../../packages/llm-training-cost/src/data/prices'
import { MEGATRON_TIME_ESTIMATES, PALM_RUN, PUBLISHED_COSTS, SCALING_WALL_CLAIMS } from '../../packages/llm-training-cost/src/data/published-claims'
import { DEFAULT_ASSUMPTIONS, estimateModel, estimateTraining, getModel, validateAssumptions } from '../../packages/llm-training-cost/src/engine'
import { scaleEstimate, wantsScaleModel } from '../../packages/llm-training-cost/src/engine/scale-model/estimate'
import { kernelEfficiencyOf } from '../../packages/llm-training-cost/src/engine/scale-model/hardware'
import { runsOnTheirLayouts } from '../../packages/llm-training-cost/src/engine/slides/since-the-talk/layout-runs'
import { validatePartial } from '../../packages/slidev-addon-training-cost/composables/assumptions-edit'

function preset(id: typeof PRESETS[number]['id']): Assumptions {
  const p = PRESETS.find(x => x.id === id)!
  const checked = validatePartial(DEFAULT_ASSUMPTIONS, p.assumptions)
  expect(checked.rejected).toEqual([])
  return checked.value
}

function cost(id: typeof PUBLISHED_COSTS[number]['id']) {
  const c = PUBLISHED_COSTS.find(x => x.id === id)!
  return { params: c.params, tokens: c.tokens, usd: c.usd }
}

function within(actual: number, expected: number, fraction: number): void {
  expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(fraction)
}

describe('presets', () => {
  it('every preset passes validation, has a unique id, and cites sources with a URL', () => {
    expect(new Set(PRESETS.map(p => p.id)).size).toBe(PRESETS.length)
    for (const p of PRESETS) {
      preset(p.id)
      expect(p.sources.length).toBeGreaterThan(0)
      for (const s of p.sources)
        expect(s.url).toMatch(/^https:\/\//)
    }
  })

  it('SemiAnalysis 2023: $326k (30B) and $1.75M (70B) within 0.5%', () => {
    const a = preset('semianalysis-2023')
    for (const id of ['semianalysis-30b', 'semianalysis-70b'] as const) {
      const c = cost(id)
      within(estimateTraining({ params: c.params, tokens: c.tokens }, a).costUsd, c.usd, 0.005)
    }
  })

  it('scaling wall: 1T at ~$300M (within 10%) and ~3 months on 100,000 A100s', () => {
    const a = preset('semianalysis-wall')
    const claim = SCALING_WALL_CLAIMS[0]
    const run = estimateTraining({ params: claim.params }, { ...a, gpus: claim.gpus })
    within(run.costUsd, claim.usd, 0.1)
    expect(run.wallClockDays!).toBeGreaterThanOrEqual(claim.daysAtLeast)
    expect(run.wallClockDays!).toBeLessThanOrEqual(claim.daysAtMost)
  })

  it('MosaicML quote: $450k (GPT-30B) and $2.5M (GPT-70B) within 2.5%', () => {
    const a = preset('mosaicml-quote')
    for (const id of ['mosaic-30b-price', 'mosaic-70b-price'] as const) {
      const c = cost(id)
      within(estimateTraining({ params: c.params, tokens: c.tokens }, a).costUsd, c.usd, 0.025)
    }
  })

  it('Megatron-LM 1T: 39.2% MFU, 84 days on 3072 A100s for 450B tokens', () => {
    const a = preset('megatron-1t')
    expect(a.mfu).toBeCloseTo(0.392, 3)
    const claim = MEGATRON_TIME_ESTIMATES[1]
    const run = estimateTraining({ params: claim.params }, a)
    within(run.tokens, claim.tokens, 1e-9)
    within(run.wallClockDays!, claim.days, 0.01)
  })

  it('PaLM-like: 46.2% MFU and the 8.4M chip-hours PaLM booked (within 3%)', () => {
    const a = preset('palm')
    expect(a.mfu).toBe(PALM_RUN.mfuWithAttention)
    const run = estimateModel('palm', a)
    within(run.gpuHours, PALM_RUN.chipHours, 0.03)
  })

  it('PaLM-like names its goodput for what it is: booked hours against steady-state MFU, not time spent training', () => {
    const palm = PRESETS.find(p => p.id === 'palm')!
    expect(palm.reproduces).toContain('utilization of booked hours against steady-state MFU')
    expect(palm.reproduces).toMatch(/early batches/)
    expect(palm.reproduces).toMatch(/one pod/)
    // Booked hours are not downtime: no preset calls this ratio the share of booked hours that trained.
    for (const p of PRESETS)
      expect(p.reproduces, p.id).not.toMatch(/of booked (chip-)?hours training/)
  })

  function compare(label: string, predicted: number, published: number): number {
    const difference = predicted / published - 1
    console.log(`${label}: predicted ${predicted.toPrecision(4)}, published ${published.toPrecision(4)}, ${(difference * 100).toFixed(1)}%`)
    return difference
  }

  /** The preset's own run: its assumptions and its layout (command-line fields), through the scale model as `estimate` runs it. */
  function predicted(id: 'deepseek-v3' | 'llama-3.1-405b') {
    const p: Preset = PRESETS.find(x => x.id === id)!
    const v = validateAssumptions({
      ...DEFAULT_ASSUMPTIONS,
      ...p.assumptions,
      ...p.workload,
    })
    if (!v.ok)
      throw new Error(JSON.stringify(v.errors))
    const r = scaleEstimate(v.value)
    if (!r.ok)
      throw new Error(r.message)
    return {
      preset: p,
      v: v.value,
      r,
      onLayout: runsOnTheirLayouts(preset(id)).find(x => x.id === id)!,
    }
  }

  /** A number the preset's sentence prints ("46.0% MFU"), and the half-unit of its last digit. */
  function printed(text: string, pattern: RegExp): { value: number, precision: number } {
    const m = text.match(pattern)
    expect(m, `${pattern} in ${text}`).not.toBeNull()
    const digits = m![1]!.replace(/,/g, '')
    return {
      value: Number(digits),
      precision: 0.5 * 10 ** -(digits.split('.')[1]?.length ?? 0),
    }
  }

  for (const id of ['deepseek-v3', 'llama-3.1-405b'] as const) {
    it(`${id}: the scale model on its own published layout, no back-solved MFU; predicted against published hours, as its sentence says`, () => {
      const { preset: p, v, r, onLayout } = predicted(id)
      expect(p.assumptions.scaleModel).toBe(true)
      expect(wantsScaleModel(v)).toBe(true)
      expect(p.workload).toMatchObject({ model: id })
      expect(r.summary.layout).toMatchObject({
        tensorParallel: onLayout.layoutLabel.includes('TP 8')
          ? 8
          : 1,
        pipelineParallel: 16,
        dataParallel: 128,
      })
      // The command line's run with the preset is the appendix's run on the same layout.
      expect(r.report.gpuHours / onLayout.predictedGpuHours).toBeCloseTo(1, 9)
      const published = onLayout.publishedGpuHours
      const difference = compare(`${p.label} preset on its layout (MFU ${(onLayout.predictedMfu * 100).toFixed(1)}%), GPU-hours`, r.report.gpuHours, published)
      expect(Math.abs(difference)).toBeLessThan(0.1)
      // The sentence's numbers are the engine's, at the precision they are printed.
      const mfu = printed(p.reproduces, /predicts (\d+\.\d)% MFU/)
      expect(Math.abs(onLayout.predictedMfu * 100 - mfu.value)).toBeLessThanOrEqual(mfu.precision)
      const hours = printed(p.reproduces, /and (\d+\.\d+)M (?:pre-training H800-|GPU-)hours against/)
      expect(Math.abs(r.report.gpuHours / 1e6 - hours.value)).toBeLessThanOrEqual(hours.precision)
      const change = printed(p.reproduces, /\((-?\d+\.\d)%\)/)
      expect(Math.abs(difference * 100 - change.value)).toBeLessThanOrEqual(change.precision)
    })
  }

  it('DeepSeek-V3: on 2048 H800s in FP8 at $2, its batch; no MFU set (the default stays for the fixed-MFU slides); under two months', () => {
    const a = preset('deepseek-v3')
    expect(a).toMatchObject({
      gpu: 'h800',
      precision: 'fp8',
      usdPerGpuHour: 2,
      gpus: 2048,
      scaleModel: true,
      batchTokens: 15_360 * 4096,
    })
    expect('mfu' in PRESETS.find(p => p.id === 'deepseek-v3')!.assumptions).toBe(false)
    expect(predicted('deepseek-v3').preset.workload).toEqual({
      model: 'deepseek-v3',
      tensorParallel: 1,
      pipelineParallel: 16,
      expertParallel: 64,
      zeroStage: 1,
    })
    const { r } = predicted('deepseek-v3')
    compare('DeepSeek-V3 preset, cost at $2 (pre-training) against its all-stage $5.576M', r.report.costUsd, getModel('deepseek-v3').publishedCost.usd)
    // 14.8 trillion tokens at 180K GPU-hours each on 2048 GPUs: "less than two months".
    expect(r.report.wallClockDays).toBeLessThan(61)
  })

  it('Llama 3.1 405B: its published 41% MFU and 90% goodput stay for the fixed-MFU slides (30.84M within 10% there too)', () => {
    const a = preset('llama-3.1-405b')
    const model = getModel('llama-3.1-405b')
    expect(a).toMatchObject({
      gpu: 'h100-sxm',
      mfu: 0.41,
      goodput: 0.9,
      gpus: 16384,
      scaleModel: true,
    })
    const run = estimateModel('llama-3.1-405b', a)
    expect(Math.abs(compare('Llama 3.1 405B preset at its published MFU, GPU-hours', run.gpuHours, model.hardware.chipHours))).toBeLessThan(0.1)
    const { r } = predicted('llama-3.1-405b')
    console.log(`Llama 3.1 405B preset on its layout: ${r.report.wallClockDays.toFixed(0)} days on 16,384 H100s, ${(r.report.costUsd / 1e6).toFixed(0)}M USD at $${a.usdPerGpuHour}`)
    expect(r.report.wallClockDays).toBeGreaterThan(54)
    expect(r.report.wallClockDays).toBeLessThan(100)
  })

  it('the wall on B200, 2026: the talk\'s 1T model below its $300M, at the ratio of price over peak × MFU; the MFU no more than the B200\'s kernel efficiency (issue 25, item 5)', () => {
    const wall = preset('semianalysis-wall')
    const b200 = preset('wall-b200-2026')
    const kernel = kernelEfficiencyOf('b200', 'bf16')!
    expect(b200.mfu).toBe(kernel)
    expect(b200.mfu).toBeLessThan(wall.mfu)
    expect(b200).toMatchObject({
      gpu: 'b200',
      precision: 'bf16',
      gpus: 100_000,
      tokensPerParam: wall.tokensPerParam,
    })
    const claim = SCALING_WALL_CLAIMS[0]
    const then = estimateTraining({ params: claim.params }, wall)
    const now = estimateTraining({ params: claim.params }, b200)
    console.log(`1T wall: A100 at $${wall.usdPerGpuHour} ${(then.costUsd / 1e6).toFixed(0)}M USD in ${then.wallClockDays!.toFixed(0)} days; B200 at $${b200.usdPerGpuHour} ${(now.costUsd / 1e6).toFixed(0)}M USD in ${now.wallClockDays!.toFixed(1)} days`)
    expect(now.costUsd / then.costUsd).toBeCloseTo((b200.usdPerGpuHour / (2.25e15 * b200.mfu)) / (wall.usdPerGpuHour / (312e12 * wall.mfu)), 10)
    expect(now.costUsd).toBeLessThan(claim.usd)
  })

  it('H100 (2024): Lambda\'s on-demand H100 SXM price', () => {
    const a = preset('h100-2024')
    const lambda = byId(GPU_PRICES, 'lambda-h100-sxm-on-demand-2024-01')
    expect(a).toMatchObject({ gpu: 'h100-sxm', precision: 'bf16', usdPerGpuHour: lambda.usdPerGpuHour })
    expect(estimateModel('gpt-3', a).costUsd).toSatisfy(Number.isFinite)
  })
})
