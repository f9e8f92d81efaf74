// The talk's wall under the scale model: 1T parameters, 100k A100-80GB, Megatron-LM's 1T batch
// (3072 × 2048 tokens), 20 tokens per parameter. At a fixed 45% MFU that is ~3 months; the scale model
// shows why the cluster cannot run at 45%: a 3072-sequence batch cannot be split over 100k GPUs.
import type { ScaleModelInput } from '../../packages/llm-training-cost/src/engine'
import { describe, expect, it } from 'vitest'
import { SCALING_WALL_SCENARIO as W } from '../../packages/llm-training-cost/src/data/scale-runs'
import { DEFAULT_ASSUMPTIONS, scaleCurves, scaleModel, scalingWallInput } from '../../packages/llm-training-cost/src/engine'
import { SECONDS_PER_DAY } from '../../packages/llm-training-cost/src/engine/formulas/time-cost'
import { batchFloor, stepSecondsAtMfu } from '../../packages/llm-training-cost/src/engine/scale-model/batch-floor'
import { TALK_ERA_BATCH_TOKENS } from '../../packages/llm-training-cost/src/engine/scale-model/batch-size'
import { scaleReport, scaleReportSummary } from '../../packages/llm-training-cost/src/engine/scale-model/report'

// This file holds the talk era's batch on purpose (the defaults now take the batch-size law's:
// the last block compares the two).
const wall: ScaleModelInput = scalingWallInput({ ...DEFAULT_ASSUMPTIONS, batchTokens: TALK_ERA_BATCH_TOKENS })!

describe('the scaling wall (1T, 100k A100, 3072-sequence batch, 20 tokens/param) under the scale model', () => {
  const report = scaleReport(wall)
  if (!report.ok)
    throw new Error(report.message)
  const { model } = report
  const floor = batchFloor(wall)!
  const peak = model.peakFlopsPerSecond
  const stepAt45 = stepSecondsAtMfu({
    modelFlopsPerStep: model.step.modelFlops,
    gpus: W.gpus,
    peakFlopsPerSecond: peak,
    mfu: W.talkMfu,
  })
  const daysAt45 = model.run.steps * stepAt45 / SECONDS_PER_DAY

  it('prints the numbers the notes explain', () => {
    const l = model.layout
    const s = model.step
    console.table({
      'talk: step at 45% MFU on 100k GPUs (s)': stepAt45.toFixed(2),
      'talk: days at 45% MFU': daysAt45.toFixed(0),
      'model: layout': `t ${l.tensorParallel}, p ${l.pipelineParallel}, d ${l.dataParallel}, v ${l.interleave}, b ${l.microbatchSequences}: ${l.microbatchesPerPipeline} microbatches per pipeline, ${l.gpusUsed} GPUs used`,
      'model: step (s)': s.stepSeconds.toFixed(2),
      'model: compute share': `${(s.computeSeconds / s.stepSeconds * 100).toFixed(1)}%`,
      'model: bubble share': `${(s.bubbleShare * 100).toFixed(1)}%`,
      'model: exposed communication share': `${(s.exposedCommShare * 100).toFixed(1)}% (DP reduction ${s.dataParallelCommSeconds.toFixed(2)} s per step, ${s.dataParallelExposedSeconds.toFixed(2)} s not overlapped)`,
      'model: effective MFU': `${(s.effectiveMfu * 100).toFixed(1)}%`,
      'floor: one sequence through 128 layers on 8 GPUs (s)': floor.minimumStepSeconds.toFixed(2),
      'floor: GPUs beyond which the step cannot shorten': floor.kneeGpus,
      'floor: fewest days at this batch': floor.minimumWallClockDays.toFixed(0),
      'model: days (no failures)': model.run.wallClockDays.toFixed(0),
      'goodput (Young/Daly interval)': `${(report.failures.goodput * 100).toFixed(1)}% (checkpoint every ${(report.failures.checkpointIntervalSeconds / 60).toFixed(1)} min, ${report.failures.interruptionsPerDay.toFixed(0)} interruptions/day)`,
      'model: days with failures': report.wallClockDays.toFixed(0),
      'model: cost at $1.5/GPU-h': `$${(report.costUsd / 1e9).toFixed(2)}B`,
      'power: IT / facility (MW)': `${(report.power.itPowerWatts / 1e6).toFixed(1)} / ${(report.power.facilityPowerWatts / 1e6).toFixed(1)} (board × PUE: ${(report.power.boardOnlyFacilityWatts! / 1e6).toFixed(1)})`,
      'data: tokens vs Qwen3 36T': `${(report.data.timesLargestPublished * 100).toFixed(0)}%`,
    })
    expect(model.step.stepSeconds).toBeGreaterThan(0)
  })

  it('summarises in the command line\'s JSON names', () => {
    const summary = scaleReportSummary(report)
    console.log(JSON.stringify(summary))
    expect(Object.keys(summary).sort()).toEqual([
      'activeParams',
      'bubbleShare',
      'checkpointIntervalMinutes',
      'contextParallel',
      'effectiveMfu',
      'exposedCommShare',
      'facilityPowerWatts',
      'goodput',
      'itPowerWatts',
      'layout',
      'stepSeconds',
      'tflopsPerGpu',
      'wallClockDays',
      'zeroStage',
    ])
    expect(summary.zeroStage).toBe(1)
    expect(summary.layout.contextParallel).toBe(1)
    expect(summary.itPowerWatts).toBeGreaterThan(44e6)
  })

  it('at a fixed 45% MFU the talk\'s ~3 months comes back (the fixed-MFU figure is unchanged)', () => {
    expect(daysAt45 / 30.44).toBeGreaterThan(2.5)
    expect(daysAt45 / 30.44).toBeLessThan(4)
  })

  it('45% MFU needs a step shorter than one sequence takes to go through the model: the batch cannot be split further', () => {
    expect(stepAt45).toBeLessThan(3)
    expect(floor.minimumStepSeconds).toBeGreaterThan(2.5 * stepAt45)
    // 3072 sequences × 8-way tensor parallelism: ~25k GPUs is all the batch can occupy.
    expect(floor.kneeGpus).toBe(3072 * 8)
    expect(floor.kneeGpus).toBeLessThan(W.gpus / 3)
  })

  it('the model\'s best layout leaves each pipeline fewer microbatches than stages, so the bubble dominates', () => {
    expect(model.layout.microbatchesPerPipeline).toBeLessThan(model.layout.pipelineParallel)
    expect(model.step.bubbleShare).toBeGreaterThan(0.5)
    expect(model.step.effectiveMfu).toBeLessThan(0.2)
  })

  it('exposed data-parallel communication is a visible share, not zero', () => {
    expect(model.step.dataParallelCommSeconds).toBeGreaterThan(stepAt45 / 3)
    expect(model.step.exposedCommShare).toBeGreaterThan(0.05)
  })

  it('so ~3 months is out of reach: the run takes over a year, failures included', () => {
    expect(model.run.wallClockDays).toBeGreaterThan(3 * daysAt45)
    expect(report.wallClockDays).toBeGreaterThan(365)
  })

  it('mFU falls from the kernel efficiency as the cluster grows (utilization depends on scale)', () => {
    const sizes = [1000, 3000, 10_000, 30_000, 100_000]
    const curves = scaleCurves(wall, sizes)
    const mfu = curves.points.map(p => (p.ok ? p.step.effectiveMfu : Number.NaN))
    console.table(sizes.map((g, i) => {
      const p = curves.points[i]!
      return p.ok
        ? {
            gpus: g,
            used: p.layout.gpusUsed,
            mfu: `${(mfu[i]! * 100).toFixed(1)}%`,
            bubble: `${(p.step.bubbleShare * 100).toFixed(1)}%`,
            comm: `${(p.step.exposedCommShare * 100).toFixed(1)}%`,
            days: p.run.wallClockDays.toFixed(0),
          }
        : { gpus: g, refused: p.message }
    }))
    for (const x of mfu)
      expect(x).toBeLessThan(model.kernelEfficiency)
    expect(mfu[0]!).toBeGreaterThan(0.45)
    expect(mfu.at(-1)!).toBeLessThan(mfu[0]! / 3)
  })

  it('a larger batch (Llama 3\'s 16M tokens) lowers the floor but the wall stays past 3 months', () => {
    const big = scaleModel({ ...wall, batchTokens: 8192 * 2048 })
    expect(big.ok).toBe(true)
    if (big.ok) {
      console.log(`16M-token batch: step ${big.step.stepSeconds.toFixed(2)} s, MFU ${(big.step.effectiveMfu * 100).toFixed(1)}%, ${big.run.wallClockDays.toFixed(0)} days`)
      expect(big.step.effectiveMfu).toBeGreaterThan(model.step.effectiveMfu)
      expect(big.run.wallClockDays).toBeGreaterThan(daysAt45)
    }
  })
})

