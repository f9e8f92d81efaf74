// The scale model's API: typed refusals, given / partial / searched layouts, memory fit, the pipeline
// schedule, model vs hardware FLOPs, and recomputation against Korthikanti et al.'s measurements.
import type { ScaleModelInput } from '../../packages/llm-training-cost/src/engine'
import { describe, expect, it } from 'vitest'
import { NEMO_SHAPES, SCALING_WALL_SCENARIO } from '../../packages/llm-training-cost/src/data/scale-runs'
import { scaleModel } from '../../packages/llm-training-cost/src/engine'
import { hardwareRatesOf, kernelEfficiencyOf } from '../../packages/llm-training-cost/src/engine/scale-model/hardware'
import { layerConstants, layerTimes } from '../../packages/llm-training-cost/src/engine/scale-model/layer'
import { stageLayers } from '../../packages/llm-training-cost/src/engine/scale-model/pipeline'

// Megatron-LM Table 1's 1T model (the talk's wall shape), trained with dropout as those runs were.
const gpt1t: ScaleModelInput = {
  shape: { ...SCALING_WALL_SCENARIO.shape, dropout: true },
  cluster: {
    gpus: 3072,
    acceleratorId: 'a100-80gb',
    nvlinkDomainGpus: 8,
    interNodeBytesPerSecondPerGpu: 25e9,
  },
  batchTokens: 3072 * 2048,
  precision: 'bf16',
  recompute: 'full',
  sequenceParallel: false,
  trainingTokens: 450e9,
  usdPerGpuHour: 1.5,
}

describe('scaleModel: refusals are returned, named by field, never thrown', () => {
  const cases: [string, Partial<ScaleModelInput>, string][] = [
    [
      't that does not divide the heads',
      {
        layout: { tensorParallel: 3 },
      },
      'tensorParallel',
    ],
    [
      't × p that does not divide the GPUs',
      {
        layout: { tensorParallel: 8, pipelineParallel: 7 },
      },
      'gpus',
    ],
    [
      'a microbatch that does not divide the batch',
      {
        layout: { microbatchSequences: 5 },
      },
      'microbatchSequences',
    ],
    [
      'more stages than layers',
      {
        layout: { pipelineParallel: 129 },
      },
      'pipelineParallel',
    ],
    [
      'interleaving deeper than the layers on a stage',
      {
        layout: { tensorParallel: 8, pipelineParallel: 64, interleave: 3 },
      },
      'interleave',
    ],
    [
      'a batch that is not whole sequences',
      { batchTokens: 1000 },
      'batchTokens',
    ],
    [
      'a fractional GPU count',
      {
        cluster: { ...gpt1t.cluster, gpus: 10.5 },
      },
      'gpus',
    ],
    [
      'a precision the chip lacks',
      { precision: 'fp8' },
      'precision',
    ],
    [
      'an accelerator without a kernel efficiency',
      {
        cluster: { ...gpt1t.cluster, acceleratorId: 'v100' },
        precision: 'fp16',
      },
      'acceleratorId',
    ],
    [
      'an NVLink domain of 0 GPUs',
      {
        cluster: { ...gpt1t.cluster, nvlinkDomainGpus: 0 },
      },
      'nvlinkDomainGpus',
    ],
    [
      'no scale-out bandwidth',
      {
        cluster: { ...gpt1t.cluster, interNodeBytesPerSecondPerGpu: 0 },
      },
      'interNodeBytesPerSecondPerGpu',
    ],
    [
      'negative training tokens',
      { trainingTokens: -1 },
      'trainingTokens',
    ],
    [
      'a kernel efficiency above 1',
      { kernelEfficiency: 1.5 },
      'kernelEfficiency',
    ],
    [
      'a layout that does not fit in memory',
      {
        recompute: 'none',
        layout: {
          tensorParallel: 8,
          pipelineParallel: 8,
          interleave: 1,
          microbatchSequences: 8,
        },
        cluster: { ...gpt1t.cluster, gpus: 3072 },
      },
      'layout',
    ],
  ]
  it.each(cases)('refuses %s (field %s)', (_, change, field) => {
    const r = scaleModel({
      ...gpt1t,
      ...change,
    })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.field).toBe(field)
      expect(r.message.length).toBeGreaterThan(10)
    }
  })
})

