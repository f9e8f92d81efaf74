// The appendix "Since the talk", one engine call per figure: runs since the talk against their
// published GPU-hours, DeepSeek-V3 against its dense peer, the wall in 2026 on Epoch AI's cost trend,
// hardware since the A100 with its price per PFLOP-hour; and the dated prices behind them.
import { describe, expect, it } from 'vitest'
import { COST_ESTIMATES, FRONTIER_COST_TREND, PRICES_SINCE_2024, RUN_DATES } from '../../packages/llm-training-cost/src/data/since-the-talk'
import { deepSeekVersusDense, DEFAULT_ASSUMPTIONS, estimateTraining, getModel, hardwareSinceA100, sinceTheTalkRuns, wallIn2026 } from '../../packages/llm-training-cost/src/engine'
import { precisionSpeedup } from '../../packages/llm-training-cost/src/engine/formulas/precision'
import { kernelEfficiencyOf } from '../../packages/llm-training-cost/src/engine/scale-model/hardware'
import { impliedMfu, modelFlopsPerToken, runsOnTheirLayouts } from '../../packages/llm-training-cost/src/engine/slides/since-the-talk/layout-runs'
import { asAmortizedUsd, frontierTrendUsd, TREND_PIVOT_YEAR, yearOnFrontierTrend } from '../../packages/llm-training-cost/src/engine/slides/since-the-talk/wall-2026'

function compare(label: string, predicted: number, published: number): number {
  const difference = predicted / published - 1
  console.log(`${label}: predicted ${predicted.toPrecision(4)}, published ${published.toPrecision(4)}, ${(difference * 100).toFixed(1)}%`)
  return difference
}

describe('prices since 2024', () => {
  it('each is dated from July 2023 (AWS\'s P5 launch price, in force past the talk) to the check day, labelled on-demand, reserved or contract, and says whether it was re-checked', () => {
    for (const p of PRICES_SINCE_2024) {
      expect(p.observed >= '2023-07' && p.observed <= '2026-12-07', `${p.vendor} ${p.offer}: ${p.observed}`).toBe(true)
      // A dated source cannot have observed a price after it was published (the P5 row was dated 2024
      // from an article of July 2023).
      if ('published' in p.source && p.source.published)
        expect(p.observed <= p.source.published.slice(0, p.observed.length), `${p.offer}: observed ${p.observed}, source of ${p.source.published}`).toBe(true)
      expect(['on-demand', 'reserved', 'contract']).toContain(p.term)
      expect(p.usdPerGpuHour).toBeGreaterThan(0.5)
      expect(p.usdPerGpuHour).toBeLessThan(20)
      // The source note says which: re-read in a stored copy, or SECONDARY as quoted.
      expect(p.source.where, p.offer).toMatch(p.rechecked ? /Re-(read|checked)/ : /SECONDARY/)
    }
    const observed = PRICES_SINCE_2024.map(p => p.observed)
    expect(observed).toEqual([...observed].sort())
  })

  it('prices an H200 from H200 offers (AWS p5e, p5en), never from an H100 one', () => {
    const h200 = hardwareSinceA100(DEFAULT_ASSUMPTIONS).find(r => r.id === 'h200')!
    expect([h200.cheapest!.usdPerGpuHour, h200.dearest!.usdPerGpuHour]).toEqual([5.408, 7.912])
    expect([h200.cheapest!.acceleratorId, h200.dearest!.acceleratorId]).toEqual(['h200', 'h200'])
  })

  it('labels every third-party cost as an estimate with its method, and the trend with its interval', () => {
    for (const e of COST_ESTIMATES)
      expect(['cloud-rental', 'amortized-hardware-energy']).toContain(e.method)
    expect(FRONTIER_COST_TREND.growthPerYear).toBe(2.4)
    expect(FRONTIER_COST_TREND.interval).toEqual([2.0, 3.1])
  })
})

