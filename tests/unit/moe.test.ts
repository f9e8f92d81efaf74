// Mixture of experts on the scale model (issue 23): the shape's parameters and FLOPs against what the
// authors published, DeepSeek-V3's run on its own layout against its published GPU-hours, expert
// parallelism's refusals, and the command line's done-when.
import { describe, expect, it } from 'vitest'
import { DEEPSEEK_V3_RUN, DEEPSEEK_V3_SHAPE, MIXTRAL_8X7B_SHAPE } from '../../packages/llm-training-cost/src/data/moe-training'
import { getModel } from '../../packages/llm-training-cost/src/engine/facts/lookup'
import { attentionWidths, expertAllToAll, modelFlopsPerTokenOfShape, moeConstants, shapeParams } from '../../packages/llm-training-cost/src/engine/scale-model/experts'
import { hardwareRatesOf } from '../../packages/llm-training-cost/src/engine/scale-model/hardware'
import { compareWithPublished } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'
import { scaleModel } from '../../packages/llm-training-cost/src/engine/scale-model/scale-model'
import { estimate } from './support/estimate-cli'

function pct(x: number): string {
  return `${x >= 0
    ? '+'
    : ''}${(x * 100).toFixed(1)}%`
}

const DEEPSEEK_INPUT = {
  shape: DEEPSEEK_V3_RUN.shape,
  cluster: {
    gpus: 2048,
    acceleratorId: 'h800' as const,
    nvlinkDomainGpus: 8,
    interNodeBytesPerSecondPerGpu: 50e9,
  },
  batchTokens: DEEPSEEK_V3_RUN.batchSequences * 4096,
  precision: 'fp8' as const,
  recompute: DEEPSEEK_V3_RUN.recompute,
  sequenceParallel: false,
  software: DEEPSEEK_V3_RUN.software,
  layout: DEEPSEEK_V3_RUN.layout,
}

describe('experts in the shape', () => {
  it('counts DeepSeek-V3 and Mixtral 8x7B as their authors do (total and active)', () => {
    const ds = shapeParams(DEEPSEEK_V3_SHAPE)
    const mx = shapeParams(MIXTRAL_8X7B_SHAPE)
    const rows = [
      { model: 'DeepSeek-V3 total', shape: ds.totalParams, published: 671e9 },
      { model: 'DeepSeek-V3 active', shape: ds.activeParams, published: 37e9 },
      { model: 'Mixtral 8x7B total', shape: mx.totalParams, published: 47e9 },
      { model: 'Mixtral 8x7B active', shape: mx.activeParams, published: 13e9 },
    ].map(r => ({
      ...r,
      difference: pct(r.shape / r.published - 1),
    }))
    console.table(rows)
    expect(ds.totalParams / 671e9).toBeCloseTo(1, 2)
    // "37B activated": 37.55B counts both embeddings (the paper's rounding).
    expect(Math.abs(ds.activeParams / 37e9 - 1)).toBeLessThan(0.02)
    // Mixtral's "47B" and "13B" are rounded to whole billions.
    expect(Math.abs(mx.totalParams / 47e9 - 1)).toBeLessThan(0.02)
    expect(Math.abs(mx.activeParams / 13e9 - 1)).toBeLessThan(0.05)
  })

  it('gives MLA its query/key and value widths: 192 and 128 per head', () => {
    expect(attentionWidths(DEEPSEEK_V3_SHAPE)).toEqual({ qkHeadDim: 192, vHeadDim: 128, kvHeads: 128 })
    expect(attentionWidths(MIXTRAL_8X7B_SHAPE)).toEqual({ qkHeadDim: 128, vHeadDim: 128, kvHeads: 8 })
  })

  it('counts attention in the FLOPs per token: DeepSeek\'s own 250 GFLOP, about 13% above 6 × 37B', () => {
    const causal = modelFlopsPerTokenOfShape(DEEPSEEK_V3_SHAPE, 'causal')
    const full = modelFlopsPerTokenOfShape(DEEPSEEK_V3_SHAPE, 'full')
    const sixN = 6 * 37e9
    console.table([
      { convention: '6 × 37B (published active)', gflop: sixN / 1e9 },
      {
        convention: 'shape, causal attention (DeepSeek\'s)',
        gflop: causal / 1e9,
        published: 250,
        difference: pct(causal / 250e9 - 1),
      },
      { convention: 'shape, full square (PaLM\'s, the scale model\'s MFU)', gflop: full / 1e9 },
    ])
    expect(Math.abs(causal / 250e9 - 1)).toBeLessThan(0.05)
    expect(causal / sixN).toBeGreaterThan(1.1)
    expect(causal / sixN).toBeLessThan(1.2)
  })

  it('gives data/models.ts\'s DeepSeek-V3 the same shape and counts', () => {
    const model = getModel('deepseek-v3')
    expect('architecture' in model && model.architecture.experts).toEqual(DEEPSEEK_V3_SHAPE.experts)
  })
})