describe('the same wall at the batch-size law\'s batch (the default)', () => {
  const law = scalingWallInput()!
  const talk = scaleReport(wall)
  const report = scaleReport(law)
  if (!report.ok || !talk.ok)
    throw new Error('the wall runs at both batches')

  it('trains with the law\'s 49,152 sequences: 100k GPUs get work, the floor falls 16-fold', () => {
    const floor = batchFloor(law)!
    const talkFloor = batchFloor(wall)!
    console.table({
      'talk era (3,072 × 2,048)': {
        batchTokens: wall.batchTokens,
        mfu: `${(talk.model.step.effectiveMfu * 100).toFixed(1)}%`,
        floorDays: talkFloor.minimumWallClockDays.toFixed(0),
        daysWithFailures: talk.wallClockDays.toFixed(0),
        costUsd: `$${(talk.costUsd / 1e9).toFixed(2)}B`,
      },
      'batch-size law': {
        batchTokens: law.batchTokens,
        mfu: `${(report.model.step.effectiveMfu * 100).toFixed(1)}%`,
        floorDays: floor.minimumWallClockDays.toFixed(0),
        daysWithFailures: report.wallClockDays.toFixed(0),
        costUsd: `$${(report.costUsd / 1e9).toFixed(2)}B`,
      },
    })
    expect(law.batchTokens).toBe(49_152 * 2048)
    expect(floor.kneeGpus).toBeGreaterThan(W.gpus)
    expect(report.model.step.effectiveMfu).toBeGreaterThan(3 * talk.model.step.effectiveMfu)
    expect(report.model.step.bubbleShare).toBeLessThan(0.1)
    expect(report.costUsd).toBeLessThan(talk.costUsd / 3)
    // Still not the talk's ~3 months once failures are counted: goodput, not the batch, is what is left.
    expect(report.wallClockDays).toBeGreaterThan(3 * 30.44)
    expect(report.model.run.wallClockDays).toBeLessThan(report.wallClockDays * report.failures.goodput * 1.0001)
  })
})
