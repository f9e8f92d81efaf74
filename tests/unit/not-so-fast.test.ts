// The "Not so fast" figures: the wall's model on the scenario's accelerator, over cluster sizes.
import type { ClusterPoint } from '../../engine/scale-model/cluster-sweep'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, NOT_SO_FAST_GPUS, notSoFast } from '../../engine'

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
    expect(at(100_000).effectiveMfu).toBeLessThan(0.45)
    expect(at(1024).effectiveMfu).toBeGreaterThan(at(100_000).effectiveMfu!)
    console.log(f.points.map(p => `${p.gpus}: MFU ${p.effectiveMfu === null
      ? '—'
      : (p.effectiveMfu * 100).toFixed(1)}%, bubble ${p.bubbleShare === null
      ? '—'
      : (p.bubbleShare * 100).toFixed(0)}%, ${p.scaleDays?.toFixed(0)} vs ${p.fixedMfuDays.toFixed(0)} days, goodput ${(p.goodput * 100).toFixed(1)}%`).join('\n'))
  })

  it('puts a floor under the time: past the batch\'s knee more GPUs do not shorten the run', () => {
    expect(f.floor!.minimumWallClockDays).toBeGreaterThan(3 * 30.4)
    for (const p of f.points.filter(p => p.scaleDays !== null))
      expect(p.scaleDays!).toBeGreaterThanOrEqual(f.floor!.minimumWallClockDays * 0.999)
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
    const base = at100k(notSoFast(DEFAULT_ASSUMPTIONS))
    const doubled = at100k(notSoFast({ ...DEFAULT_ASSUMPTIONS, batchTokens: 2 * DEFAULT_ASSUMPTIONS.batchTokens }))
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