describe('scaleModel: layouts', () => {
  it('uses a full layout as given', () => {
    const r = scaleModel({
      ...gpt1t,
      layout: {
        tensorParallel: 8,
        pipelineParallel: 64,
        interleave: 2,
        microbatchSequences: 1,
      },
    })
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.layout).toEqual({
        tensorParallel: 8,
        pipelineParallel: 64,
        dataParallel: 6,
        contextParallel: 1,
        expertParallel: 1,
        interleave: 2,
        microbatchSequences: 1,
        zeroStage: 1,
        microbatchesPerPipeline: 512,
        gpusUsed: 3072,
      })
      expect(r.layoutsEvaluated).toBe(1)
      // Bubble: (p − 1)/v microbatch-times against m of them.
      expect(r.step.bubbleSeconds / (r.step.computeSeconds + r.step.tensorParallelCommSeconds)).toBeCloseTo(63 / 2 / 512, 6)
    }
  })

  it('searches what a partial layout leaves out, and picks no slower than any given completion', () => {
    const partial = scaleModel({
      ...gpt1t,
      layout: { tensorParallel: 8, pipelineParallel: 64 },
    })
    const fixed = scaleModel({
      ...gpt1t,
      layout: {
        tensorParallel: 8,
        pipelineParallel: 64,
        interleave: 1,
        microbatchSequences: 1,
      },
    })
    expect(partial.ok && fixed.ok).toBe(true)
    if (partial.ok && fixed.ok)
      expect(partial.step.stepSeconds).toBeLessThanOrEqual(fixed.step.stepSeconds)
  })

  it('with no layout, picks the fastest that fits in memory, TP inside the NVLink domain', () => {
    const r = scaleModel(gpt1t)
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.memory.fits).toBe(true)
      expect(r.memory.totalBytes).toBeLessThanOrEqual(80e9)
      expect(r.layout.tensorParallel).toBeLessThanOrEqual(8)
      expect(r.layout.gpusUsed).toBeLessThanOrEqual(3072)
      expect(r.layoutsEvaluated).toBeGreaterThan(100)
      const given = scaleModel({
        ...gpt1t,
        layout: {
          tensorParallel: 8,
          pipelineParallel: 64,
          interleave: 2,
          microbatchSequences: 1,
        },
      })
      if (given.ok)
        expect(r.step.stepSeconds).toBeLessThanOrEqual(given.step.stepSeconds)
    }
  })

  it('keeps model FLOPs (6N + attention) and hardware FLOPs (with recomputation) apart', () => {
    for (const recompute of ['none', 'selective', 'full'] as const) {
      const r = scaleModel({ ...gpt1t, recompute })
      if (!r.ok)
        continue
      const attention = 12 * 128 * 25600 * 2048
      expect(r.step.modelFlops).toBeCloseTo((6 * 1.008e12 + attention) * gpt1t.batchTokens, -10)
      const ratio = r.step.hardwareFlops / r.step.modelFlops
      if (recompute === 'none')
        expect(ratio).toBe(1)
      else if (recompute === 'selective')
        expect(ratio).toBeCloseTo(1 + (attention / 3) / (6 * 1.008e12 + attention), 6)
      else
        expect(ratio).toBeGreaterThan(1.3)
      expect(r.step.effectiveHfu).toBeGreaterThanOrEqual(r.step.effectiveMfu)
    }
  })

  it('run totals: steps × step time, GPU-hours on the GPUs used, cost at the price', () => {
    const r = scaleModel(gpt1t)
    if (!r.ok)
      throw new Error(r.message)
    expect(r.run.steps).toBe(Math.ceil(450e9 / gpt1t.batchTokens))
    expect(r.run.wallClockDays).toBeCloseTo(r.run.steps * r.step.stepSeconds / 86_400, 6)
    expect(r.run.gpuHours).toBeCloseTo(r.run.wallClockSeconds * r.layout.gpusUsed / 3600, 0)
    expect(r.run.costUsd).toBeCloseTo(r.run.gpuHours * 1.5, 0)
  })
})

