// Speaker notes state engine results as typed text ("about 12%", "near 69%"): each is held here to the
// engine at DEFAULT_ASSUMPTIONS, within the precision it is printed at (issue 25, item 8). The handout
// prints the notes under slides computed for another scenario; these sentences describe the defaults.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS as A } from '../../packages/llm-training-cost/src/data/assumptions'
import { SCALING_WALL_SCENARIO } from '../../packages/llm-training-cost/src/data/scale-runs'
import { WALL_2026_OFFERS } from '../../packages/llm-training-cost/src/data/since-the-talk'
import { getAccelerator, getModel, notSoFast, palmClaim, rooflineFigure, scaleLimits, scalingWallRows, wallIn2026 } from '../../packages/llm-training-cost/src/engine'
import { TALK_ERA_BATCH_TOKENS } from '../../packages/llm-training-cost/src/engine/scale-model/batch-size'
import { clusterPowerFromSystems } from '../../packages/llm-training-cost/src/engine/scale-model/power'
import { checkpointedGoodput, scaleReportOptions } from '../../packages/llm-training-cost/src/engine/scale-model/report'

function notesOf(page: string): string {
  const text = readFileSync(new URL(`../../pages/${page}`, import.meta.url), 'utf8')
  // One line of prose: notes wrap anywhere, patterns match across the wrap.
  return [
    ...text.matchAll(/<!--([\s\S]*?)-->/g),
  ].map(m => m[1]).join('\n').replace(/\s+/g, ' ')
}

/** Half the last printed digit's place: "12" → 0.5, "2.0" → 0.05. */
function printedPrecision(printed: string): number {
  const decimals = printed.split('.')[1]?.length ?? 0
  return 0.5 * 10 ** -decimals
}

/** A chip's dense peak at one precision. */
const peak = (id: 'b200' | 'v100', precision: string): number => (getAccelerator(id).peakFlopsPerSecond as Partial<Record<string, number>>)[precision]!

const parse = (printed: string): number => Number(printed.replace(/,/g, ''))

/** The defaults at Megatron-LM's 2021 batch, which the notes give beside the law's. */
const TALK_ERA = { ...A, batchTokens: TALK_ERA_BATCH_TOKENS }
const wallGoodput = (gpus: number) => checkpointedGoodput(SCALING_WALL_SCENARIO.shape.params, gpus, scaleReportOptions(A))
const sweep = () => notSoFast(A)
const at100k = () => sweep().points.find(p => p.gpus === 100_000)!
const gemms = () => rooflineFigure('gpt-3', A).gemms
const matmuls = () => gemms().filter(g => g.bound === 'compute').map(g => g.intensity)
const attention = () => gemms().filter(g => g.bound === 'memory').map(g => g.intensity)

interface Row {
  page: string
  /** The quoted text, with the number as the first capture group. */
  pattern: RegExp
  /** The engine's value at the defaults, in the unit the note prints. */
  value: () => number
  /** For a rounder figure than its digits say ("~1,500"): the tolerance the sentence means. */
  tolerance?: number
}

