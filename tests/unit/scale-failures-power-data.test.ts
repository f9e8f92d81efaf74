// Failures (Young/Daly checkpoint interval, goodput), system power and data supply at cluster scale.
import { describe, expect, it } from 'vitest'
import { DEFAULTS } from '../../packages/llm-training-cost/src/data/assumptions'
import { PUBLISHED_TRAINING_SETS, TEXT_STOCK } from '../../packages/llm-training-cost/src/data/data-supply'
import { BLOOM_CHECKPOINTING, CHECKPOINT_INPUTS, FAILURE_RECORDS } from '../../packages/llm-training-cost/src/data/failures'
import { LLAMA31_TRAINING_ENERGY, PUBLISHED_CLUSTER_POWER } from '../../packages/llm-training-cost/src/data/system-power'
import { formatWatts } from '../../packages/llm-training-cost/src/engine'
import { dataSupply } from '../../packages/llm-training-cost/src/engine/scale-model/data-supply'
import { goodputAtInterval, goodputFromInterruptions, interruptionsPerGpuHour, optimalCheckpointIntervalSeconds, trainingGoodput, youngIntervalSeconds } from '../../packages/llm-training-cost/src/engine/scale-model/failures'
import { clusterPowerFromSystems, clusterPowerWatts, runEnergy, systemWattsPerGpu } from '../../packages/llm-training-cost/src/engine/scale-model/power'

const llama3 = FAILURE_RECORDS.find(r => r.id === 'llama-3-405b')!
const rate = interruptionsPerGpuHour({ interruptions: llama3.unexpectedInterruptions, gpus: llama3.gpus, days: llama3.days })
const defaults = {
  storageWriteBytesPerSecond: DEFAULTS.storageWriteTbPerSecond.value * 1e12,
  restartSeconds: 60 * DEFAULTS.restartMinutes.value,
}
const checkpointBytes = (params: number): number => params * CHECKPOINT_INPUTS.checkpointBytesPerParam.value

