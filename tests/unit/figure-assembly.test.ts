import type { GpuPrice } from '../../packages/llm-training-cost/src/data/prices'
import type { Source } from '../../packages/llm-training-cost/src/data/source'
// The figures components show, assembled by the engine: each test pins what a slide shows at the
// talk's defaults and one thing that must follow an edit.
import { describe, expect, it } from 'vitest'
import { CHINCHILLA_TABLE_1_IDS, MODELS, TALK_MODEL_IDS } from '../../packages/llm-training-cost/src/data/models'
import { GPU_PRICES } from '../../packages/llm-training-cost/src/data/prices'
import { CHINCHILLA_TABLE_3, PUBLISHED_COSTS } from '../../packages/llm-training-cost/src/data/published-claims'
import { CHINCHILLA_LOSS_FIT } from '../../packages/llm-training-cost/src/data/scaling-laws'
import { architectureOf, computeOptimalFigure, DEFAULT_ASSUMPTIONS, estimateModel, estimateTraining, getModel, modelCostSpan, modelRows, modelTimeline, offerRows, palmComparison, publishedCostRows, publishedCostSeries, publishedCostSpan, publishedUtilization, rooflineFigure, sameComputeFigure, scaleLimits, transformerParamsFigure, utilizationCostFigure, utilizationCostMfuRange, workCostByChip, workCostSpan } from '../../packages/llm-training-cost/src/engine'
import { peakFlopsPerSecond } from '../../packages/llm-training-cost/src/engine/facts/lookup'
import { compactCitations, shortCitation, uniqueSources } from '../../packages/llm-training-cost/src/engine/facts/sources'
import { modelGrowth } from '../../packages/llm-training-cost/src/engine/slides/model-growth'
import { palmClaim } from '../../packages/llm-training-cost/src/engine/slides/palm'

describe('scaleLimits: "Not so fast" for a compute-optimal 1T model, from the scale model', () => {
  it('on the wall\'s 100,000 A100 at the defaults', () => {
    const limits = scaleLimits(DEFAULT_ASSUMPTIONS)
    expect(limits.gpus).toBe(100_000)
    expect(limits.run.trainingStateBytes).toBe(16e12)
    expect(limits.run.minGpusForMemory).toBe(200)
    // At the law's batch each pipeline has many microbatches: little bubble, above the talk's 45%.
    expect(limits.batchWords).toBe('the batch-size law\'s 101M tokens')
    expect(limits.step?.effectiveMfu).toBeGreaterThan(0.45)
    expect(limits.step?.bubbleShare).toBeLessThan(0.1)
    // At the 2021 batch (3,072 × 2,048): few microbatches per pipeline, the bubble takes most of the step.
    const talkEra = scaleLimits({ ...DEFAULT_ASSUMPTIONS, batchTokens: 3072 * 2048 })
    expect(talkEra.step?.effectiveMfu).toBeLessThan(0.2)
    expect(talkEra.step?.bubbleShare).toBeGreaterThan(0.5)
    // Young/Daly checkpoints: well above the linear model's 50.7%, well below Llama 3's 90%.
    expect(limits.failures.goodput).toBeGreaterThan(0.6)
    expect(limits.failures.goodput).toBeLessThan(0.8)
    // DGX A100: 6.5 kW per 8 GPUs, × PUE 1.1, against 44 MW of boards × PUE.
    expect(limits.power.basis).toBe('system')
    expect(limits.power.facilityPowerWatts).toBeCloseTo(100_000 * 6500 / 8 * 1.1, -3)
    expect(limits.power.boardOnlyFacilityWatts).toBeCloseTo(44e6, -6)
    expect(limits.data.wall).toEqual({ params: 1e12, tokens: 20e12 })
    expect(limits.data.nextWall).toEqual({ params: 10e12, tokens: 200e12 })
    expect(limits.data.supply.largestPublishedTokens).toBe(36e12)
  })

  it('without a cluster size, falls back on the wall\'s 100,000 GPUs', () => {
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: null }).gpus).toBe(100_000)
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: null }).failures).toEqual(scaleLimits(DEFAULT_ASSUMPTIONS).failures)
  })

  it('follows the cluster and the GPU; on TPU v4 the scale model runs (torus and DCN), on TPU v3 it has no kernel data', () => {
    const llama = scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: 16_384, gpu: 'h100-sxm' })
    expect(llama.failures.goodput).toBeGreaterThan(0.9)
    expect(llama.power.facilityPowerWatts).toBeGreaterThan(16_384 * 700 * 1.1)
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpu: 'tpu-v4' }).step?.effectiveMfu).toBeGreaterThan(0)
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpu: 'tpu-v3' }).step).toBeNull()
  })

  it('follows tokens per parameter', () => {
    expect(scaleLimits({ ...DEFAULT_ASSUMPTIONS, tokensPerParam: 10 }).data.wall.tokens).toBe(10e12)
  })
})

