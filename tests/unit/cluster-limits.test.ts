// "Not so fast": failures, power and gradient traffic at the scale of the wall.
import { describe, expect, it } from 'vitest'
import { COMMUNICATION_INPUTS, LLAMA3_RELIABILITY, RECOVERY_INPUTS } from '../../data/cluster-limits'
import { clusterPowerWatts, goodputFromInterruptions, interruptionsPerGpuHour, stepTime } from '../../engine'

const rate = interruptionsPerGpuHour({ interruptions: LLAMA3_RELIABILITY.unexpectedInterruptions, gpus: LLAMA3_RELIABILITY.gpus, days: LLAMA3_RELIABILITY.days })
const lost = RECOVERY_INPUTS.lostMinutesPerInterruption / 60

describe('failures (Llama 3: 419 unexpected interruptions in 54 days on 16,384 H100)', () => {
  it('is about one interruption per 50,700 GPU-hours', () => {
    expect(rate).toBeCloseTo(1.973e-5, 8)
  })

  it('reproduces Llama 3\'s "higher than 90% effective training time" at its own scale', () => {
    const goodput = goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: LLAMA3_RELIABILITY.gpus, lostHoursPerInterruption: lost })
    expect(goodput).toBeGreaterThan(LLAMA3_RELIABILITY.effectiveTrainingTimeAtLeast)
    expect(goodput).toBeLessThan(0.95)
  })

  it('halves at 100,000 GPUs and never goes below zero', () => {
    expect(goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: 100_000, lostHoursPerInterruption: lost })).toBeCloseTo(0.507, 3)
    expect(goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: 1e7, lostHoursPerInterruption: lost })).toBe(0)
  })
})

describe('power', () => {
  it('100,000 A100 at 400 W and PUE 1.1 draw 44 MW', () => {
    expect(clusterPowerWatts({ gpus: 100_000, tdpWatts: 400, pue: 1.1 })).toBeCloseTo(44e6, 0)
  })
})

describe('stepTime (Megatron-LM 1T layout: t = 8, p = 64, batch 3072 × 2048)', () => {
  const layout = {
    params: 1e12,
    gpus: 100_000,
    tensorParallel: COMMUNICATION_INPUTS.tensorParallel,
    pipelineParallel: COMMUNICATION_INPUTS.pipelineParallel,
    batchTokens: COMMUNICATION_INPUTS.batchSequences * COMMUNICATION_INPUTS.seqLen,
    gradientBytesPerParam: COMMUNICATION_INPUTS.gradientBytesPerParam,
    networkBytesPerSecondPerGpu: COMMUNICATION_INPUTS.networkBytesPerSecondPerGpu,
    peakFlopsPerSecond: 312e12,
    mfu: 0.45,
  }

  it('all-reduces a 3.9 GB gradient shard over 195 replicas in 0.31 s, against 2.7 s of compute', () => {
    const step = stepTime(layout)
    expect(step.dataParallel).toBe(195)
    expect(step.gradientBytesPerGpu).toBeCloseTo(1e12 * 2 / 512, 0)
    // Ring: 2·(d − 1)/d × bytes ÷ 25 GB/s.
    expect(step.allReduceSeconds).toBeCloseTo(2 * 194 / 195 * 3.90625e9 / 25e9, 6)
    expect(step.computeSeconds).toBeCloseTo(6 * 1e12 * 3072 * 2048 / (1e5 * 312e12 * 0.45), 6)
    expect(step.allReduceShareOfCompute).toBeCloseTo(0.1156, 3)
  })

  it('has no all-reduce with one replica', () => {
    expect(stepTime({ ...layout, gpus: 512 }).allReduceSeconds).toBe(0)
  })
})

describe('formatWatts', () => {
  it('prints megawatts for a cluster and a dash for nothing', async () => {
    const { formatWatts } = await import('../../engine')
    expect(formatWatts(4.4e7)).toBe('44 MW')
    expect(formatWatts(400)).toBe('400 W')
    expect(formatWatts(Number.NaN)).toBe('—')
  })
})

describe('clusterFailures', () => {
  it('at 100,000 GPUs: 47 interruptions a day and half the time training', async () => {
    const { clusterFailures } = await import('../../engine')
    const f = clusterFailures({ interruptions: 419, gpus: 16_384, days: 54 }, 100_000, 15)
    expect(f.interruptionsPerDay).toBeCloseTo(419 / 54 * 100_000 / 16_384, 6)
    expect(f.goodput).toBeCloseTo(0.507, 3)
  })
})
