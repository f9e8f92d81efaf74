// The scale model held to published runs: each run gets its own layout (what the paper gives; the
// rest is searched) and the prediction is compared in the run's own metric and FLOP convention.
// One kernel efficiency per accelerator and precision (data/kernel-efficiency.ts), calibrated once
// on one named run, which is printed but not counted as a validation.
import { describe, expect, it } from 'vitest'
import { ATTENTION_EFFICIENCIES, KERNEL_EFFICIENCIES } from '../../packages/llm-training-cost/src/data/kernel-efficiency'
import { SCALE_RUNS } from '../../packages/llm-training-cost/src/data/scale-runs'
import { calibrateAttentionEfficiency, calibrateKernelEfficiency, compareWithPublished } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'

const CALIBRATED = KERNEL_EFFICIENCIES.flatMap(k => ('calibrationRunId' in k
  ? [k]
  : []))
const CALIBRATION_IDS = new Set<string>([
  ...CALIBRATED.map(k => k.calibrationRunId),
  ...ATTENTION_EFFICIENCIES.flatMap(a => ('calibrationRunId' in a
    ? [a.calibrationRunId]
    : [])),
])
const TOLERANCE = 0.15

function formatValue(metric: string, x: number): string {
  if (metric === 'step-seconds')
    return `${x.toFixed(1)} s`
  if (metric === 'tokens-per-second-per-gpu')
    return `${x.toFixed(0)} tok/s`
  return `${(x / 1e12).toFixed(0)} TF/s`
}

describe('scale model against published runs (each with its own layout)', () => {
  const rows = SCALE_RUNS.map(run => ({
    run,
    comparison: compareWithPublished(run),
  }))

  it('prints predicted against published for every run', () => {
    const table = rows.map(({ run, comparison: c }) => ({
      run: run.id,
      gpus: run.gpus,
      layout: c
        ? `t${c.result.layout.tensorParallel} p${c.result.layout.pipelineParallel}${c.result.layout.contextParallel > 1
          ? ` cp${c.result.layout.contextParallel}`
          : ''} d${c.result.layout.dataParallel} v${c.result.layout.interleave} b${c.result.layout.microbatchSequences} m${c.result.layout.microbatchesPerPipeline}`
        : 'refused',
      published: formatValue(run.published.metric, run.published.value),
      predicted: c
        ? formatValue(run.published.metric, c.predicted)
        : '—',
      difference: c
        ? `${(c.relativeDifference * 100).toFixed(1)}%`
        : '—',
      mfu: c
        ? `${(c.result.step.effectiveMfu * 100).toFixed(1)}%`
        : '—',
      bubble: c
        ? `${(c.result.step.bubbleShare * 100).toFixed(1)}%`
        : '—',
      comm: c
        ? `${(c.result.step.exposedCommShare * 100).toFixed(1)}%`
        : '—',
      label: run.published.referenceLabel,
      role: CALIBRATION_IDS.has(run.id)
        ? 'calibration'
        : run.inReference ? 'validation (15%)' : 'outside check',
    }))
    console.table(table)
    expect(table).toHaveLength(SCALE_RUNS.length)
  })

  it.each(rows.filter(r => !CALIBRATION_IDS.has(r.run.id) && r.run.inReference))('$run.id is within 15% of the published figure', ({ comparison }) => {
    expect(comparison).not.toBeNull()
    expect(Math.abs(comparison!.relativeDifference)).toBeLessThan(TOLERANCE)
  })

  // Outside checks (not in the reference): NeMo's small FP8 models now within 10% (FP8 on the GEMMs
  // at the measured FP8/BF16 ratio); small BF16 models at TP 1 (llm-foundry 1B–3B on H100, MosaicML
  // 1.3B on A100) still 8–25% fast: tile and wave quantization is modelled, a tile's fixed cost and
  // small models' framework overheads are not (docs/scale-model.md). PaLM on TPU v4 −15%: its
  // tensor-parallel collectives are all counted as exposed (26% of the step), where PaLM overlaps them
  // with compute, a mechanism not modelled; its floor is −20%. Pinned here
  // so a change shows, and so the gaps stay known, stated limitations rather than hidden ones.
  it.each(rows.filter(r => !r.run.inReference && !CALIBRATION_IDS.has(r.run.id)))('outside check $run.id: printed, within −15% … +40% (TPU: −20%)', ({ run, comparison }) => {
    expect(comparison).not.toBeNull()
    expect(comparison!.relativeDifference).toBeGreaterThan(run.acceleratorId === 'tpu-v4'
      ? -0.2
      : -TOLERANCE)
    expect(comparison!.relativeDifference).toBeLessThan(0.4)
  })

  it('fits every published layout in memory (no run is refused)', () => {
    for (const { run, comparison } of rows) {
      expect(comparison, run.id).not.toBeNull()
      expect(comparison!.result.memory.fits, run.id).toBe(true)
    }
  })
})

describe('kernel efficiency: one number per accelerator and precision, calibrated once', () => {
  it.each(CALIBRATED)('$acceleratorId $precision = $value re-solves from $calibrationRunId (within 0.005)', (k) => {
    const run = SCALE_RUNS.find(r => r.id === k.calibrationRunId)
    expect(run).toBeDefined()
    const solved = calibrateKernelEfficiency(run!)
    console.log(`${k.acceleratorId} ${k.precision}: data ${k.value}, re-solved ${solved.toFixed(4)} from ${run!.id}`)
    expect(Math.abs(solved - k.value)).toBeLessThan(0.005)
  })

  it.each(ATTENTION_EFFICIENCIES.filter(a => a.obtained === 'calibrated'))('attention efficiency of $acceleratorId = $value re-solves from its run (within 0.005)', (a) => {
    const run = SCALE_RUNS.find(r => 'calibrationRunId' in a && r.id === a.calibrationRunId)
    expect(run).toBeDefined()
    const solved = calibrateAttentionEfficiency(run!)
    console.log(`${a.acceleratorId} attention: data ${a.value}, re-solved ${solved.toFixed(4)} from ${run!.id}`)
    expect(Math.abs(solved - a.value)).toBeLessThan(0.005)
  })

  it('the calibrated run then reproduces itself within 1%', () => {
    for (const id of CALIBRATION_IDS) {
      const run = SCALE_RUNS.find(r => r.id === id)!
      expect(Math.abs(compareWithPublished(run)!.relativeDifference)).toBeLessThan(0.01)
    }
  })

  it('prints what each run alone would calibrate to, beside the one value used', () => {
    const spread = SCALE_RUNS.map((run) => {
      const wanted = run.precision === 'fp16'
        ? 'bf16'
        : run.precision
      const used = KERNEL_EFFICIENCIES.find(k => k.acceleratorId === run.acceleratorId && k.precision === wanted)!.value
      return {
        run: run.id,
        alone: Number(calibrateKernelEfficiency(run).toFixed(3)),
        used,
      }
    })
    console.table(spread)
    expect(spread.every(s => s.alone > 0 && s.alone <= 1)).toBe(true)
  })
})