const trendYear = () => wallIn2026(A).talkTrendYear
const ROWS: Row[] = [
  {
    page: 'since-the-talk.md',
    pattern: /\$150M amortized: (\d{4}\.\d) on the trend/,
    value: () => trendYear().year,
  },
  {
    page: 'since-the-talk.md',
    pattern: /on the trend \((\d{4}\.\d)–\d{4}\.\d\)/,
    value: () => trendYear().early,
  },
  {
    page: 'since-the-talk.md',
    pattern: /on the trend \(\d{4}\.\d–(\d{4}\.\d)\)/,
    value: () => trendYear().late,
  },
  {
    page: 'since-the-talk.md',
    pattern: /The talk's \$300M \(rental\) is \$(\d+)M amortized/,
    value: () => wallIn2026(A).talkOnTrend.usd / 1e6,
  },
  {
    page: 'since-the-talk.md',
    pattern: /\(\$2\.35, SECONDARY\) is (\d+)% below its on-demand index/,
    value: () => (1 - WALL_2026_OFFERS.h100Contract.usdPerGpuHour / WALL_2026_OFFERS.h100.usdPerGpuHour) * 100,
  },
  {
    page: 'not-so-fast.md',
    pattern: /MFU falls from the kernel efficiency \(what the matmuls reach alone\) to about (\d+)%/,
    value: () => at100k().effectiveMfu! * 100,
  },
  {
    page: 'not-so-fast.md',
    pattern: /100k GPUs near (\d+)%/,
    value: () => at100k().goodput! * 100,
  },
  {
    page: 'not-so-fast.md',
    pattern: /about (\d+) hours at 16k/,
    value: () => wallGoodput(16_384).mtbfSeconds / 3600,
  },
  {
    page: 'not-so-fast.md',
    pattern: /(\d+) minutes at 100k/,
    value: () => wallGoodput(100_000).mtbfSeconds / 60,
  },
  {
    page: 'not-so-fast.md',
    pattern: /(\d+) minutes at a million/,
    value: () => wallGoodput(1_000_000).mtbfSeconds / 60,
  },
  {
    page: 'not-so-fast.md',
    pattern: /about (\d+) MW for 100k A100/,
    value: () => clusterPowerFromSystems({ gpus: 100_000, acceleratorId: A.gpu, pue: A.pue }).facilityPowerWatts / 1e6,
  },
  {
    page: 'not-so-fast.md',
    pattern: /100k H100 \(10\.2 kW per DGX H100\) gives about (\d+) MW/,
    value: () => clusterPowerFromSystems({ gpus: 100_000, acceleratorId: 'h100-sxm', pue: A.pue }).facilityPowerWatts / 1e6,
  },
  {
    page: 'scaling-wall.md',
    pattern: /MFU falls to about (\d+)%/,
    value: () => scalingWallRows({ ...TALK_ERA, scaleModel: true }).rows[0]!.mfu! * 100,
  },
  {
    page: 'scaling-wall.md',
    pattern: /MFU is about (\d+)% and the run takes about \d+ months with failures/,
    value: () => scalingWallRows({ ...A, scaleModel: true }).rows[0]!.mfu! * 100,
  },
  {
    page: 'scaling-wall.md',
    pattern: /the run takes about (\d+) months with failures/,
    value: () => scalingWallRows({ ...A, scaleModel: true }).rows[0]!.days! / 30.44,
  },
  {
    page: 'scaling-wall.md',
    pattern: /each pipeline gets about (\d+) microbatches, MFU is about/,
    value: () => scaleLimits(A).step!.microbatchesPerPipeline,
  },
  {
    page: 'scaling-wall.md',
    pattern: /6\.3M tokens\) each pipeline gets about (\d+) microbatches/,
    value: () => scaleLimits(TALK_ERA).step!.microbatchesPerPipeline,
  },
  {
    page: 'scaling-wall.md',
    pattern: /that is about (\d+)M tokens \(49,152 sequences/,
    value: () => notSoFast(A).batch.batchTokens / 1e6,
    tolerance: 1,
  },
  {
    page: 'scaling-wall.md',
    pattern: /that is about 100M tokens \(([\d,]+) sequences, (\d) million times/,
    value: () => notSoFast(A).batch.batchSequences,
  },
  {
    page: 'scaling-wall.md',
    pattern: /sequences, (\d) million times past the law's fit/,
    value: () => notSoFast(A).batch.extrapolation / 1e6,
  },
  {
    page: 'not-so-fast.md',
    pattern: /gives about (\d+)M tokens, 49,152 sequences of 2,048/,
    value: () => notSoFast(A).batch.batchTokens / 1e6,
    tolerance: 1,
  },
  {
    page: 'not-so-fast.md',
    pattern: /gives about 100M tokens, ([\d,]+) sequences of 2,048/,
    value: () => notSoFast(A).batch.batchSequences,
  },
  {
    page: 'not-so-fast.md',
    pattern: /1T is (\d) million times past its fit/,
    value: () => notSoFast(A).batch.extrapolation / 1e6,
  },
  {
    page: 'not-so-fast.md',
    pattern: /At the 2021 batch \(3,072 sequences\) m is about (\d+)/,
    value: () => scaleLimits(TALK_ERA).step!.microbatchesPerPipeline,
  },
  {
    page: 'not-so-fast.md',
    pattern: /most of the step is bubble, and MFU is about (\d+)%/,
    value: () => notSoFast(TALK_ERA).points.find(p => p.gpus === 100_000)!.effectiveMfu! * 100,
  },
  {
    page: 'not-so-fast.md',
    pattern: /the floor is about (\d+) days, reached near B × t = 393,216 GPUs/,
    value: () => notSoFast(A).floor!.minimumWallClockDays,
  },
  {
    page: 'not-so-fast.md',
    pattern: /reached near B × t = ([\d,]+) GPUs/,
    value: () => notSoFast(A).floor!.kneeGpus,
  },
  {
    page: 'not-so-fast.md',
    pattern: /it is (\d+\.\d) months at the 2021 batch/,
    value: () => notSoFast(A).floors.find(f => f.batch === 'talk era')!.floor.minimumWallClockDays / 30.44,
  },
  {
    page: 'not-so-fast.md',
    pattern: /16 times the steps, reached near ([\d,]+) GPUs/,
    value: () => notSoFast(A).floors.find(f => f.batch === 'talk era')!.floor.kneeGpus,
  },
  {
    page: 'not-so-fast.md',
    pattern: /to the batch-size law's for 1T \((\d+)M\)/,
    value: () => notSoFast(A).batch.lawBatchTokens / 1e6,
    tolerance: 1,
  },
  {
    page: 'gpu.md',
    pattern: /intensity ~(1,\d00)–1,\d00/,
    value: () => Math.min(...matmuls()),
    tolerance: 50,
  },
  {
    page: 'gpu.md',
    pattern: /intensity ~1,\d00–(1,\d00)/,
    value: () => Math.max(...matmuls()),
    tolerance: 50,
  },
  {
    page: 'gpu.md',
    pattern: /per head: intensity ~(\d+)/,
    value: () => Math.max(...attention()),
  },
  {
    page: 'gpu.md',
    pattern: /on an H100 \(ridge ~(\d+)\)/,
    value: () => rooflineFigure('gpt-3', { ...A, gpu: 'h100-sxm' }).ridge.intensity,
  },
  {
    page: 'gpu.md',
    pattern: /dense 16-bit peak grew ~(\d+)×/,
    value: () => peak('b200', 'bf16') / peak('v100', 'fp16'),
  },
  {
    page: 'gpu.md',
    pattern: /memory bandwidth ~(\d+)×/,
    value: () => getAccelerator('b200').memoryBandwidthBytesPerSecond / getAccelerator('v100').memoryBandwidthBytesPerSecond,
  },
  {
    page: 'costs-gpu.md',
    pattern: /GPT-3 is about (\d+) of these/,
    value: () => 6 * getModel('gpt-3').params * getModel('gpt-3').tokens! / 1e21,
  },
  {
    page: 'costs-gpu.md',
    pattern: /a compute-optimal 1T model ([\d,]+)/,
    value: () => 6 * 1e12 * 1e12 * A.tokensPerParam / 1e21,
    tolerance: 5000,
  },
  {
    page: 'gpu.md',
    pattern: /compute-bound\. These are (\d+)% of the FLOPs/,
    value: () => 100 * gemms().filter(g => g.bound === 'compute').reduce((sum, g) => sum + g.flops, 0) / gemms().reduce((sum, g) => sum + g.flops, 0),
  },
  {
    page: 'models.md',
    pattern: /adds only about (\d+)%/,
    // 12·L·H·Q·T per token over 6·N, Gopher at its own shape.
    value: () => {
      const gopher = getModel('gopher')
      const shape = gopher.architecture
      return 100 * 12 * shape.layers * shape.heads * shape.headDim * shape.seqLen / (6 * gopher.params)
    },
  },
  {
    page: 'not-so-fast.md',
    pattern: /At 100k GPUs m is about (\d+) for p = 16/,
    value: () => scaleLimits(A).step!.microbatchesPerPipeline,
  },
  {
    page: 'not-so-fast.md',
    pattern: /At 100k GPUs m is about \d+ for p = (\d+)/,
    value: () => scaleLimits(A).step!.pipelineParallel,
  },
  {
    page: 'palm.md',
    pattern: /30\.8% ÷ 46\.2% ≈ (0\.\d+)/,
    value: () => palmClaim().bookedUtilization / palmClaim().mfu,
  },
]

describe('numbers typed in the speaker notes hold to the engine at the defaults', () => {
  it.each(ROWS.map(r => [`${r.page}: ${r.pattern.source}`, r] as const))('%s', (_name, row) => {
    const match = row.pattern.exec(notesOf(row.page))
    expect(match, `${row.page} no longer says ${row.pattern}`).not.toBeNull()
    const printed = match![1]!
    expect(Math.abs(parse(printed) - row.value())).toBeLessThanOrEqual(row.tolerance ?? printedPrecision(printed))
  })

  it('utilization: at GPT-3\'s own MFU "more than twice" the cost at 45%; the "~60%" "another quarter" off (cost ∝ 1 / MFU)', () => {
    const notes = notesOf('utilization.md')
    expect(notes).toMatch(/at GPT-3's own ([\d.]+)% MFU it costs more than twice what it costs at (\d+)%, and the "~60%" would save another quarter/)
    const [, own, at] = /at GPT-3's own ([\d.]+)% MFU it costs more than twice what it costs at (\d+)%/.exec(notes)!
    expect(Number(own) / 100).toBeCloseTo(getModel('gpt-3').reportedMfu!.value, 3)
    expect(Number(at) / 100).toBe(A.mfu)
    expect(A.mfu / getModel('gpt-3').reportedMfu!.value).toBeGreaterThan(2)
    expect(1 - A.mfu / 0.6).toBeCloseTo(0.25, 2)
  })

  it('"over a year and a half" on 100k A100 at the 2021 batch; Llama 3\'s cluster "above 90%" goodput', () => {
    expect(notesOf('scaling-wall.md')).toMatch(/the run takes over a year and a half/)
    expect(scalingWallRows({ ...TALK_ERA, scaleModel: true }).rows[0]!.days).toBeGreaterThan(1.5 * 365)
    expect(notesOf('not-so-fast.md')).toMatch(/Llama 3's own cluster comes out above 90%/)
    expect(sweep().publishedGoodput.find(g => g.label.startsWith('Llama 3'))!.predicted).toBeGreaterThan(0.9)
  })
})
