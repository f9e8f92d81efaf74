// The "Not so fast" figures: the wall's model on the scenario's accelerator, over cluster sizes.
import type { ClusterPoint } from '../../packages/llm-training-cost/src/engine/scale-model/cluster-sweep'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, NOT_SO_FAST_GPUS, notSoFast } from '../../packages/llm-training-cost/src/engine'
import { TALK_ERA_BATCH_TOKENS } from '../../packages/llm-training-cost/src/engine/scale-model/batch-size'

/** The wall's scenario at Megatron-LM's 2021 batch (3,072 × 2,048), the talk era's. */
const TALK_ERA = { ...DEFAULT_ASSUMPTIONS, batchTokens: TALK_ERA_BATCH_TOKENS }

describe('notSoFast at the talk\'s defaults (1T, A100, 45% MFU)', () => {
  const f = notSoFast(DEFAULT_ASSUMPTIONS)
  const at = (gpus: number) => f.points.find(p => p.gpus === gpus)!

  it('has every figure, and no value that is not a finite number', () => {
    expect(f.unavailable).toBeNull()
    expect(f.points.map(p => p.gpus)).toEqual(NOT_SO_FAST_GPUS)
    for (const p of f.points) {
      for (const value of [
        p.effectiveMfu,
        p.bubbleShare,
        p.exposedCommShare,
        p.scaleDays,
        p.fixedMfuDays,
        p.goodput,
      ])
        expect(value === null || Number.isFinite(value), JSON.stringify(p)).toBe(true)
    }
  })

  it('shows utilization falling with cluster size, from below the kernel efficiency', () => {
    const mfus = f.points.map(p => p.effectiveMfu).filter((m): m is number => m !== null)
    expect(mfus[0]).toBeLessThan(f.kernelEfficiency!)
    expect(at(1024).effectiveMfu).toBeGreaterThan(at(100_000).effectiveMfu!)
    // At the law's batch (49,152 sequences) 100k GPUs stay busy; at the talk era's 3,072 they cannot.
    expect(f.batch.from).toBe('law')
    expect(at(100_000).effectiveMfu).toBeGreaterThan(0.45)
    expect(notSoFast(TALK_ERA).points.find(p => p.gpus === 100_000)!.effectiveMfu).toBeLessThan(0.15)
    console.log(f.points.map(p => `${p.gpus}: MFU ${p.effectiveMfu === null
      ? '—'
      : (p.effectiveMfu * 100).toFixed(1)}%, bubble ${p.bubbleShare === null
      ? '—'
      : (p.bubbleShare * 100).toFixed(0)}%, ${p.scaleDays?.toFixed(0)} vs ${p.fixedMfuDays.toFixed(0)} days, goodput ${(p.goodput * 100).toFixed(1)}%`).join('\n'))
  })

  it('puts a floor under the time: past the batch\'s knee more GPUs do not shorten the run', () => {
    for (const p of f.points.filter(p => p.scaleDays !== null))
      expect(p.scaleDays!).toBeGreaterThanOrEqual(f.floor!.minimumWallClockDays * 0.999)
    // The floor at the law's batch and at the talk era's: 16× the batch, 16× fewer steps.
    expect(f.floors.map(x => x.batch)).toEqual(['used', 'talk era'])
    const [law, talk] = f.floors
    expect(law!.batchTokens).toBe(f.batch.lawBatchTokens)
    expect(talk!.batchTokens).toBe(3072 * 2048)
    expect(talk!.floor.minimumWallClockDays).toBeGreaterThan(3 * 30.4)
    expect(law!.floor.minimumWallClockDays).toBeLessThan(30.4)
    expect(talk!.floor.steps / law!.floor.steps).toBeCloseTo(law!.batchTokens / talk!.batchTokens, 2)
    // A batch set by hand is the one used, and the law's floor still goes beside it.
    expect(notSoFast(TALK_ERA).floors.map(x => x.batch)).toEqual(['used', 'law'])
    // The talk's fixed MFU keeps halving the time with every doubling.
    expect(at(2048).fixedMfuDays / at(4096).fixedMfuDays).toBeCloseTo(2, 10)
  })

  it('loses more time to failures on a bigger cluster, but never goes below zero', () => {
    expect(at(1024).goodput).toBeGreaterThan(at(1_048_576).goodput)
    expect(at(1_048_576).goodput).toBeGreaterThan(0)
  })

  it('draws the systems\' power, not 44 MW of boards', () => {
    expect(f.facilityPowerWatts).toBeGreaterThan(f.boardPowerTimesPueWatts!)
  })

  it('needs 20T tokens: over half the largest published set', () => {
    expect(f.tokens).toBeCloseTo(20.16e12, -10)
    expect(f.data.timesLargestPublished).toBeGreaterThan(0.5)
  })
})

describe('notSoFast elsewhere', () => {
  it('on an accelerator with no kernel data (TPU v3) says why, and still gives the fixed-MFU line', () => {
    const f = notSoFast({ ...DEFAULT_ASSUMPTIONS, gpu: 'tpu-v3', precision: 'bf16' })
    expect(f.unavailable).toMatch(/TPU v3/)
    expect(f.points.every(p => p.effectiveMfu === null && Number.isFinite(p.fixedMfuDays))).toBe(true)
  })

  it('follows the scenario: on H100 the run is shorter', () => {
    const a100 = notSoFast(DEFAULT_ASSUMPTIONS).points.find(p => p.gpus === 16_384)!
    const h100 = notSoFast({ ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm' }).points.find(p => p.gpus === 16_384)!
    expect(h100.scaleDays!).toBeLessThan(a100.scaleDays!)
  })
})

describe('the scale model\'s assumptions move the "Not so fast" figures', () => {
  const at100k = (f: ReturnType<typeof notSoFast>): ClusterPoint => f.points.find(p => p.gpus === 100_000)!

  it('a larger global batch gives each pipeline more microbatches: less bubble, higher MFU at 100k GPUs', () => {
    const base = at100k(notSoFast(TALK_ERA))
    const doubled = at100k(notSoFast({ ...DEFAULT_ASSUMPTIONS, batchTokens: 2 * TALK_ERA_BATCH_TOKENS }))
    console.log(`MFU at 100k A100: ${(base.effectiveMfu! * 100).toFixed(1)}% (3,072 sequences) → ${(doubled.effectiveMfu! * 100).toFixed(1)}% (6,144)`)
    expect(doubled.effectiveMfu!).toBeGreaterThan(base.effectiveMfu!)
    expect(doubled.bubbleShare!).toBeLessThan(base.bubbleShare!)
  })

  it('slower checkpoint storage and longer restarts lower goodput at every cluster size', () => {
    const base = notSoFast(DEFAULT_ASSUMPTIONS).points
    const slow = notSoFast({ ...DEFAULT_ASSUMPTIONS, storageWriteTbPerSecond: 0.5, restartMinutes: 30 }).points
    for (const [i, p] of base.entries())
      expect(slow[i]!.goodput).toBeLessThan(p.goodput)
  })
})