describe('pipeline stages', () => {
  it('puts the extra layers in the middle, the ends carry embedding and logits (Llama 3: 126 layers on 16 stages)', () => {
    expect(stageLayers(126, 16)).toEqual({ first: 7, middle: 8, last: 7 })
    expect(stageLayers(128, 64)).toEqual({ first: 2, middle: 2, last: 2 })
    expect(stageLayers(105, 35)).toEqual({ first: 3, middle: 3, last: 3 })
    expect(stageLayers(10, 1)).toEqual({ first: 10, middle: 10, last: 10 })
    expect(stageLayers(7, 4)).toEqual({ first: 2, middle: 2, last: 1 })
  })

  it('interleaving stops paying once a pipeline holds fewer microbatches than stages', () => {
    const small = {
      ...gpt1t,
      batchTokens: 48 * 2048,
      layout: { tensorParallel: 8, pipelineParallel: 64, microbatchSequences: 1 },
    }
    const v1 = scaleModel({
      ...small,
      layout: { ...small.layout, interleave: 1 },
    })
    const v2 = scaleModel({
      ...small,
      layout: { ...small.layout, interleave: 2 },
    })
    expect(v1.ok && v2.ok).toBe(true)
    if (v1.ok && v2.ok) {
      expect(v1.layout.microbatchesPerPipeline).toBe(8)
      // (m + p − 1) = 71 slots at v = 1; max(m, p) + (p − 1)/v = 95.5 at v = 2.
      expect(v2.step.stepSeconds).toBeGreaterThan(v1.step.stepSeconds)
    }
  })
})

describe('recomputation against Korthikanti et al. 2022 (GPT layers, t = 8, sequence parallel)', () => {
  it('full recomputation costs ~34–36% more time per layer (paper: 36–39%), selective 1–4% (paper: 2–7%)', () => {
    const rows = [
      [
        '22B',
        {
          params: 22e9,
          layers: 48,
          dModel: 6144,
          heads: 64,
          vocab: 51200,
          seqLen: 2048,
          dropout: true,
        },
      ],
      [
        '175B',
        { ...NEMO_SHAPES['gpt3-175b'], dropout: true },
      ],
      [
        '530B',
        {
          params: 530e9,
          layers: 105,
          dModel: 20480,
          heads: 128,
          vocab: 51200,
          seqLen: 2048,
          dropout: true,
        },
      ],
      [
        '1T',
        { ...SCALING_WALL_SCENARIO.shape, params: 1e12, dropout: true },
      ],
    ] as const
    const table = rows.map(([name, shape]) => {
      const time = (recompute: 'none' | 'selective' | 'full'): number => {
        const input: ScaleModelInput = {
          ...gpt1t,
          shape,
          recompute,
          sequenceParallel: true,
          software: { flashAttention: false },
        }
        const lt = layerTimes(layerConstants(shape), hardwareRatesOf(input)!, { tensorParallel: 8, contextParallel: 1, microbatchSequences: 1 }, input)
        return lt.matmulSeconds + lt.memoryBoundSeconds + lt.collectiveSeconds
      }
      return { model: name, full: time('full') / time('none') - 1, selective: time('selective') / time('none') - 1 }
    })
    console.table(table.map(r => ({ model: r.model, full: `+${(r.full * 100).toFixed(1)}%`, selective: `+${(r.selective * 100).toFixed(1)}%` })))
    for (const r of table) {
      expect(r.full).toBeGreaterThan(0.3)
      expect(r.full).toBeLessThan(0.42)
      expect(r.selective).toBeGreaterThan(0)
      expect(r.selective).toBeLessThan(0.08)
    }
  })
})

describe('kernel efficiency look-up', () => {
  it('one value per accelerator and precision; A100 40/80 GB share one chip, FP16 = BF16 rate', () => {
    expect(kernelEfficiencyOf('a100-40gb', 'bf16')).toBe(kernelEfficiencyOf('a100-80gb', 'bf16'))
    expect(kernelEfficiencyOf('a100-80gb', 'fp16')).toBe(kernelEfficiencyOf('a100-80gb', 'bf16'))
    expect(kernelEfficiencyOf('h200', 'bf16')).toBe(kernelEfficiencyOf('h100-sxm', 'bf16'))
    expect(kernelEfficiencyOf('v100', 'fp16')).toBeNull()
  })

  it('a B200 scenario runs on its derived (not validated) efficiency and beats H100 per GPU', () => {
    const on = (acceleratorId: 'b200' | 'h100-sxm') => scaleModel({
      ...gpt1t,
      cluster: {
        ...gpt1t.cluster,
        acceleratorId,
        gpus: 4096,
        interNodeBytesPerSecondPerGpu: 50e9,
      },
      recompute: 'selective',
      sequenceParallel: true,
    })
    const b200 = on('b200')
    const h100 = on('h100-sxm')
    expect(b200.ok && h100.ok).toBe(true)
    if (b200.ok && h100.ok)
      expect(b200.step.modelFlopsPerSecondPerGpu).toBeGreaterThan(1.5 * h100.step.modelFlopsPerSecondPerGpu)
  })
})