describe('failures and goodput', () => {
  it('llama 3\'s 419 unexpected interruptions in 54 days on 16,384 H100 are one per ~50,700 GPU-hours', () => {
    expect(rate).toBeCloseTo(1.973e-5, 8)
  })

  it('the linear estimate (15 min lost an interruption) gives Llama 3 its reported > 90% and halves at 100,000 GPUs, never below 0', () => {
    const atOwnScale = goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: llama3.gpus, lostHoursPerInterruption: 0.25 })
    expect(atOwnScale).toBeGreaterThan(llama3.reportedGoodputAtLeast!)
    expect(atOwnScale).toBeLessThan(0.95)
    expect(goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: 100_000, lostHoursPerInterruption: 0.25 })).toBeCloseTo(0.507, 3)
    expect(goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: 1e7, lostHoursPerInterruption: 0.25 })).toBe(0)
  })

  it('young\'s interval is √(2δM): 19 min for δ = 60 s at Llama 3\'s 3.1 h between interruptions', () => {
    expect(youngIntervalSeconds(60, 11_135)).toBeCloseTo(Math.sqrt(2 * 60 * 11_135), 9)
    expect(youngIntervalSeconds(60, 11_135) / 60).toBeCloseTo(19.3, 1)
  })

  it('the numerical optimum is close to Young\'s when δ ≪ M, and beats any other interval', () => {
    const run = { checkpointWriteSeconds: 60, restartSeconds: 600, mtbfSeconds: 11_135 }
    const best = optimalCheckpointIntervalSeconds(run)
    expect(best / youngIntervalSeconds(60, 11_135)).toBeGreaterThan(0.9)
    expect(best / youngIntervalSeconds(60, 11_135)).toBeLessThan(1.05)
    const g = goodputAtInterval({ ...run, intervalSeconds: best })
    for (const factor of [0.5, 0.8, 1.25, 2])
      expect(goodputAtInterval({ ...run, intervalSeconds: best * factor })).toBeLessThan(g)
  })

  it('llama 3 (16,384 H100, 419 unexpected interruptions in 54 days) comes out above its reported 90% effective training time', () => {
    const g = trainingGoodput({
      gpus: llama3.gpus,
      interruptionsPerGpuHour: rate,
      checkpointBytes: checkpointBytes(405e9),
      ...defaults,
    })
    console.table({
      'interruptions per day': g.interruptionsPerDay.toFixed(1),
      'hours between interruptions': (g.mtbfSeconds / 3600).toFixed(2),
      'checkpoint write (s)': g.checkpointWriteSeconds.toFixed(1),
      'checkpoint interval (min)': (g.checkpointIntervalSeconds / 60).toFixed(1),
      'goodput': `${(g.goodput * 100).toFixed(1)}%`,
      'lost to checkpoints / rework / restarts': [g.lostToCheckpointsShare, g.lostToReworkShare, g.lostToRestartsShare].map(x => `${(x * 100).toFixed(1)}%`).join(' / '),
    })
    expect(g.interruptionsPerDay).toBeCloseTo(419 / 54, 6)
    expect(g.goodput).toBeGreaterThan(llama3.reportedGoodputAtLeast!)
    expect(g.goodput).toBeLessThan(0.97)
    expect(g.lostToCheckpointsShare + g.lostToReworkShare + g.lostToRestartsShare).toBeCloseTo(1 - g.goodput, 9)
  })

  it('at 100k A100 goodput is lower but sane: above the linear model\'s 50.7%, never negative', () => {
    const g = trainingGoodput({
      gpus: 100_000,
      interruptionsPerGpuHour: rate,
      checkpointBytes: checkpointBytes(1e12),
      ...defaults,
    })
    const linear = goodputFromInterruptions({ interruptionsPerGpuHour: rate, gpus: 100_000, lostHoursPerInterruption: 0.25 })
    console.log(`100k GPUs: goodput ${(g.goodput * 100).toFixed(1)}% (linear 15-min model ${(linear * 100).toFixed(1)}%), checkpoint every ${(g.checkpointIntervalSeconds / 60).toFixed(1)} min, ${g.interruptionsPerDay.toFixed(0)} interruptions/day`)
    expect(g.goodput).toBeGreaterThan(linear)
    expect(g.goodput).toBeGreaterThan(0.6)
    expect(g.goodput).toBeLessThan(0.9)
    // Far past any real cluster it tends to zero, it does not go negative.
    const huge = trainingGoodput({
      gpus: 1e8,
      interruptionsPerGpuHour: rate,
      checkpointBytes: checkpointBytes(1e12),
      ...defaults,
    })
    expect(huge.goodput).toBeGreaterThanOrEqual(0)
    expect(huge.goodput).toBeLessThan(0.05)
  })

  it('llama 3.1\'s whole-run average (3.8e25 FLOP over 30.84M GPU-hours = 342 TFLOP/s) sits near Table 4\'s steady state × the modelled goodput', () => {
    const g = trainingGoodput({
      gpus: llama3.gpus,
      interruptionsPerGpuHour: rate,
      checkpointBytes: checkpointBytes(405e9),
      ...defaults,
    })
    const averageTflops = LLAMA31_TRAINING_ENERGY.trainingFlops / (LLAMA31_TRAINING_ENERGY.gpuHours * 3600) / 1e12
    const steady = 400 * g.goodput
    console.log(`Llama 3.1 405B: whole-run ${averageTflops.toFixed(0)} TFLOP/s per GPU-hour vs 400 × goodput ${g.goodput.toFixed(3)} = ${steady.toFixed(0)} (the rest: long-context stages at 380, ramp-up, evaluation)`)
    expect(Math.abs(steady / averageTflops - 1)).toBeLessThan(0.15)
  })

  it('the OPT-175B run\'s restarts (105 in ~60 days on 992 A100) are a higher rate per GPU-hour than Llama 3\'s', () => {
    const opt = FAILURE_RECORDS.find(r => r.id === 'opt-175b')!
    const optRate = interruptionsPerGpuHour({ interruptions: opt.unexpectedInterruptions, gpus: opt.gpus, days: opt.days })
    console.log(`interruptions per GPU-hour: OPT ${optRate.toExponential(2)}, Llama 3 ${rate.toExponential(2)} (${(optRate / rate).toFixed(1)}×)`)
    expect(optRate).toBeGreaterThan(rate)
  })

  it('goodput falls monotonically with cluster size', () => {
    const sizes = [1e3, 1e4, 3e4, 1e5, 3e5, 1e6]
    const g = sizes.map(n => trainingGoodput({
      gpus: n,
      interruptionsPerGpuHour: rate,
      checkpointBytes: checkpointBytes(1e12),
      ...defaults,
    }).goodput)
    for (let i = 1; i < g.length; i++)
      expect(g[i]!).toBeLessThan(g[i - 1]!)
  })

  it('the BLOOM run (384 A100, 1–2 failures a week) would checkpoint every few hours, as it did (3 h)', () => {
    const bloomRate = BLOOM_CHECKPOINTING.failuresPerWeek / (BLOOM_CHECKPOINTING.gpus * 7 * 24)
    const g = trainingGoodput({
      gpus: BLOOM_CHECKPOINTING.gpus,
      interruptionsPerGpuHour: bloomRate,
      checkpointBytes: 2.3e12,
      storageWriteBytesPerSecond: 2.3e12 / BLOOM_CHECKPOINTING.checkpointWriteSeconds,
      restartSeconds: defaults.restartSeconds,
    })
    console.log(`BLOOM: optimal interval ${(g.checkpointIntervalSeconds / 3600).toFixed(1)} h (used ${BLOOM_CHECKPOINTING.checkpointIntervalHours} h), goodput ${(g.goodput * 100).toFixed(1)}%`)
    expect(g.checkpointIntervalSeconds / 3600).toBeGreaterThan(1)
    expect(g.checkpointIntervalSeconds / 3600).toBeLessThan(6)
  })
})