describe('publishedCostRows: "30B → $450k | $326k; 70B → $2.5M | $1.75M"', () => {
  it('joins each MosaicML price to SemiAnalysis\' compute-only cost of the same run', () => {
    const rows = publishedCostRows(DEFAULT_ASSUMPTIONS)
    expect(rows.map(r => [r.price.params, r.price.usd, r.computeOnly?.usd])).toEqual([
      [30e9, 450e3, 326e3],
      [70e9, 2.5e6, 1.75e6],
    ])
    // At the defaults (45% MFU, $1.5/h) the engine reproduces SemiAnalysis within 0.5%.
    for (const row of rows)
      expect(row.engine.costUsd / row.computeOnly!.usd).toBeCloseTo(1, 2)
  })

  it('gives no compute-only figure, rather than a crash, where none was published for the run', () => {
    const onlyPrices = PUBLISHED_COSTS.filter(c => c.publisher === 'mosaicml' || c.params !== 70e9)
    const rows = publishedCostRows(DEFAULT_ASSUMPTIONS, onlyPrices)
    expect(rows.map(r => r.computeOnly?.usd ?? null)).toEqual([326e3, null])
  })

  it('prices the same runs under the current assumptions', () => {
    const [row] = publishedCostRows({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    expect(row!.engine.costUsd).toBe(estimateTraining({ params: 30e9, tokens: 610e9 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.3 }).costUsd)
  })

  it('charts them over a compute-optimal line from 1B to 1T', () => {
    const series = publishedCostSeries(DEFAULT_ASSUMPTIONS)
    expect(series.line).toHaveLength(13)
    expect(series.line[0]!.params).toBeCloseTo(1e9, 0)
    expect(series.line.at(-1)!.params).toBeCloseTo(1e12, 0)
    expect(series.price.map(p => p.costUsd)).toEqual([450e3, 2.5e6])
    expect(series.computeOnly.map(p => p.costUsd)).toEqual([326e3, 1.75e6])
  })
})

describe('rooflineFigure', () => {
  it('the A100-80GB roof (ridge 153 FLOP/B) with GPT-3\'s GEMMs, attention memory-bound', () => {
    const figure = rooflineFigure('gpt-3', DEFAULT_ASSUMPTIONS)
    expect(figure.gpuName).toBe('NVIDIA A100 SXM 80GB')
    expect(figure.ridge.intensity).toBeCloseTo(153, 0)
    expect(figure.ridge.flopsPerSecond).toBe(312e12)
    expect(figure.gemms.map(g => g.bound)).toEqual([
      'compute',
      'memory',
      'memory',
      'compute',
      'compute',
      'compute',
    ])
  })

  it('follows the GPU and the precision', () => {
    expect(rooflineFigure('gpt-3', { gpu: 'h100-sxm', precision: 'fp8' }).ridge.flopsPerSecond).toBe(peakFlopsPerSecond('h100-sxm', 'fp8'))
  })
})

describe('utilization figures', () => {
  it('puts PaLM Table 3 (short names), MosaicML and Megatron-LM converted to MFU on one scale', () => {
    const figure = publishedUtilization(DEFAULT_ASSUMPTIONS)
    expect(figure.palmTable3.map(p => [p.name, p.utilization])).toEqual([
      ['GPT-3', 0.213],
      ['Gopher', 0.325],
      ['MT-NLG', 0.302],
      ['PaLM', 0.462],
    ])
    expect(figure.megatronMfu.at(-1)!.utilization).toBeCloseTo(0.3918, 4)
    expect(figure.megatronHfu.at(-1)!.params).toBeCloseTo(1008e9, -9)
    expect(figure.currentMfu).toBe(0.45)
    // Half a decade-step of room beyond the smallest (Megatron-LM 1.7B) and largest (1T) points.
    expect(figure.range.minParams).toBeCloseTo(1.7e9 / 1.5, -6)
    expect(figure.range.maxParams).toBeCloseTo(1008e9 * 1.5, -9)
  })

  it('prices one run over the MFUs published runs reached, lowest first', () => {
    const figure = utilizationCostFigure('gpt-3', DEFAULT_ASSUMPTIONS)
    expect(figure.lowest.mfu).toBe(0.213)
    expect(figure.highest.mfu).toBe(0.6)
    expect(figure.curve).toHaveLength(41)
    expect(figure.published.map(p => p.name)).toEqual([
      'GPT-3',
      'MT-NLG',
      'Gopher',
      'PaLM',
      'MosaicML 30B',
    ])
    expect(figure.current.costUsd).toBe(estimateModel('gpt-3', DEFAULT_ASSUMPTIONS).costUsd)
    // Cost goes as 1/MFU.
    expect(figure.lowest.costUsd / figure.highest.costUsd).toBeCloseTo(0.6 / 0.213, 10)
    expect(utilizationCostMfuRange()).toEqual({ min: 0.213, max: 0.6 })
  })
})

describe('modelTimeline and modelGrowth: "models grow"', () => {
  it('dates the earlier Transformers and the talk\'s seven models, by short name', () => {
    const timeline = modelTimeline()
    expect(timeline.models.filter(m => m.inTalk).map(m => m.id).sort()).toEqual([...TALK_MODEL_IDS].sort())
    expect(timeline.models.find(m => m.id === 'mt-nlg')!.name).toBe('MT-NLG')
    expect(timeline.models.find(m => m.id === 'gpt-3')!.year).toBeCloseTo(2020.375, 3)
    expect(timeline.yearRange).toEqual({ min: 2017, max: 2023 })
  })

  it('measures growth from the earliest model to the largest', () => {
    const growth = modelGrowth(modelTimeline().models)!
    expect([growth.first.name, growth.largest.name]).toEqual(['Transformer (big)', 'PaLM'])
    expect(growth.factor).toBeCloseTo(540.35e9 / 213e6, 0)
    expect(growth.factorPerYear ** growth.years).toBeCloseTo(growth.factor, 6)
    expect(modelGrowth([])).toBeNull()
  })
})

describe('computeOptimalFigure and modelRows', () => {
  it('places the talk\'s models against D = k·N over Chinchilla Table 3\'s sizes', () => {
    const figure = computeOptimalFigure(TALK_MODEL_IDS, DEFAULT_ASSUMPTIONS)
    expect(figure.range).toEqual({ minParams: CHINCHILLA_TABLE_3.rows[0].params, maxParams: CHINCHILLA_TABLE_3.rows.at(-1)!.params })
    expect(figure.frontier.map(p => p.tokens / p.params)).toEqual([20, 20])
    expect(figure.models.filter(m => !m.gap.undertrained).map(m => m.id)).toEqual(['chinchilla'])
    expect(computeOptimalFigure(['gpt-3'], { tokensPerParam: 10 }).models[0]!.gap.tokenShortfallFactor).toBeCloseTo(5.83, 2)
  })

  it('gives one row per model with its estimate and gap, in the order asked', () => {
    const rows = modelRows(CHINCHILLA_TABLE_1_IDS, DEFAULT_ASSUMPTIONS)
    expect(rows.map(r => r.id)).toEqual([...CHINCHILLA_TABLE_1_IDS])
    expect(rows[1]!.estimate).toEqual(estimateModel('gpt-3', DEFAULT_ASSUMPTIONS))
    expect(rows[1]!.gap.tokenShortfallFactor).toBeCloseTo(11.7, 1)
  })
})

describe('offerRows', () => {
  it('one row per vendor, chip (without its maker) and month; the $1.5 convention is no offer', () => {
    const rows = offerRows()
    expect(rows[0]).toEqual({
      label: 'AWS A100 SXM 40GB (2021-06)',
      usdPerGpuHour: { 'on-demand': 4.1, '1-year': 2.4, '3-year': 1.45 },
    })
    const shown = (offers: readonly GpuPrice[]) => offerRows(offers).flatMap(r => Object.values(r.usdPerGpuHour)).filter(v => v !== null)
    expect(shown(GPU_PRICES)).toHaveLength(GPU_PRICES.length)
    expect(shown([
      ...GPU_PRICES,
      { ...GPU_PRICES[0], term: 'convention' },
    ])).toHaveLength(GPU_PRICES.length)
  })
})

describe('getModel narrows to the entry of its id', () => {
  it('gives a literal id\'s own fields without a cast (a type error here if it did not)', () => {
    const palm = getModel('palm')
    expect(palm.hardware.chipHours).toBe(8_404_992)
    expect(palm.reportedTrainingFlops.value).toBe(2.56e24)
    expect(getModel('gpt-3').reportedMfu.value).toBe(0.213)
  })

  it('finds each id\'s own entry (the one cast in lookup.ts)', () => {
    for (const model of MODELS)
      expect(getModel(model.id)).toBe(model)
  })

  it('architectureOf: the published shape, asked in one place', () => {
    expect(architectureOf('gpt-3')?.layers).toBe(96)
    expect(architectureOf('palm')?.headDim).toBe(256)
  })
})

describe('palmComparison: PaLM\'s reported figures, recomputed from its inputs', () => {
  const row = (id: string) => palmComparison().find(r => r.id === id)!

  it('6·N·D is 1% under the reported 2.56e24; MFU from 238.3K tokens/s is 46.2% (45.7% with 6N only)', () => {
    expect(row('trainingFlops').reported).toEqual({ unit: 'flops', value: 2.56e24 })
    expect(row('trainingFlops').engine.value / 2.56e24 - 1).toBeCloseTo(-0.01, 2)
    expect(row('mfu').engine.value).toBeCloseTo(0.462, 3)
    expect(row('mfuNoAttention').engine.value).toBeCloseTo(0.457, 3)
  })

  it('over the 8.4M booked chip-hours, ~31% of peak: a utilization against chip-hours, not comparable', () => {
    expect(row('wholeRun').reported).toEqual({ unit: 'chipHours', value: 8_404_992 })
    expect(row('wholeRun').engine.unit).toBe('fraction')
    expect(row('wholeRun').engine.value).toBeCloseTo(0.308, 3)
  })
})

describe('source footnotes', () => {
  const a = { title: 'Chowdhery et al., "PaLM: Scaling Language Modeling with Pathways"', where: 'Table 3: model FLOPs utilization of PaLM and prior large models' }
  const b = { title: 'mosaicml/examples', where: 'README throughput table (MFU, HFU, throughput per GPU) and yamls/mosaic_gpt/{30b,70b}.yaml (shapes)' }

  it('cites each source once, in first-seen order', () => {
    expect(uniqueSources([
      a,
      b,
      { ...a },
    ])).toEqual([a, b])
    expect(uniqueSources([
      a,
      { ...a, where: 'Table 1' },
    ])).toHaveLength(2)
  })

  it('shortens a source to who and the first clause of where, cut at a word', () => {
    expect(shortCitation(a)).toEqual({ who: 'Chowdhery et al.', where: 'Table 3' })
    expect(shortCitation(b)).toEqual({ who: 'mosaicml/examples', where: 'README throughput table' })
    expect(shortCitation({ title: 'T', where: 'Section 3.3.4 and Table 5 on reliability and operational challenges' }).where).toBe('Section 3.3.4 and Table 5 on…')
  })

  it('names each document once on a compact footnote, with every place in its tooltip', () => {
    const cited = compactCitations([
      { ...a, url: 'https://arxiv.org/abs/2204.02311', checked: '2026-12-01' },
      { ...b, url: 'https://github.com/mosaicml/examples', checked: '2026-12-01' },
      {
        ...a,
        where: 'Section 4.1',
        url: 'https://arxiv.org/abs/2204.02311',
        checked: '2026-12-01',
      },
    ])
    expect(cited.map(c => [c.who, c.where])).toEqual([
      ['Chowdhery et al.', '2 places'],
      ['mosaicml/examples', 'README throughput table'],
    ])
    expect(cited[0]!.full).toContain('Table 3: model FLOPs utilization of PaLM and prior large models; Section 4.1')
  })

  it('names who only past five documents, so a long footnote still holds to two lines', () => {
    const documents = (n: number): Source[] => Array.from({ length: n }, (_, i) => ({
      ...a,
      title: `Author ${i}, "Paper"`,
      url: `https://example.org/${i}`,
      checked: '2026-12-01' as const,
    }))
    expect(compactCitations(documents(5)).map(c => c.where)).toEqual(Array.from({ length: 5 }).fill('Table 3'))
    const many = compactCitations(documents(6))
    expect(many.map(c => [c.who, c.where])[5]).toEqual(['Author 5', ''])
    expect(many.every(c => c.where === '' && c.full.includes('Table 3'))).toBe(true)
  })
})

describe('modelCostSpan', () => {
  it('spans the six models of Chinchilla Table 1 from the cheapest to the dearest run, five of them under-trained', () => {
    const rows = modelRows(CHINCHILLA_TABLE_1_IDS, DEFAULT_ASSUMPTIONS)
    const span = modelCostSpan(rows)!
    expect(span.cheapestUsd).toBe(Math.min(...rows.map(r => r.estimate.costUsd)))
    expect(span.dearestUsd).toBe(estimateModel('mt-nlg', DEFAULT_ASSUMPTIONS).costUsd)
    expect(span.undertrained).toEqual(CHINCHILLA_TABLE_1_IDS.filter(id => id !== 'chinchilla'))
    expect(modelCostSpan([])).toBeNull()
  })

  it('counts Chinchilla short too when compute-optimal asks for more tokens than its 20', () => {
    const span = modelCostSpan(modelRows(CHINCHILLA_TABLE_1_IDS, { ...DEFAULT_ASSUMPTIONS, tokensPerParam: 25 }))!
    expect(span.undertrained).toHaveLength(CHINCHILLA_TABLE_1_IDS.length)
  })
})

describe('sameComputeFigure', () => {
  it('sets Gopher beside Chinchilla against the 5.76e23 FLOPs both used: 6ND −12.5% and +2.1%, Chinchilla the lower loss', () => {
    const figure = sameComputeFigure(['gopher', 'chinchilla'], 'chinchilla', DEFAULT_ASSUMPTIONS)
    expect(figure.budget!.value).toBe(5.76e23)
    const [gopher, chinchilla] = figure.sides
    console.log(`6ND against the stated budget: Gopher ${(gopher!.differenceFromBudget! * 100).toFixed(1)}%, Chinchilla ${(chinchilla!.differenceFromBudget! * 100).toFixed(1)}%; loss ${gopher!.loss.toFixed(3)} vs ${chinchilla!.loss.toFixed(3)}`)
    expect(gopher!.trainingFlops).toBe(6 * 280e9 * 300e9)
    expect(gopher!.differenceFromBudget).toBeCloseTo(6 * 280e9 * 300e9 / 5.76e23 - 1, 12)
    expect(chinchilla!.differenceFromBudget).toBeCloseTo(0.021, 3)
    expect(figure.winnerId).toBe('chinchilla')
    expect(chinchilla!.loss).toBeLessThan(gopher!.loss)
    expect(figure.sources.map(s => s.where)).toContain(CHINCHILLA_LOSS_FIT.source.where)
  })

  it('without a stated budget has no difference to show, and still picks the lower loss', () => {
    const figure = sameComputeFigure(['mt-nlg', 'chinchilla'], 'mt-nlg', DEFAULT_ASSUMPTIONS)
    expect(figure.budget).toBeNull()
    expect(figure.sides.map(s => s.differenceFromBudget)).toEqual([null, null])
    expect(figure.winnerId).toBe('chinchilla')
  })

  it('follows the price: the cost of each side', () => {
    const at3 = sameComputeFigure(['gopher', 'chinchilla'], 'chinchilla', { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(at3.sides[1]!.costUsd).toBeCloseTo(2 * sameComputeFigure(['gopher', 'chinchilla'], 'chinchilla', DEFAULT_ASSUMPTIONS).sides[1]!.costUsd, 6)
  })
})

describe('transformerParamsFigure', () => {
  it('counts GPT-3 from its shape: 96 layers of 12·d² plus the embedding, 0.25% under the published 175B', () => {
    const figure = transformerParamsFigure('gpt-3')!
    expect(figure.params.perLayer.totalParams).toBe(12 * 12288 ** 2)
    expect(figure.params.embeddingParams).toBe(50257 * 12288)
    expect(figure.publishedParams).toBe(175e9)
    expect(figure.difference).toBeCloseTo(figure.params.totalParams / 175e9 - 1, 12)
    expect(figure.difference).toBeCloseTo(-0.0025, 4)
    expect(figure.sources.map(s => s.where)).toEqual([
      expect.stringContaining('Figure 1'),
      expect.stringContaining('Table 2.1'),
    ])
  })

  it('without a vocabulary in the data, no embedding is counted', () => {
    expect(transformerParamsFigure('chinchilla')!.params.embeddingParams).toBe(0)
  })
})

describe('workCostSpan', () => {
  it('runs 10²¹ FLOPs from the cheapest offer of any chip to the dearest, and finds the chip the offer moves most', () => {
    const chips = workCostByChip(DEFAULT_ASSUMPTIONS)
    const span = workCostSpan(chips)!
    expect(span.cheapest.costUsd).toBe(Math.min(...chips.map(c => c.cheapest.costUsd)))
    expect(span.dearest.costUsd).toBe(Math.max(...chips.map(c => c.dearest.costUsd)))
    // At the defaults: an H100 PCIe on Lambda is the cheapest, the V100 (one offer, AWS p3dn) the dearest.
    expect([span.cheapest.acceleratorId, span.dearest.acceleratorId]).toEqual(['h100-pcie', 'v100'])
    // 10²¹ FLOPs ÷ (125 TFLOP/s × 45% × 3600 s) = 4,938 V100-hours at $31.212 ÷ 8.
    expect(span.dearest.costUsd).toBeCloseTo(1e21 / (125e12 * 0.45 * 3600) * 31.212 / 8, 6)
    // A100 40GB: GCP 3-year at $1.03 to AWS on demand at $4.10. The hours are the chip's, so the
    // spread is the prices' alone, whatever the MFU.
    expect(span.widestChip.acceleratorId).toBe('a100-40gb')
    expect(span.widestChip.ratio).toBeCloseTo(4.1 / 1.03, 6)
    expect(workCostSpan(workCostByChip({ ...DEFAULT_ASSUMPTIONS, mfu: 0.9 }))!.widestChip.ratio).toBeCloseTo(span.widestChip.ratio, 12)
    expect(workCostSpan([])).toBeNull()
  })

  it('follows the precision: in tf32 the dearest way is the A100 on demand, no longer the V100 (which has no tf32)', () => {
    const span = workCostSpan(workCostByChip({ ...DEFAULT_ASSUMPTIONS, precision: 'tf32' }))!
    expect(span.dearest.acceleratorId).toBe('a100-80gb')
  })
})

describe('publishedCostSpan', () => {
  it('puts the engine within 0.3% of SemiAnalysis at the defaults, and MosaicML\'s price 38–43% above it', () => {
    const span = publishedCostSpan(publishedCostRows(DEFAULT_ASSUMPTIONS))!
    console.log(`engine vs compute only ${(span.engineVsComputeOnly!.low * 100).toFixed(2)}% to ${(span.engineVsComputeOnly!.high * 100).toFixed(2)}%; price over engine ${(span.priceOverEngine.low * 100).toFixed(1)}% to ${(span.priceOverEngine.high * 100).toFixed(1)}%`)
    expect(Math.abs(span.engineVsComputeOnly!.low)).toBeLessThan(0.003)
    expect(Math.abs(span.engineVsComputeOnly!.high)).toBeLessThan(0.003)
    // $450k over the engine's 30B cost, $2.5M over its 70B cost.
    expect(span.priceOverEngine.low).toBeCloseTo(450e3 / estimateTraining({ params: 30e9, tokens: 610e9 }, DEFAULT_ASSUMPTIONS).costUsd - 1, 9)
    expect(span.priceOverEngine.high).toBeCloseTo(2.5e6 / estimateTraining({ params: 70e9, tokens: 1.4e12 }, DEFAULT_ASSUMPTIONS).costUsd - 1, 9)
    expect(publishedCostSpan([])).toBeNull()
  })

  it('moves with MFU: at 30% the engine costs half again SemiAnalysis\' figures', () => {
    const span = publishedCostSpan(publishedCostRows({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 }))!
    expect(span.engineVsComputeOnly!.low).toBeCloseTo(0.5, 1)
    expect(span.engineVsComputeOnly!.high).toBeCloseTo(0.5, 1)
  })
})

describe('palmClaim', () => {
  it('leads the PaLM slide with the engine\'s column: 46.2% MFU recomputed, 30.8% over the booked chip-hours', () => {
    const claim = palmClaim()
    const engine = Object.fromEntries(palmComparison().map(r => [r.id, r.engine.value]))
    expect(claim).toEqual({ mfu: engine.mfu, bookedUtilization: engine.wholeRun })
    expect(claim.mfu).toBeCloseTo(0.462, 3)
    expect(claim.bookedUtilization).toBeCloseTo(0.308, 3)
    expect(() => palmClaim([])).toThrow(/no "mfu" row/)
  })
})
