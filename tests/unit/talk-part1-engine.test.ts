import { describe, expect, it } from 'vitest'
import { EARLIER_MODELS, MODEL_DATES } from '../../packages/llm-training-cost/src/data/model-dates'
import { MODEL_IDS, TALK_MODEL_IDS } from '../../packages/llm-training-cost/src/data/models'
import { MOSAIC_THROUGHPUT } from '../../packages/llm-training-cost/src/data/published-claims'
import { DEFAULT_ASSUMPTIONS, estimateModel, layerShapeOf, megatronLayoutFor, parallelismMemory } from '../../packages/llm-training-cost/src/engine'
import { layerParams, modelParamsFromShape, relativeDifference } from '../../packages/llm-training-cost/src/engine/formulas/architecture'
import { hfuFromMfu } from '../../packages/llm-training-cost/src/engine/formulas/compute'
import { transformerLayerGemms } from '../../packages/llm-training-cost/src/engine/formulas/matmul'
import { computeOptimalFrontier, computeOptimalGap } from '../../packages/llm-training-cost/src/engine/slides/compute-optimal-gap'
import { annualGrowthFactor, decimalYear, yearsBetween } from '../../packages/llm-training-cost/src/engine/slides/model-growth'
import { attainableFlopsPerSecond, layerGemmsOnRoofline, roofLine } from '../../packages/llm-training-cost/src/engine/slides/roofline'
import { estimatesAtMfu, megatronRowUtilization, mfuSweep } from '../../packages/llm-training-cost/src/engine/slides/utilization'

describe('architecture: parameters from the shape', () => {
  it('one GPT-3 layer is 12·d² (4d² attention + 8d² MLP)', () => {
    const p = layerParams({ dModel: 12288, heads: 96, headDim: 128 })
    expect(p.attentionParams).toBe(4 * 12288 ** 2)
    expect(p.mlpParams).toBe(8 * 12288 ** 2)
    expect(p.totalParams).toBe(12 * 12288 ** 2)
  })

  it('96 layers + embedding land within 0.3% of GPT-3\'s published 175B', () => {
    const p = modelParamsFromShape({
      layers: 96,
      dModel: 12288,
      heads: 96,
      headDim: 128,
      vocab: 50257,
    })
    expect(p.layerStackParams).toBeCloseTo(1.7395e11, -8)
    expect(Math.abs(relativeDifference(p.totalParams, 175e9))).toBeLessThan(0.003)
  })

  it('relative difference is signed', () => {
    expect(relativeDifference(5.88e23, 5.76e23)).toBeCloseTo(0.0208, 4)
    expect(relativeDifference(90, 100)).toBeCloseTo(-0.1, 10)
  })
})

describe('roofline', () => {
  it('the roof is the bandwidth slope below the ridge and the peak above it', () => {
    expect(attainableFlopsPerSecond(10, 312e12, 2039e9)).toBeCloseTo(2.039e13, -8)
    expect(attainableFlopsPerSecond(1e4, 312e12, 2039e9)).toBe(312e12)
    const roof = roofLine(312e12, 2039e9, 1, 1e4)
    expect(roof.map(p => p.intensity)[1]).toBeCloseTo(153, 0)
    expect(roof[1]!.flopsPerSecond).toBeCloseTo(312e12, -6)
  })

  it('GPT-3 on A100-80GB: projections and MLP are compute-bound, attention (intensity 114) memory-bound', () => {
    const gemms = layerGemmsOnRoofline(transformerLayerGemms(layerShapeOf('gpt-3')!), 312e12, 2039e9)
    expect(gemms.map(g => g.bound)).toEqual([
      'compute',
      'memory',
      'memory',
      'compute',
      'compute',
      'compute',
    ])
    expect(gemms[1]!.intensity).toBeCloseTo(113.8, 1)
    // On an H100 (ridge 295) the attention GEMMs are further below the ridge; MLP still above it.
    const h100 = layerGemmsOnRoofline(transformerLayerGemms(layerShapeOf('gpt-3')!), 989.5e12, 3.35e12)
    expect(h100[4]!.bound).toBe('compute')
    expect(h100[1]!.attainableFlopsPerSecond).toBeCloseTo(h100[1]!.intensity * 3.35e12, -6)
  })
})