describe('power from the vendor system maximum', () => {
  it('board power alone: 100,000 A100 at 400 W and PUE 1.1 draw 44 MW, printed as megawatts', () => {
    expect(clusterPowerWatts({ gpus: 100_000, tdpWatts: 400, pue: 1.1 })).toBeCloseTo(44e6, 0)
    expect(formatWatts(4.4e7)).toBe('44 MW')
    expect(formatWatts(400)).toBe('400 W')
    expect(formatWatts(Number.NaN)).toBe('—')
  })

  it('per GPU: DGX A100 6.5 kW, DGX H100 10.2 kW, DGX B200 14.3 kW, each ÷ 8', () => {
    expect(systemWattsPerGpu('a100-80gb')).toBe(812.5)
    expect(systemWattsPerGpu('a100-40gb')).toBe(812.5)
    expect(systemWattsPerGpu('h100-sxm')).toBe(1275)
    expect(systemWattsPerGpu('b200')).toBe(1787.5)
    expect(systemWattsPerGpu('tpu-v4')).toBeNull()
  })

  it('100k A100 draw at least the system power (81 MW IT, 89 MW at PUE 1.1), not 44 MW', () => {
    const p = clusterPowerFromSystems({ gpus: 100_000, acceleratorId: 'a100-80gb', pue: 1.1 })
    expect(p.itPowerWatts).toBeCloseTo(81.25e6, 0)
    expect(p.facilityPowerWatts).toBeCloseTo(89.375e6, 0)
    expect(p.boardOnlyFacilityWatts).toBeCloseTo(44e6, 0)
    expect(p.facilityPowerWatts).toBeGreaterThan(2 * p.boardOnlyFacilityWatts!)
  })

  it.each(PUBLISHED_CLUSTER_POWER)('beside a published cluster: $label', (c) => {
    const p = clusterPowerFromSystems({ gpus: c.gpus, acceleratorId: c.acceleratorId, pue: 1.1 })
    console.log(`${c.label}: published ${(c.watts / 1e6).toFixed(0)} MW (${c.covers}, ${c.referenceLabel}); model IT ${(p.itPowerWatts / 1e6).toFixed(1)} MW, facility ${(p.facilityPowerWatts / 1e6).toFixed(1)} MW; board × PUE ${(p.boardOnlyFacilityWatts! / 1e6).toFixed(1)} MW`)
    // The system basis lands within 25% of the published figure; board power alone misses it by half.
    expect(Math.abs(p.facilityPowerWatts / c.watts - 1)).toBeLessThan(0.25)
    expect(p.boardOnlyFacilityWatts! / c.watts).toBeLessThan(0.6)
  })

  it('llama 3.1 405B: energy at system power is above the card\'s TDP basis; CO2 beside the card\'s 8,930 t', () => {
    const hours = LLAMA31_TRAINING_ENERGY.gpuHours
    const system = runEnergy({ facilityPowerWatts: 1275 * 1.1, wallClockSeconds: hours * 3600, gridGramsCo2PerKwh: 429 })
    const tdpKwh = hours * LLAMA31_TRAINING_ENERGY.boardWatts / 1000
    console.log(`Llama 3.1 405B: ${(tdpKwh / 1e6).toFixed(1)} GWh at 700 W TDP (card basis, ${LLAMA31_TRAINING_ENERGY.tonnesCo2eLocationBased} t CO2e: ${(LLAMA31_TRAINING_ENERGY.tonnesCo2eLocationBased * 1e6 / tdpKwh).toFixed(0)} g/kWh implied); system power × PUE 1.1: ${(system.energyKwh / 1e6).toFixed(1)} GWh, ${system.tonnesCo2.toFixed(0)} t at 429 g/kWh`)
    expect(system.energyKwh).toBeGreaterThan(2 * tdpKwh)
  })
})

describe('data supply', () => {
  it('the largest published text training set is Qwen3\'s ~36T tokens', () => {
    const text = PUBLISHED_TRAINING_SETS.filter(s => s.modality === 'text')
    expect(Math.max(...text.map(s => s.tokens))).toBe(36e12)
  })

  it('1T parameters × 20 tokens = 20T: 56% of Qwen3\'s set and 5% of the ~4e14 effective stock; 10T parameters need half the stock', () => {
    const wall = dataSupply(20e12)
    expect(wall.timesLargestPublished).toBeCloseTo(20 / 36, 6)
    expect(wall.shareOfEffectiveStock).toBeCloseTo(0.05, 6)
    const tenT = dataSupply(200e12)
    console.log(`10T × 20 = 200T tokens: ${tenT.timesLargestPublished.toFixed(1)}× Qwen3, ${(tenT.shareOfEffectiveStock * 100).toFixed(0)}% of the effective stock, ${(tenT.shareOfCommonCrawl * 100).toFixed(0)}% of Common Crawl (${TEXT_STOCK.commonCrawlTokens / 1e12}T)`)
    expect(tenT.shareOfEffectiveStock).toBeCloseTo(0.5, 6)
    expect(tenT.shareOfCommonCrawl).toBeGreaterThan(1)
  })
})
