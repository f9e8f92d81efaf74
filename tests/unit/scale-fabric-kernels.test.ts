// Issue 22 items 4–5: every fabric (TPU tori and their DCN, --inter-node-gbps), GEMM efficiency that
// falls as the matrices shrink, and FP8 on the GEMMs only. Predicted against published where a
// measurement exists (PaLM on TPU v4, llm-foundry's small models and FP8/BF16 pairs on H100).
import { describe, expect, it } from 'vitest'
import { ACCELERATOR_IDS } from '../../packages/llm-training-cost/src/data/accelerators'
import { CLUSTER_FABRICS } from '../../packages/llm-training-cost/src/data/cluster-fabric'
import { PRECISION_SPEEDUPS } from '../../packages/llm-training-cost/src/data/precision-speedups'
import { SCALE_RUNS } from '../../packages/llm-training-cost/src/data/scale-runs'
import { validateAssumptions } from '../../packages/llm-training-cost/src/engine/assumptions/validation'
import { scaleUpBytesPerSecond } from '../../packages/llm-training-cost/src/engine/scale-model/collectives'
import { scaleEstimate } from '../../packages/llm-training-cost/src/engine/scale-model/estimate'
import { gemmEfficiency } from '../../packages/llm-training-cost/src/engine/scale-model/gemm'
import { hardwareRatesOf } from '../../packages/llm-training-cost/src/engine/scale-model/hardware'
import { layerConstants, layerTimes } from '../../packages/llm-training-cost/src/engine/scale-model/layer'
import { compareWithPublished, publishedMfu } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'
import { estimate } from './support/estimate-cli'

