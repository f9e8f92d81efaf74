// The appendix's speaker notes state the scale model's runs on their published layouts and the
// DeepSeek-V3 chain as typed text (issue 23): each number is held to the engine at DEFAULT_ASSUMPTIONS,
// within the precision it is printed at, as tests/unit/notes-numbers.test.ts does for the talk.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS as A } from '../../packages/llm-training-cost/src/data/assumptions'
import { deepSeekVersusDense, sinceTheTalkRuns } from '../../packages/llm-training-cost/src/engine'

/** The notes of pages/since-the-talk.md on one line (notes wrap anywhere). */
function notes(): string {
  const text = readFileSync(new URL('../../pages/since-the-talk.md', import.meta.url), 'utf8')
  return [
    ...text.matchAll(/<!--([\s\S]*?)-->/g),
  ].map(m => m[1]).join('\n').replace(/\s+/g, ' ')
}

/** Half the last printed digit's place: "12" → 0.5, "2.0" → 0.05. */
function printedPrecision(printed: string): number {
  return 0.5 * 10 ** -(printed.split('.')[1]?.length ?? 0)
}

const run = (id: string) => sinceTheTalkRuns(A).find(r => r.id === id)!
const chain = () => deepSeekVersusDense(A)

const ROWS: [RegExp, () => number][] = [
  [
    /16M-token batches at 8K, BF16\): (\d+\.\d)% MFU/,
    () => run('llama-3.1-405b').onLayout!.predictedMfu * 100,
  ],
  [
    /(\d+\.\d)M GPU-hours against the 30\.84M Meta published/,
    () => run('llama-3.1-405b').onLayout!.predictedGpuHours / 1e6,
  ],
  [
    /30\.84M Meta published, (-?\d+\.\d)%/,
    () => run('llama-3.1-405b').onLayout!.gpuHoursDifference * 100,
  ],
  [
    /sequences of 4K\): (\d+\.\d)% MFU of the BF16 peak/,
    () => run('deepseek-v3').onLayout!.predictedMfu * 100,
  ],
  [
    /(\d+\.\d+)M pre-training H800-hours against its 2\.664M/,
    () => run('deepseek-v3').onLayout!.predictedGpuHours / 1e6,
  ],
  [
    /against its 2\.664M, (-?\d+\.\d)%/,
    () => run('deepseek-v3').onLayout!.gpuHoursDifference * 100,
  ],
  [
    /DeepSeek-V3 (\d+\.\d)% \(2\.664M pre-training hours/,
    () => run('deepseek-v3').impliedMfu! * 100,
  ],
  [
    /Llama 3\.1 405B (\d+\.\d)% \(over all 30\.84M hours/,
    () => run('llama-3.1-405b').impliedMfu! * 100,
  ],
  [
    /Llama 2 70B (\d+\.\d)% \(its card counts pre-training only/,
    () => run('llama-2-70b').impliedMfu! * 100,
  ],
  [
    /at the panel's MFU, goodput and price: (\d+\.\d+) TFLOP a token/,
    () => chain().dense.flopsPerToken / 1e12,
  ],
  [
    /Experts: (\d+\.\d)B of 671B parameters a token/,
    () => chain().moe.activeParams / 1e9,
  ],
  [
    /plus attention, (\d+) GFLOP a token/,
    () => chain().moe.flopsPerToken / 1e9,
  ],
  [
    /the same BF16 peak\): ×(\d\.\d+) of the dense run/,
    () => chain().steps[1]!.factor!,
  ],
  [
    /on 2,048 H800 gives (\d+\.\d)% MFU of the BF16 peak/,
    () => chain().steps[3]!.mfu * 100,
  ],
  [
    /not the panel's MFU times 1\.15: (\d+\.\d+)M H800-hours/,
    () => chain().steps[3]!.gpuHours / 1e6,
  ],
  [
    /DeepSeek's own \$2 per H800-hour: \$(\d+\.\d+)M/,
    () => chain().steps[4]!.costUsd / 1e6,
  ],
  [
    /post-training, (\d+)K H800-hours/,
    () => chain().left.otherStagesGpuHours / 1e3,
  ],
  [
    /post-training, \d+K H800-hours \(\$(\d+)k\)/,
    () => chain().left.otherStagesCostUsd / 1e3,
  ],
  [
    /the scale model's (-?\d+\.\d)% on pre-training/,
    () => chain().left.pretrainingDifference * 100,
  ],
  [
    /only (\d+\.\d)B are computed per token/,
    () => chain().moe.activeParams / 1e9,
  ],
]

describe('the appendix notes\' numbers hold to the engine at the defaults', () => {
  it.each(ROWS.map(([pattern, value]) => [pattern.source, pattern, value] as const))('%s', (_name, pattern, value) => {
    const match = pattern.exec(notes())
    expect(match, `since-the-talk.md no longer says ${pattern}`).not.toBeNull()
    const printed = match![1]!
    expect(Math.abs(Number(printed.replace(/,/g, '')) - value())).toBeLessThanOrEqual(printedPrecision(printed))
  })

  it('says no MFU is assumed for the runs, and names the one implied MFU', () => {
    expect(notes()).toMatch(/No MFU is assumed here/)
    expect(notes()).toMatch(/Implied MFU, one definition for every run: pre-training model FLOPs/)
  })
})