describe('expert parallelism', () => {
  it('sends DeepSeek-V3\'s all-to-all over InfiniBand in a time of the order of the compute\'s (DeepSeek: "approximately 1:1")', () => {
    const rates = hardwareRatesOf(DEEPSEEK_INPUT)!
    const moe = moeConstants(DEEPSEEK_V3_SHAPE)!
    const a2a = expertAllToAll(moe, 7168, 4096, { tensorParallel: 1, expertParallel: 64 }, rates, 'fp8')
    const out = scaleModel(DEEPSEEK_INPUT)
    if (!out.ok)
      throw new Error(out.message)
    // Per layer per microbatch: compute (forward + backward + recompute) against the all-to-all.
    const layerCompute = out.step.computeSeconds / out.layout.microbatchesPerPipeline / 4
    console.log(`all-to-all ${(a2a.seconds * 1e3).toFixed(1)} ms, compute ${(layerCompute * 1e3).toFixed(1)} ms per layer per sequence: ${(a2a.seconds / layerCompute).toFixed(2)} : 1`)
    expect(a2a.seconds / layerCompute).toBeGreaterThan(0.3)
    expect(a2a.seconds / layerCompute).toBeLessThan(1.5)
    // Inside one NVLink domain it does not touch the network.
    expect(expertAllToAll(moe, 7168, 4096, { tensorParallel: 1, expertParallel: 8 }, rates, 'fp8').interNodeBytes).toBe(0)
  })

  it('exposes the all-to-all without DualPipe\'s overlap, and an imbalance slows the experts', () => {
    const base = scaleModel(DEEPSEEK_INPUT)
    const exposed = scaleModel({
      ...DEEPSEEK_INPUT,
      software: { ...DEEPSEEK_INPUT.software, expertOverlap: false, communicationSmShare: 0 },
    })
    const skewed = scaleModel({
      ...DEEPSEEK_INPUT,
      software: { ...DEEPSEEK_INPUT.software, expertImbalance: 1.25 },
    })
    if (!base.ok || !exposed.ok || !skewed.ok)
      throw new Error('refused')
    console.table([
      { case: 'DualPipe overlap (20 of 132 SMs)', stepSeconds: base.step.stepSeconds, exposedExpertSeconds: base.step.expertExposedSeconds },
      { case: 'no overlap', stepSeconds: exposed.step.stepSeconds, exposedExpertSeconds: exposed.step.expertExposedSeconds },
      { case: 'imbalance 1.25', stepSeconds: skewed.step.stepSeconds, exposedExpertSeconds: skewed.step.expertExposedSeconds },
    ])
    expect(base.step.expertExposedSeconds).toBe(0)
    expect(exposed.step.expertExposedSeconds).toBeGreaterThan(0)
    expect(exposed.step.stepSeconds).toBeGreaterThan(base.step.stepSeconds)
    expect(skewed.step.stepSeconds).toBeGreaterThan(base.step.stepSeconds)
  })

  it('shards the routed experts over EP: more EP, less memory', () => {
    const at = (ep: number): number => {
      const out = scaleModel({
        ...DEEPSEEK_INPUT,
        layout: { ...DEEPSEEK_INPUT.layout, pipelineParallel: 8, expertParallel: ep },
      })
      if (!out.ok)
        throw new Error(out.message)
      return out.memory.weightBytes
    }
    expect(at(64)).toBeLessThan(at(16))
  })

  it('searches EP when it is not given', () => {
    const out = scaleModel({ ...DEEPSEEK_INPUT, layout: {} })
    if (!out.ok)
      throw new Error(out.message)
    console.log('searched layout', out.layout)
    expect(out.layout.expertParallel).toBeGreaterThan(1)
  })

  it('refuses EP that does not divide the experts or the data-parallel ranks, EP on a dense model, and experts that do not fit', () => {
    const bad = (layout: object, shape: object = DEEPSEEK_V3_RUN.shape) => scaleModel({ ...DEEPSEEK_INPUT, shape: shape as typeof DEEPSEEK_V3_RUN.shape, layout })
    expect(bad({ tensorParallel: 1, pipelineParallel: 16, expertParallel: 3 })).toMatchObject({ ok: false, field: 'expertParallel' })
    expect(bad({ tensorParallel: 1, pipelineParallel: 16, expertParallel: 256 })).toMatchObject({
      ok: false,
      field: 'expertParallel',
      message: expect.stringContaining('data-parallel ranks'),
    })
    const { experts: _experts, latentAttention: _mla, ...dense } = DEEPSEEK_V3_RUN.shape
    expect(bad({ expertParallel: 2 }, dense)).toMatchObject({ ok: false, field: 'expertParallel' })
    const tooBig = scaleModel({
      ...DEEPSEEK_INPUT,
      cluster: { ...DEEPSEEK_INPUT.cluster, gpus: 128 },
      batchTokens: 128 * 4096,
      layout: { tensorParallel: 1, pipelineParallel: 16, expertParallel: 1 },
    })
    expect(tooBig).toMatchObject({
      ok: false,
      field: 'expertParallel',
      message: expect.stringContaining('routed experts'),
    })
  })
})