describe('compute-optimal gap', () => {
  it('GPT-3 saw 1.7 tokens per parameter: 11.7× fewer than 20 per parameter', () => {
    const gap = computeOptimalGap(175e9, 300e9, 20)
    expect(gap.tokensPerParam).toBeCloseTo(1.714, 3)
    expect(gap.computeOptimalTokens).toBe(3.5e12)
    expect(gap.tokenShortfallFactor).toBeCloseTo(11.67, 2)
    expect(gap).toMatchObject({ undertrained: true })
  })

  it('Chinchilla is on the frontier', () => {
    const gap = computeOptimalGap(70e9, 1.4e12, 20)
    expect(gap.tokenShortfallFactor).toBeCloseTo(1, 10)
    expect(gap).toMatchObject({ undertrained: false })
  })

  it('the frontier is D = k·N, log-spaced', () => {
    const f = computeOptimalFrontier(1e8, 1e13, 6, 20)
    expect(f).toHaveLength(6)
    expect(f[0]!.tokens).toBeCloseTo(2e9, -3)
    expect(f[5]!.params).toBeCloseTo(1e13, -3)
  })
})

describe('timeline', () => {
  it('months become mid-month decimal years', () => {
    expect(decimalYear('2020-05')).toBeCloseTo(2020.375, 10)
    expect(decimalYear('2022-04-05')).toBeCloseTo(2022.292, 3)
    expect(() => decimalYear('May 2020')).toThrow(RangeError)
    expect(() => decimalYear('2020-13')).toThrow(RangeError)
  })

  it('BERT-Large (340M, 2018-10) to PaLM (540B, 2022-04): ×8 a year', () => {
    expect(yearsBetween('2018-10', '2022-04')).toBeCloseTo(3.5, 10)
    expect(annualGrowthFactor(340e6, 540e9, 3.5)).toBeCloseTo(8.2, 1)
  })

  it('every date in data/model-dates.ts parses, and every talk model from Table 1 has one', () => {
    for (const m of [
      ...MODEL_DATES,
      ...EARLIER_MODELS,
    ]) {
      expect(decimalYear(m.published)).toBeGreaterThan(2016)
      expect(m.source.url).toMatch(/^https:\/\//)
    }
    // Every talk model is dated, and only talk models (known ids) are.
    expect(MODEL_DATES.map(m => m.id).sort()).toEqual([...TALK_MODEL_IDS].sort())
    expect(MODEL_IDS).toEqual(expect.arrayContaining([...TALK_MODEL_IDS]))
  })
})

describe('parallel layout and memory', () => {
  it('GPT-3 gets Megatron-LM\'s 145.6B layout: t = 8, p = 8, d = 24, m = 96, bubble 6.8%', () => {
    const layout = megatronLayoutFor(175e9)
    expect(layout.row.paramsBillions).toBe(145.6)
    expect(layout.dataParallel).toBe(24)
    expect(layout.microbatches).toBe(96)
    expect(layout.bubbleFraction).toBeCloseTo(7 / 103, 10)
    expect(megatronLayoutFor(1e12).row.paramsBillions).toBe(1008)
  })

  it('only ZeRO-3 and TP × PP bring GPT-3\'s 2.8 TB state under 80 GB per GPU', () => {
    const rows = parallelismMemory(175e9, megatronLayoutFor(175e9), 80e9)
    expect(rows.map(r => r.id)).toEqual([
      'dp',
      'zero-1',
      'zero-2',
      'zero-3',
      'tp',
      'pp',
      'tp-pp',
      'tp-pp-dp-zero-1',
    ])
    expect(rows[0]!.memory.totalBytes).toBe(2.8e12)
    expect(rows[3]!.memory.totalBytes).toBeCloseTo(2.8e12 / 1536, 0)
    expect(rows[6]!.memory.totalBytes).toBeCloseTo(43.75e9, -6)
    expect(rows.map(r => r.fits)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      true,
      true,
    ])
  })
})

describe('utilization', () => {
  it('Megatron-LM\'s 163 TFLOP/s is 52% HFU and 39% MFU', () => {
    const u = megatronRowUtilization({ teraFlopsPerGpu: 163 }, 312e12)
    expect(u.hfu).toBeCloseTo(0.5224, 4)
    expect(u.mfu).toBeCloseTo(0.3918, 4)
  })

  it('MosaicML\'s MFU and HFU differ by the recompute pass (× 4/3)', () => {
    for (const row of MOSAIC_THROUGHPUT.rows)
      expect(hfuFromMfu(row.mfu, 'full')).toBeCloseTo(row.hfu, 3)
  })

  it('cost scales as 1/MFU', () => {
    mfuSweep(0.2, 0.6, 5).forEach((mfu, i) => expect(mfu).toBeCloseTo([0.2, 0.3, 0.4, 0.5, 0.6][i]!, 12))
    const [low, high] = estimatesAtMfu({ params: 175e9, tokens: 300e9 }, DEFAULT_ASSUMPTIONS, [0.225, 0.45])
    expect(low!.costUsd / high!.costUsd).toBeCloseTo(2, 10)
    expect(high!.costUsd).toBeCloseTo(estimateModel('gpt-3', DEFAULT_ASSUMPTIONS).costUsd, 6)
  })
})