const TOLERANCE = 0.15
const V4 = CLUSTER_FABRICS.find(f => f.acceleratorId === 'tpu-v4')!
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`

describe('every fabric: a TPU pod is a torus, pods talk over the DCN', () => {
  it('the TPU v4 link is the pod\'s all-reduce bandwidth per chip over its 6 links (≈ 45 GB/s one way)', () => {
    expect(V4.torus!.linkBytesPerSecond).toBeCloseTo(44.8e9, -8)
    expect(V4.nvlinkDomainGpus).toBe(16 ** 3)
  })

  it('a group on one torus axis gets both directions of one link; wider groups span more axes, up to 3', () => {
    const links = { nvlinkBytesPerSecond: 0, torus: V4.torus! }
    const link = V4.torus!.linkBytesPerSecond
    expect(scaleUpBytesPerSecond(links, 12)).toBeCloseTo(2 * link, 0)
    expect(scaleUpBytesPerSecond(links, 16)).toBeCloseTo(2 * link, 0)
    expect(scaleUpBytesPerSecond(links, 17)).toBeCloseTo(4 * link, 0)
    expect(scaleUpBytesPerSecond(links, 256)).toBeCloseTo(4 * link, 0)
    expect(scaleUpBytesPerSecond(links, 4096)).toBeCloseTo(6 * link, 0)
    expect(scaleUpBytesPerSecond(links, 1e6)).toBeCloseTo(6 * link, 0)
    // A switch gives every GPU its link whatever the group.
    expect(scaleUpBytesPerSecond({ nvlinkBytesPerSecond: 300e9, torus: null }, 8)).toBe(300e9)
  })

  it('every accelerator --gpu accepts has a fabric; the scale model runs on each, or refuses only for a missing kernel efficiency, naming --gpu', () => {
    const outcomes = ACCELERATOR_IDS.map((gpu) => {
      const v = validateAssumptions({
        gpu,
        precision: gpu === 'v100'
          ? 'fp16'
          : 'bf16',
        scaleModel: true,
        params: 70e9,
        gpus: 1024,
      })
      if (!v.ok)
        throw new Error(JSON.stringify(v.errors))
      const r = scaleEstimate(v.value)
      return {
        gpu,
        ok: r.ok,
        why: r.ok
          ? `MFU ${pct(r.summary.effectiveMfu)}`
          : r.message,
      }
    })
    console.table(outcomes)
    for (const o of outcomes) {
      expect(CLUSTER_FABRICS.some(f => f.acceleratorId === o.gpu), o.gpu).toBe(true)
      if (!o.ok)
        expect(o.why, o.gpu).toMatch(/no measured kernel efficiency .* it covers --gpu/)
    }
    expect(outcomes.find(o => o.gpu === 'tpu-v4')!.ok).toBe(true)
  })

  it('estimate --gpu tpu-v4 --scale-model: PaLM 540B on 6,144 chips runs, on the torus and the DCN', () => {
    const { code, stdout, stderr } = estimate('--model', 'palm', '--gpu', 'tpu-v4', '--gpus', '6144', '--batch-tokens', String(2048 * 2048), '--recompute', 'full', '--sequence-parallel', '--scale-model', '--json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    console.log(`estimate --model palm --gpu tpu-v4 --gpus 6144 (batch 2,048 × 2,048, full recompute): ${JSON.stringify(out.layout)}, MFU ${pct(out.effectiveMfu)} (published 46.2% at its own layout)`)
    expect(out.effectiveMfu).toBeGreaterThan(0.2)
    expect(out.effectiveMfu).toBeLessThan(0.7)
  })

  it('PaLM 540B at its own layout (model parallel 12, FSDP 256 × 2 pods): predicted against the published 46.2% MFU: under by the tensor-parallel overlap it does not model', () => {
    const run = SCALE_RUNS.find(r => r.id === 'palm-540b')!
    const c = compareWithPublished(run)!
    const predictedMfu = c.predicted / 275e12
    console.table([
      {
        run: run.id,
        published: '46.2% MFU',
        predicted: pct(predictedMfu),
        difference: pct(c.relativeDifference),
        bubble: pct(c.result.step.bubbleShare),
        comm: pct(c.result.step.exposedCommShare),
      },
    ])
    expect(publishedMfu(run)).toBeGreaterThan(0.44)
    // Under-predicted by about 15%: the model counts every tensor-parallel collective as exposed (a
    // quarter of the step), where PaLM overlaps them with compute, which the model does not describe.
    expect(c.relativeDifference).toBeLessThan(0)
    expect(c.relativeDifference).toBeGreaterThan(-0.2)
    expect(c.result.step.exposedCommShare).toBeGreaterThan(0.2)
  })
})

describe('--inter-node-gbps: the scale-out bandwidth per GPU', () => {
  const base = [
    '--params',
    '70e9',
    '--gpus',
    '1024',
    '--tp',
    '8',
    '--pp',
    '1',
    '--scale-model',
    '--json',
  ]

  it('defaults to the accelerator\'s reference system (A100: 200 Gb/s HDR per GPU), so giving 200 changes nothing', () => {
    const plain = JSON.parse(estimate(...base).stdout)
    const same = JSON.parse(estimate(...base, '--inter-node-gbps', '200').stdout)
    expect(same.stepSeconds).toBe(plain.stepSeconds)
  })

  it('at 50 Gb/s per GPU a data-parallel-heavy A100 layout on 1,024 GPUs slows (the issue\'s 25–43% too fast)', () => {
    const at200 = JSON.parse(estimate(...base).stdout)
    const at50 = JSON.parse(estimate(...base, '--inter-node-gbps', '50').stdout)
    console.log(`70B, TP 8 × DP 128 on 1,024 A100: step ${at200.stepSeconds.toFixed(2)} s at 200 Gb/s, ${at50.stepSeconds.toFixed(2)} s at 50 Gb/s (${pct(at50.stepSeconds / at200.stepSeconds - 1)} longer); exposed communication ${pct(at200.exposedCommShare)} → ${pct(at50.exposedCommShare)}`)
    expect(at50.stepSeconds).toBeGreaterThan(at200.stepSeconds * 1.05)
    expect(at50.exposedCommShare).toBeGreaterThan(at200.exposedCommShare)
  })

  it.each([
    ['0'],
    ['-5'],
    ['abc'],
    ['1e999'],
  ])('--inter-node-gbps %s → exit 2, one line naming the option', (value) => {
    const { code, stderr } = estimate(...base, '--inter-node-gbps', value)
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/--inter-node-gbps/)
  })

  it('is refused without the scale model', () => {
    const { code, stderr } = estimate('--params', '70e9', '--inter-node-gbps', '100')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--inter-node-gbps/)
  })
})

describe('kernel efficiency that depends on the work: tile and wave quantization', () => {
  const H100 = { parallelTiles: 132, tileM: 128, tileN: 256 }

  it('a GEMM of whole waves runs at the steady rate; one that leaves SMs idle does not', () => {
    expect(gemmEfficiency(128 * 132, 256, H100)).toBe(1)
    expect(gemmEfficiency(8192, 4096, H100)).toBeCloseTo(1024 / (8 * 132), 6)
    expect(gemmEfficiency(2048, 1024, H100)).toBeCloseTo(64 / 132, 6)
    expect(gemmEfficiency(2048, 1024, null)).toBe(1)
  })

  it('a wide tensor-parallel split of a small hidden size loses GEMM efficiency; a large model barely does', () => {
    const h100 = SCALE_RUNS.find(r => r.id === 'foundry-1b-2048-8-bf16')!
    const input = {
      shape: h100.shape,
      cluster: {
        gpus: 8,
        acceleratorId: 'h100-sxm' as const,
        nvlinkDomainGpus: 8,
        interNodeBytesPerSecondPerGpu: 50e9,
      },
      batchTokens: 8 * 2048,
      precision: 'bf16' as const,
      recompute: 'none' as const,
      sequenceParallel: true,
    }
    const rates = hardwareRatesOf(input)!
    const c = layerConstants(input.shape)
    // The layer's GEMM time at the steady rate ÷ with tiles and waves (attention taken out: infinitely fast).
    const dense = { ...rates, attentionFlopsPerSecond: Number.POSITIVE_INFINITY }
    const steady = (t: number): number => {
      const dims = { tensorParallel: t, contextParallel: 1, microbatchSequences: 1 }
      return layerTimes(c, { ...dense, gemmTiling: null }, dims, input).matmulSeconds / layerTimes(c, dense, dims, input).matmulSeconds
    }
    console.log(`d 2,048 on H100, microbatch of 2,048 tokens: GEMM efficiency against the steady state ${pct(steady(1))} at TP 1, ${pct(steady(8))} at TP 8`)
    expect(steady(1)).toBeGreaterThan(0.9)
    expect(steady(8)).toBeLessThan(steady(1) - 0.1)
  })

  it('small models at TP 1 on H100 (llm-foundry, BF16): printed against published, the gap stated', () => {
    const rows = [
      'foundry-1b-2048-8-bf16',
      'foundry-3b-2048-16-bf16',
      'foundry-3b-512-8-bf16',
      'foundry-1b-512-8-bf16',
      'nemo-gpt3-5b-64',
      'nemo-llama2-7b-8',
    ].map((id) => {
      const run = SCALE_RUNS.find(r => r.id === id)!
      const c = compareWithPublished(run)!
      return {
        'run': id,
        'precision': run.precision,
        'published MFU (6N)': pct(publishedMfu(run)),
        'predicted': `${c.predicted.toFixed(0)} tok/s`,
        'published': `${run.published.value} tok/s`,
        'difference': pct(c.relativeDifference),
      }
    })
    console.table(rows)
    // Still fast by up to a quarter on the 1B–3B BF16 rows: tile and wave quantization is not the
    // whole story there (docs/scale-model.md, "Known gaps"). Held so the gap cannot grow unseen.
    for (const r of rows)
      expect(Math.abs(Number.parseFloat(r.difference))).toBeLessThan(30)
  })
})

describe('FP8: the GEMMs only, at the measured FP8/BF16 GEMM ratio, with the casts', () => {
  const pairs = [
    ['foundry-3b-512-8-bf16', 'foundry-3b-512-8-fp8'],
    ['foundry-1b-512-8-bf16', 'foundry-1b-512-8-fp8'],
  ] as const

  it('the FP8 speed-up over BF16 is computed per run, and comes within 15% of llm-foundry\'s measured pairs', () => {
    const rows = pairs.map(([bf16Id, fp8Id]) => {
      const bf16 = SCALE_RUNS.find(r => r.id === bf16Id)!
      const fp8 = SCALE_RUNS.find(r => r.id === fp8Id)!
      const predicted = compareWithPublished(fp8)!.predicted / compareWithPublished(bf16)!.predicted
      const published = fp8.published.value / bf16.published.value
      return {
        'pair': fp8Id.replace('-fp8', ''),
        'published': `${published.toFixed(3)}×`,
        'predicted': `${predicted.toFixed(3)}×`,
        'difference': pct(predicted / published - 1),
        'one factor (data/precision-speedups.ts)': `${PRECISION_SPEEDUPS.find(s => s.acceleratorId === 'h100-sxm')!.speedup}×`,
        'ratio of peaks': '2×',
        'rel': predicted / published - 1,
      }
    })
    console.table(rows.map(({ rel: _rel, ...r }) => r))
    for (const r of rows)
      expect(Math.abs(r.rel)).toBeLessThan(TOLERANCE)
  })

  it('an FP8 step spends time on the casts and keeps attention at the 16-bit rate: its speed-up stays well under the peaks\' 2×', () => {
    const fp8 = SCALE_RUNS.find(r => r.id === 'nemo-llama2-70b-64')!
    const asBf16 = compareWithPublished({ ...fp8, precision: 'bf16' })!
    const c = compareWithPublished(fp8)!
    const speedup = asBf16.result.step.stepSeconds / c.result.step.stepSeconds
    console.log(`NeMo LLAMA2-70B layout on 64 H100: FP8 step ${c.result.step.stepSeconds.toFixed(2)} s, the same layout in BF16 ${asBf16.result.step.stepSeconds.toFixed(2)} s: ${speedup.toFixed(2)}× (no published BF16 row of this layout was found)`)
    expect(speedup).toBeGreaterThan(1.1)
    expect(speedup).toBeLessThan(1.77)
  })
})