describe('DeepSeek-V3 on its own layout (2,048 H800, PP 16, EP 64, ZeRO-1, FP8)', () => {
  it('predicts its throughput and pre-training GPU-hours within 15% of the published', () => {
    const c = compareWithPublished(DEEPSEEK_V3_RUN)!
    const model = getModel('deepseek-v3')
    const hours = model.tokens / (c.predicted * 3600)
    const published = model.hardware.pretrainingChipHours
    console.table([
      {
        what: 'tokens/s per GPU',
        predicted: c.predicted,
        published: c.published,
        difference: pct(c.relativeDifference),
      },
      {
        what: 'pre-training GPU-hours (14.8T tokens)',
        predicted: hours,
        published,
        difference: pct(hours / published - 1),
      },
      { what: 'MFU (model FLOPs, full square, of the FP8 peak)', predicted: c.result.step.effectiveMfu },
      { what: 'MFU of the BF16 peak (same FLOPs)', predicted: c.result.step.modelFlopsPerSecondPerGpu / 989.5e12 },
    ])
    expect(Math.abs(c.relativeDifference)).toBeLessThan(0.15)
  })

  it('done when: estimate --model deepseek-v3 --gpu h800 --precision fp8 --gpus 2048 --pp 16 --ep 64 --json gives a layout, a step, an MFU and GPU-hours', () => {
    const r = estimate('--model', 'deepseek-v3', '--gpu', 'h800', '--precision', 'fp8', '--gpus', '2048', '--pp', '16', '--ep', '64', '--json')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    const published = getModel('deepseek-v3').hardware.pretrainingChipHours
    console.table([
      {
        what: 'layout',
        value: JSON.stringify(out.layout),
      },
      { what: 'stepSeconds', value: out.stepSeconds },
      { what: 'effectiveMfu', value: out.effectiveMfu },
      {
        what: 'gpuHours (failures included)',
        value: out.gpuHours,
        published,
        difference: pct(out.gpuHours / published - 1),
      },
    ])
    expect(out.layout).toMatchObject({
      tensorParallel: 1,
      pipelineParallel: 16,
      dataParallel: 128,
      expertParallel: 64,
    })
    expect(out.stepSeconds).toBeGreaterThan(0)
    expect(out.effectiveMfu).toBeGreaterThan(0)
    expect(Math.abs(out.gpuHours / published - 1)).toBeLessThan(0.15)
  })

  it('predicts a custom MoE from its shape options, and refuses experts that do not fit naming --ep', () => {
    const shape = [
      '--layers',
      '32',
      '--d-model',
      '4096',
      '--heads',
      '32',
      '--vocab',
      '32000',
      '--seq-len',
      '4096',
      '--experts',
      '8',
      '--top-k',
      '2',
      '--expert-ffn',
      '14336',
      '--gpu',
      'h100-sxm',
      '--tokens',
      '1e12',
      '--json',
    ]
    const ok = estimate(...shape, '--tp', '2', '--pp', '4', '--ep', '8', '--gpus', '256')
    expect(ok.code).toBe(0)
    const out = JSON.parse(ok.stdout)
    expect(out.activeParams).toBeLessThan(out.params)
    expect(out.layout.expertParallel).toBe(8)
    const refused = estimate(...shape, '--tp', '1', '--pp', '1', '--ep', '1', '--gpus', '8')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/^estimate: error: --ep: .*routed experts/)
    expect(estimate(...shape.filter((_, i) => i < 10), '--top-k', '2', '--gpus', '8', '--scale-model', '--json').stderr).toMatch(/--top-k: describes experts/)
  })
})

describe('a mixture of experts in the estimate\'s table and refusal', () => {
  const shape = '--layers 60 --d-model 5120 --heads 40 --kv-heads 8 --vocab 100000 --seq-len 4096 --experts 160 --top-k 6 --expert-ffn 1536 --tp 1 --pp 1 --gpus 8 --gpu h100-sxm'.split(' ')

  it('names EP in the layout row', () => {
    const { code, stdout } = estimate(...'--layers 24 --d-model 2048 --heads 16 --kv-heads 4 --vocab 50000 --seq-len 4096 --experts 64 --top-k 8 --expert-ffn 1408 --tp 1 --pp 1 --ep 2 --gpus 8 --gpu h100-sxm'.split(' '))
    expect(code).toBe(0)
    expect(stdout).toMatch(/Layout\s+TP 1 × PP 1 × DP 8 \(EP 2\)/)
  })

  it('splits what does not fit into experts and activations that add up to no more than the GPU needs', () => {
    const { code, stderr } = estimate(...shape, '--ep', '1')
    expect(code).toBe(2)
    const [, needs, experts, activations] = /needs ([\d.]+) GB.*optimizer state ([\d.]+) GB, activations ([\d.]+) GB/.exec(stderr)!.map(Number)
    expect(experts! + activations!).toBeLessThanOrEqual(needs!)
  })
})
