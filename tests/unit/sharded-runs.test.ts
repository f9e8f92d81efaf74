// Sharding over the data-parallel group (ZeRO-3 / FSDP) and context parallelism, held to published
// runs, each with its own shape and layout: predicted against published, with the difference.
// Nothing here is fitted: the constants are those calibrated once per accelerator and precision
// (data/kernel-efficiency.ts). Where a row misses by more than 15% the note names the missing mechanism.
import { describe, expect, it } from 'vitest'
import { resolveEstimate } from '../../packages/llm-training-cost/src/cli/estimate-args.ts'
import { SCALE_RUNS } from '../../packages/llm-training-cost/src/data/scale-runs'
import { MEGATRON_ZERO3_RUNS, TORCHTITAN_RUNS } from '../../packages/llm-training-cost/src/data/sharded-runs'
import { compareWithPublished, scaleInputFromRun } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'
import { scaleModel } from '../../packages/llm-training-cost/src/engine/scale-model/scale-model'

const TOLERANCE = 0.15
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`

describe('fSDP layouts through the command line (MosaicML\'s A100 table: FULL_SHARD, no TP or PP)', () => {
  const mosaic = SCALE_RUNS.filter(run => run.id.startsWith('mosaic-') && run.software.zeroStage === 3)
  const rows = mosaic.map((run) => {
    const argv = {
      params: String(run.shape.params),
      layers: String(run.shape.layers),
      dModel: String(run.shape.dModel),
      heads: String(run.shape.heads),
      vocab: String(run.shape.vocab),
      seqLen: String(run.shape.seqLen),
      gpus: String(run.gpus),
      gpu: run.acceleratorId,
      batchTokens: String(run.batchSequences * run.shape.seqLen),
      tensorParallel: '1',
      pipelineParallel: '1',
      microbatchSequences: String(run.layout.microbatchSequences),
      recompute: run.recompute,
    }
    const zero1 = resolveEstimate({ ...argv, zeroStage: '1' })
    const fsdp = resolveEstimate({ ...argv, fsdp: true })
    const predicted = fsdp.ok && 'stepSeconds' in fsdp.value
      ? run.batchSequences * run.shape.seqLen / (fsdp.value.stepSeconds * run.gpus)
      : Number.NaN
    return {
      run,
      zero1,
      fsdp,
      predicted,
      difference: (predicted - run.published.value) / run.published.value,
    }
  })

  it('prints predicted against published tokens/s per GPU', () => {
    console.table(rows.map(r => ({
      'run': r.run.id,
      '--zero 1 (as before)': r.zero1.ok
        ? 'fits'
        : r.zero1.error.message.replace(/.*needs/, 'needs').replace(/ \(try.*/, ''),
      'published tok/s': r.run.published.value.toFixed(0),
      'predicted (--fsdp)': r.predicted.toFixed(0),
      'difference': pct(r.difference),
    })))
    expect(rows.length).toBeGreaterThanOrEqual(8)
  })

  it('runs every row with --fsdp; the larger ones need it (ZeRO-1 alone does not fit)', () => {
    for (const r of rows)
      expect(r.fsdp.ok, r.run.id).toBe(true)
    expect(rows.filter(r => !r.zero1.ok).map(r => r.run.id)).toContain('mosaic-gpt70b-2048-128')
  })

  it.each(rows.filter(r => r.run.shape.dModel > 2048))('$run.id is within 15% through the command line', ({ difference }) => {
    expect(Math.abs(difference)).toBeLessThan(TOLERANCE)
  })

  // The 1.3B model (d = 2048) is over-predicted: GEMM efficiency falls with the matrix size, which one
  // kernel efficiency per accelerator does not follow (issue 22 item 5), not a sharding mechanism.
  it.each(rows.filter(r => r.run.shape.dModel <= 2048))('$run.id (small GEMMs) is over-predicted, within 25%', ({ difference }) => {
    expect(difference).toBeGreaterThan(0)
    expect(difference).toBeLessThan(0.25)
  })

  it('without --fsdp the search shards only when nothing fits otherwise, and says so in --json', () => {
    const r = rows.find(x => x.run.id === 'mosaic-gpt70b-2048-128')!
    const { fsdp: _given, ...argv } = {
      fsdp: true,
      params: String(r.run.shape.params),
      layers: '80',
      dModel: '8192',
      heads: '64',
      vocab: '50368',
      gpus: '128',
      batchTokens: String(1024 * 2048),
      tensorParallel: '1',
      pipelineParallel: '1',
      microbatchSequences: '8',
      recompute: 'full',
    }
    const searched = resolveEstimate(argv)
    expect(searched.ok && 'zeroStage' in searched.value && searched.value.zeroStage).toBe(3)
    // MosaicML's 7B on 8 GPUs fits with ZeRO-1: the search keeps Megatron's distributed optimizer.
    const small = resolveEstimate({
      ...argv,
      params: '6.66e9',
      layers: '32',
      dModel: '4096',
      heads: '32',
      gpus: '8',
      batchTokens: String(2048 * 2048),
      microbatchSequences: '16',
    })
    expect(small.ok && 'zeroStage' in small.value && small.value.zeroStage).toBe(1)
  })
})

describe('outside checks: torchtitan (Llama 3.1 8B, FSDP2 and FSDP2 + CP, on H100)', () => {
  const rows = TORCHTITAN_RUNS.map(run => ({
    run,
    comparison: compareWithPublished(run),
  }))

  it('prints predicted against published, and the memory against the measured', () => {
    console.table(rows.map(({ run, comparison: c }) => ({
      'run': run.id,
      'published tok/s': run.published.value,
      'predicted': c
        ? c.predicted.toFixed(0)
        : 'refused',
      'difference': c
        ? pct(c.relativeDifference)
        : '—',
      'model MFU': c
        ? pct(c.result.step.effectiveMfu)
        : '—',
      'memory GB': c
        ? (c.result.memory.totalBytes / 1e9).toFixed(1)
        : '—',
    })))
    expect(rows).toHaveLength(TORCHTITAN_RUNS.length)
  })

  // Measured 82.4 GiB = 88.5 GB on their 96 GB part: on an 80 GB H100 the model refuses it, needing about that.
  it('refuses the 8-GPU FSDP row on an 80 GB H100, needing within 5% of the 88.5 GB torchtitan measured on 96 GB', () => {
    const run = rows.find(r => r.run.id === 'torchtitan-8b-fsdp-8')!.run
    const out = scaleModel(scaleInputFromRun(run))
    expect(out.ok).toBe(false)
    const needs = Number(/needs ([\d.]+) GB/.exec(out.ok ? '' : out.message)![1])
    console.log(`torchtitan 8B on 8 H100: model needs ${needs} GB per GPU; measured 82.4 GiB = ${(82.4 * 2 ** 30 / 1e9).toFixed(1)} GB`)
    expect(Math.abs(needs / (82.4 * 2 ** 30 / 1e9) - 1)).toBeLessThan(0.05)
  })

  // Over-predicted by about 60% already without CP: torchtitan's H100s are the 96 GB HBM2e part at
  // 500 W ("peak between SXM and NVL") and d = 4096 GEMMs run below the calibrated efficiency (NeMo's
  // Llama 3 8B on real SXM parts is +24% too). Neither is a sharding mechanism: the exposed
  // data-parallel time of these rows is under 1% of the step.
  it('the FSDP row on 128 GPUs: over-predicted (power-capped part, small GEMMs), data-parallel traffic hidden', () => {
    const c = rows.find(r => r.run.id === 'torchtitan-8b-fsdp-128')!.comparison!
    expect(c.relativeDifference).toBeGreaterThan(TOLERANCE)
    expect(c.relativeDifference).toBeLessThan(0.8)
    expect(c.result.step.dataParallelExposedSeconds / c.result.step.stepSeconds).toBeLessThan(0.01)
  })

  // CP 4 and 8 are over-predicted by another ~30% beyond the CP 1 row: PyTorch's CP (December 2024)
  // attends block by block around the ring and rescales partial results, which the model counts as one
  // fused kernel at full attention efficiency (the ring itself hides under the attention).
  it('cP rows: the prediction falls with the sequence as published, the gap beyond the CP 1 row about 40% (under 50%)', () => {
    const cp = rows.filter(r => r.run.layout.contextParallel !== undefined).map(r => r.comparison!)
    for (let i = 1; i < cp.length; i++)
      expect(cp[i]!.predicted).toBeLessThan(cp[i - 1]!.predicted)
    const base = 1 + cp[0]!.relativeDifference
    for (const c of cp)
      expect((1 + c.relativeDifference) / base).toBeLessThan(1.5)
  })
})

describe('outside checks: Megatron-LM Table 2, DeepSpeed ZeRO-3 without model parallelism (174.6B, A100)', () => {
  const rows = MEGATRON_ZERO3_RUNS.map(run => ({
    run,
    comparison: compareWithPublished(run)!,
  }))

  it('prints predicted against published', () => {
    console.table(rows.map(({ run, comparison: c }) => ({
      'run': run.id,
      'published TF/s': (run.published.value / 1e12).toFixed(1),
      'label': run.published.referenceLabel,
      'predicted': (c.predicted / 1e12).toFixed(1),
      'difference': pct(c.relativeDifference),
      'step s': c.result.step.stepSeconds.toFixed(1),
      'ZeRO-3 traffic s': c.result.step.dataParallelCommSeconds.toFixed(1),
    })))
    expect(rows).toHaveLength(3)
  })

  // Measured: the step stays near 67–81 s as the GPUs double and each GPU's work halves, so the
  // exposed communication grows with the ranks (15, 34, 50 s). The model's ZeRO-3 traffic is
  // bandwidth-only and constant per GPU (node-aggregated NCCL rings: about 10 s, hidden under the
  // compute), so it keeps 177 TF/s. Missing: the per-collective latency of DeepSpeed 2021's
  // per-parameter gathers, which grows with the ranks of a ring. The 384-GPU row, where compute
  // dominates, is 23% over.
  it('over-predicts, and more so as the GPUs grow (the latency the model leaves out)', () => {
    const d = rows.map(r => r.comparison.relativeDifference)
    expect(d[0]).toBeGreaterThan(0)
    expect(d[0]).toBeLessThan(0.3)
    expect(d[1]).toBeGreaterThan(d[0]!)
    expect(d[2]).toBeGreaterThan(d[1]!)
  })
})

describe('context parallelism in the reference runs (data/scale-runs.ts)', () => {
  it('prints the CP rows predicted against published, Llama 3 405B at 131K within 15%', () => {
    const rows = SCALE_RUNS.filter(run => (run.layout.contextParallel ?? 1) > 1).map(run => ({
      run,
      c: compareWithPublished(run)!,
    }))
    console.table(rows.map(({ run, c }) => ({
      run: run.id,
      cp: run.layout.contextParallel,
      published: run.published.value,
      predicted: Number(c.predicted.toPrecision(4)),
      difference: pct(c.relativeDifference),
    })))
    const llama = rows.find(r => r.run.id === 'llama3-405b-cp16')!
    expect(Math.abs(llama.c.relativeDifference)).toBeLessThan(TOLERANCE)
  })
})

describe('zeRO stages at one layout', () => {
  const run = SCALE_RUNS.find(r => r.id === 'mosaic-gpt7b-2048-8')!
  const at = (zeroStage: 0 | 1 | 2 | 3) => scaleModel({
    shape: run.shape,
    cluster: {
      gpus: 64,
      acceleratorId: 'a100-80gb',
      nvlinkDomainGpus: 8,
      interNodeBytesPerSecondPerGpu: 25e9,
    },
    batchTokens: 64 * 8 * 2048,
    precision: 'bf16',
    recompute: 'full',
    sequenceParallel: false,
    software: { zeroStage },
    layout: { tensorParallel: 1, pipelineParallel: 1, microbatchSequences: 2 },
  })

  // ZeRO-0 (16 bytes per parameter on every GPU, 107 GB) does not fit an 80 GB A100: it is refused.
  it('each stage holds less and is no faster than the one below; ZeRO-3 moves 1.5× the bytes of ZeRO-1', () => {
    const r = ([0, 1, 2, 3] as const).map(at)
    const rows = r.map((x, z) => x.ok
      ? {
          'zero': z,
          'GB per GPU': (x.memory.totalBytes / 1e9).toFixed(1),
          'step s': x.step.stepSeconds.toFixed(3),
          'DP traffic s': x.step.dataParallelCommSeconds.toFixed(3),
          'exposed s': x.step.dataParallelExposedSeconds.toFixed(3),
        }
      : { 'zero': z, 'GB per GPU': x.message })
    console.table(rows)
    expect(r[0]!.ok).toBe(false)
    for (let z = 2; z < 4; z++) {
      const [lower, higher] = [r[z - 1]!, r[z]!]
      expect(lower.ok && higher.ok).toBe(true)
      if (lower.ok && higher.ok) {
        expect(higher.memory.totalBytes).toBeLessThan(lower.memory.totalBytes)
        expect(higher.step.stepSeconds).toBeGreaterThanOrEqual(lower.step.stepSeconds * (1 - 1e-12))
      }
    }
    const [one, three] = [r[1]!, r[3]!]
    if (one.ok && three.ok) {
      // m = 4 microbatches of 2 sequences: ZeRO-3 gathers twice and reduce-scatters once per microbatch.
      expect(three.step.dataParallelCommSeconds / one.step.dataParallelCommSeconds).toBeCloseTo(1.5 * one.layout.microbatchesPerPipeline, 6)
    }
  })
})