describe('sinceTheTalkRuns: the runs since the talk on their published layouts', () => {
  const rows = sinceTheTalkRuns(DEFAULT_ASSUMPTIONS)

  it('lists the runs with published GPU-hours in date order, each on its own hardware and precision; the scale model on each published layout', () => {
    expect(rows.map(r => r.id)).toEqual(RUN_DATES.map(r => r.id))
    expect(rows.map(r => [r.acceleratorId, r.precision])).toEqual([
      ['a100-80gb', 'bf16'],
      ['h100-sxm', 'bf16'],
      ['h800', 'fp8'],
    ])
    // Llama 2's card gives no GPU count and no layout: not computed, only its implied MFU.
    expect(rows[0]!.onLayout).toBeNull()
    const onLayouts = runsOnTheirLayouts(DEFAULT_ASSUMPTIONS)
    for (const r of rows.slice(1)) {
      expect(r.onLayout).toEqual(onLayouts.find(x => x.id === r.id))
      compare(`${r.name} on ${r.onLayout!.layoutLabel}, MFU ${(r.onLayout!.predictedMfu * 100).toFixed(1)}% (implied ${(r.impliedMfu! * 100).toFixed(1)}%), GPU-hours`, r.onLayout!.predictedGpuHours, r.publishedGpuHours)
    }
  })

  it('has one implied MFU a run: pre-training model FLOPs (attention counted) over pre-training GPU-hours at the 16-bit peak', () => {
    for (const r of rows) {
      const flopsPerToken = r.onLayout?.flopsPerToken ?? modelFlopsPerToken(r.id)!
      expect(r.impliedMfu).toBe(impliedMfu(flopsPerToken * r.tokens, r.publishedGpuHours, r.acceleratorId))
      if (r.onLayout)
        expect(r.impliedMfu).toBe(r.onLayout.impliedMfu)
      console.log(`${r.name}: implied MFU ${(r.impliedMfu! * 100).toFixed(1)}% of the BF16 peak over ${r.publishedPretrainingOnly ? 'pre-training' : 'all published'} hours`)
    }
    // DeepSeek-V3 over its 2.664M pre-training hours (not the 2.788M total); Llama 3.1 over all 30.84M
    // (the card does not split them); Llama 2's card counts pre-training only.
    const [llama2, llama31, deepseek] = rows
    expect(deepseek!.publishedGpuHours).toBe(2.664e6)
    expect([llama2!.publishedPretrainingOnly, llama31!.publishedPretrainingOnly, deepseek!.publishedPretrainingOnly]).toEqual([true, false, true])
    expect(deepseek!.impliedMfu).toBeCloseTo(0.447, 2)
    expect(llama31!.impliedMfu).toBeCloseTo(0.374, 2)
    expect(llama2!.impliedMfu).toBeGreaterThan(0.4)
    expect(llama2!.impliedMfu).toBeLessThan(0.6)
  })

  it('carries DeepSeek\'s own $5.576M with its caveat, and follows the panel: price moves the cost, MFU moves nothing', () => {
    const deepseek = rows.find(r => r.id === 'deepseek-v3')!
    expect(deepseek.publishedCostUsd).toBe(5.576e6)
    expect(deepseek.publishedCostCaveat).toMatch(/prior research/)
    const dearer = sinceTheTalkRuns({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(dearer[2]!.onLayout!.costUsd / deepseek.onLayout!.costUsd).toBeCloseTo(3 / DEFAULT_ASSUMPTIONS.usdPerGpuHour, 10)
    expect(sinceTheTalkRuns({ ...DEFAULT_ASSUMPTIONS, mfu: 0.2 })).toEqual(rows)
  })
})

describe('deepSeekVersusDense', () => {
  const figure = deepSeekVersusDense(DEFAULT_ASSUMPTIONS)

  it('counts 37.6B of 671B per token with attention against 405B dense, and holds all 671B', () => {
    expect(figure.moe.activeParams).toBeCloseTo(37.6e9, -9)
    expect(figure.moe.flopsPerToken).toBeGreaterThan(6 * figure.moe.activeParams)
    expect(figure.dense.flopsPerToken).toBeGreaterThan(6 * 405e9)
    expect(figure.moe.trainingStateBytes).toBe(671e9 * 16)
    expect(figure.moe.trainingStateBytes).toBeGreaterThan(figure.dense.trainingStateBytes)
    // DeepSeek's ISCA'25 paper (SECONDARY): 250 vs 2,448 GFLOP per token with attention (causal) at 4K.
    compare('DeepSeek-V3 per token, attention over the full square, vs its 250 GFLOP (causal)', figure.moe.flopsPerToken, 250e9)
    compare('Llama 405B per token at 8K, full square, vs 2,448 GFLOP (causal, 4K)', figure.dense.flopsPerToken, 2448e9)
  })

  it('steps from the dense run to DeepSeek\'s price: experts, FP8, its own layout\'s utilization, its price', () => {
    expect(figure.steps.map(s => s.id)).toEqual([
      'dense',
      'moe-bf16',
      'moe-fp8',
      'own-layout',
      'deepseek-price',
    ])
    const [dense, moe, fp8, layout, price] = figure.steps
    expect(dense!.factor).toBeNull()
    expect(moe!.factor).toBeCloseTo((figure.moe.flopsPerToken * 14.8e12) / (figure.dense.flopsPerToken * 15.6e12), 10)
    expect(fp8!.factor).toBeCloseTo(1 / precisionSpeedup('h800', 'fp8').factor, 10)
    // Its own layout: the scale model's MFU and goodput replace the panel's MFU × FP8 × goodput.
    expect(layout!.gpuHours).toBe(figure.onLayout.predictedGpuHours)
    expect(layout!.mfu).toBe(figure.onLayout.predictedMfu)
    expect(layout!.factor).toBeCloseTo(DEFAULT_ASSUMPTIONS.mfu * precisionSpeedup('h800', 'fp8').factor * DEFAULT_ASSUMPTIONS.goodput / (figure.onLayout.predictedMfu * figure.onLayout.goodput), 2)
    expect(price!.factor).toBeCloseTo(2 / DEFAULT_ASSUMPTIONS.usdPerGpuHour, 10)
    expect(price!.gpuHours).toBe(layout!.gpuHours)
    expect(figure.fp8Note).toMatch(/measured 1\.15×/)
    for (const s of figure.steps) {
      console.log(`${s.label}: MFU ${(s.mfu * 100).toFixed(1)}%, ${(s.gpuHours / 1e6).toFixed(3)}M GPU-hours, $${(s.costUsd / 1e6).toFixed(2)}M${s.factor === null
        ? ''
        : ` ×${s.factor.toFixed(3)}`}`)
    }
    compare('DeepSeek-V3 on its layout at $2, pre-training cost, against its $5.576M (all stages)', price!.costUsd, figure.publishedCostUsd)
  })

  it('names what is left: the stages after pre-training (124K H800-hours) and the model\'s pre-training error; they add up to DeepSeek\'s figure', () => {
    const last = figure.steps[figure.steps.length - 1]!
    expect(figure.left.otherStagesGpuHours).toBeCloseTo(124e3, 0)
    expect(last.costUsd - figure.left.pretrainingDifferenceCostUsd + figure.left.otherStagesCostUsd).toBeCloseTo(figure.publishedCostUsd, 0)
    expect(Math.abs(figure.left.pretrainingDifference)).toBeLessThan(0.05)
  })

  it('follows an edit: the price moves the first four steps, not DeepSeek\'s last; the MFU the first three, not its layout\'s', () => {
    const dearer = deepSeekVersusDense({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(dearer.steps[0]!.costUsd / figure.steps[0]!.costUsd).toBeCloseTo(2, 10)
    expect(dearer.steps[3]!.costUsd / figure.steps[3]!.costUsd).toBeCloseTo(2, 10)
    expect(dearer.steps[4]!.costUsd).toBeCloseTo(figure.steps[4]!.costUsd, 6)
    const faster = deepSeekVersusDense({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(faster.steps[2]!.gpuHours).toBeLessThan(figure.steps[2]!.gpuHours)
    expect(faster.steps[3]!.gpuHours).toBe(figure.steps[3]!.gpuHours)
  })
})

describe('wallIn2026 and the frontier cost trend', () => {
  const wall = wallIn2026(DEFAULT_ASSUMPTIONS)

  it('prices the talk\'s 1T model on the panel\'s GPU, H100 2026 and B200 2026', () => {
    expect(wall.rows.map(r => r.id)).toEqual([
      'panel',
      'h100-2026',
      'b200-2026',
      'b200-2026-fp8',
    ])
    expect(wall.rows[0]!.estimate.costUsd).toBeCloseTo(estimateTraining({ params: 1e12 }, { ...DEFAULT_ASSUMPTIONS, gpus: 100_000 }).costUsd, 0)
    for (const r of wall.rows)
      console.log(`1T on ${r.label}: $${(r.estimate.costUsd / 1e6).toFixed(0)}M, ${r.estimate.wallClockDays!.toFixed(1)} days on ${wall.gpus} GPUs; the trend reaches it in ${r.trendYear.year.toFixed(1)} (${r.trendYear.early.toFixed(1)}–${r.trendYear.late.toFixed(1)})`)
    const [, h100, b200, b200fp8] = wall.rows
    expect(b200!.estimate.costUsd).toBeLessThan(h100!.estimate.costUsd)
    // Like with like (issue 25, item 5): both chips on demand, and never above their kernel efficiency.
    expect(h100!.offer!.term).toBe('on-demand')
    expect(b200!.offer!.term).toBe(h100!.offer!.term)
    const capped = wallIn2026({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    for (const r of capped.rows.slice(1))
      expect(r.estimate.mfu).toBeLessThanOrEqual(kernelEfficiencyOf(r.acceleratorId, 'bf16')!)
    expect(capped.rows[0]!.estimate.mfu).toBe(0.6)
    expect(b200fp8!.estimate.costUsd / b200!.estimate.costUsd).toBeCloseTo(1 / precisionSpeedup('b200', 'fp8').factor, 10)
  })

  it('places SemiAnalysis\' $300M (rental) on the amortized trend as amortized: about 2024.8, and the trend through its 2027 billion (issue 25, item 6)', () => {
    expect(frontierTrendUsd(2027)).toBeCloseTo(1e9, 0)
    expect(frontierTrendUsd(2026)).toBeCloseTo(1e9 / 2.4, 0)
    expect(FRONTIER_COST_TREND.rentalOverAmortized.value).toBe(2)
    expect(asAmortizedUsd(300e6)).toBe(150e6)
    const y = yearOnFrontierTrend(asAmortizedUsd(300e6))
    console.log(`$300M (rental) as amortized on the trend: ${y.year.toFixed(2)} (${y.early.toFixed(2)}–${y.late.toFixed(2)})`)
    expect(y.year).toBeCloseTo(2027 + Math.log(0.15) / Math.log(2.4), 10)
    expect(y.year).toBeGreaterThan(2024.7)
    expect(y.year).toBeLessThan(2024.9)
    expect(wall.talkTrendYear).toEqual(y)
    expect(wall.talkOnTrend.usd).toBe(150e6)
  })

  it('the interval pivots on the fit\'s middle, not on the 2027 phrase: at least two years wide where the wall lands', () => {
    expect(TREND_PIVOT_YEAR).toBe(2020)
    const [slow, fast] = FRONTIER_COST_TREND.interval
    // The three lines meet at the pivot, and nowhere else.
    expect(frontierTrendUsd(TREND_PIVOT_YEAR, slow)).toBeCloseTo(frontierTrendUsd(TREND_PIVOT_YEAR), 0)
    expect(frontierTrendUsd(TREND_PIVOT_YEAR, fast)).toBeCloseTo(frontierTrendUsd(TREND_PIVOT_YEAR), 0)
    expect(frontierTrendUsd(2027, fast)).toBeGreaterThan(frontierTrendUsd(2027) * 2)
    const y = wall.talkTrendYear
    expect(y.late - y.early).toBeGreaterThan(2)
    expect(y.early).toBeLessThan(y.year)
    expect(y.late).toBeGreaterThan(y.year)
    // Pivoting on 2027 would give an interval under a year wide here.
    const at2027 = (g: number): number => 2027 + Math.log(0.15) / Math.log(g)
    expect(at2027(slow) - at2027(fast)).toBeLessThan(1)
  })

  it('every wall row meets the trend as amortized: its rental cost ÷ the paper\'s ratio', () => {
    for (const r of wall.rows) {
      expect(r.amortizedUsd).toBeCloseTo(r.estimate.costUsd / 2, 0)
      expect(r.trendYear).toEqual(yearOnFrontierTrend(r.amortizedUsd))
    }
  })

  it('the trend\'s band holds Epoch\'s own amortized GPT-4 estimate (SECONDARY)', () => {
    const gpt4 = wall.amortized.find(p => p.label === 'GPT-4')!
    const at = (g: number): number => frontierTrendUsd(gpt4.year, g)
    compare('GPT-4 amortized: trend vs estimate', at(2.4), gpt4.usd)
    expect(gpt4.usd).toBeGreaterThan(Math.min(at(3.1), at(2.0)))
    expect(gpt4.usd).toBeLessThan(Math.max(at(3.1), at(2.0)))
  })

  it('follows an edit: a dearer hour moves the panel\'s wall later on the trend', () => {
    const dearer = wallIn2026({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(dearer.panelOnTrend.usd).toBeCloseTo(2 * wall.panelOnTrend.usd, 0)
    expect(dearer.panelOnTrend.year - wall.panelOnTrend.year).toBeCloseTo(Math.log(2) / Math.log(2.4), 10)
  })
})

describe('hardwareSinceA100', () => {
  const rows = hardwareSinceA100(DEFAULT_ASSUMPTIONS)

  it('compares the A100 with H100, H200, B200 and GB200 by peak, memory and bandwidth', () => {
    expect(rows.map(r => r.id)).toEqual([
      'a100-80gb',
      'h100-sxm',
      'h200',
      'b200',
      'gb200',
    ])
    expect(rows.find(r => r.id === 'b200')!.memoryBandwidthBytesPerSecond).toBe(7.7e12)
    expect(rows[0]!.fp8FlopsPerSecond).toBeNull()
    expect(rows[0]!.chosen).toBe(true)
  })

  it('prices a PFLOP-hour of BF16 peak at each chip\'s cheapest and dearest 2024–2026 offer, and delivered at the MFU', () => {
    const b200 = rows.find(r => r.id === 'b200')!
    expect(b200.usdPerPeakPflopHour![0]).toBeCloseTo(3.75 / 2.25, 10)
    expect(b200.usdPerPeakPflopHour![1]).toBeCloseTo(6 / 2.25, 10)
    expect(b200.usdPerUsefulPflopHour![0]).toBeCloseTo(3.75 / 2.25 / DEFAULT_ASSUMPTIONS.mfu, 10)
    // No dated GB200 price is cited: no figure, not a guess.
    expect(rows.find(r => r.id === 'gb200')!.usdPerPeakPflopHour).toBeNull()
    const a100 = rows[0]!
    console.log(`A100 $${a100.usdPerPeakPflopHour!.map(x => x.toFixed(2)).join('–')} vs B200 $${b200.usdPerPeakPflopHour!.map(x => x.toFixed(2)).join('–')} per PFLOP-hour of peak`)
    expect(b200.usdPerPeakPflopHour![0]).toBeLessThan(a100.usdPerPeakPflopHour![0])
  })

  it('follows an edit: at a higher MFU a delivered PFLOP-hour costs less', () => {
    const at60 = hardwareSinceA100({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(at60[1]!.usdPerUsefulPflopHour![0] / rows[1]!.usdPerUsefulPflopHour![0]).toBeCloseTo(DEFAULT_ASSUMPTIONS.mfu / 0.6, 10)
    expect(getModel('deepseek-v3').hardware.acceleratorId).toBe('h800')
  })
})
