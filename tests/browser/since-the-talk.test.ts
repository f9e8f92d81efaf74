// The appendix "Since the talk" in the built deck: after the references, and live: an edit changes a
// figure. Each slide drawn (the cost trend's ink), clean and inside its box, and legible, is checked
// with every slide (deck.test.ts).
import { describe, expect, it } from 'vitest'
import { deepSeekVersusDense, DEFAULT_ASSUMPTIONS, formatCount, formatPercent, formatUsd, sinceTheTalkRuns, wallIn2026 } from '../../packages/llm-training-cost/src/engine'
import { partOfTalk } from './deck-helpers'
import { APPENDIX_TITLES as APPENDIX } from './talk-parts'

const TITLES = ['References', ...APPENDIX] as const

// A profile of its own: the edits below stay in it.
const { slideNo, watched, open } = partOfTalk(TITLES)

describe('the appendix "Since the talk" in the built deck', () => {
  it('has its four slides, after the references', () => {
    expect([
      ...slideNo.keys(),
    ].sort()).toEqual([...TITLES].sort())
    for (const title of APPENDIX)
      expect(slideNo.get(title)!, title).toBeGreaterThan(slideNo.get('References')!)
  })

  it('shows the runs since 2023: the scale model on each published layout beside the published GPU-hours', async () => {
    const slide = await open('Since the talk: the runs after 2023')
    const rows = slide.locator('[data-figure="since-runs"] tbody tr')
    expect(await rows.evaluateAll(trs => trs.map(tr => tr.getAttribute('data-model')))).toEqual(['llama-2-70b', 'llama-3.1-405b', 'deepseek-v3'])
    const engine = sinceTheTalkRuns(DEFAULT_ASSUMPTIONS)
    expect((await rows.nth(1).locator('[data-value="publishedGpuHours"]').innerText()).trim()).toBe('30.8M')
    expect((await rows.nth(1).locator('[data-value="gpuHours"]').innerText()).trim()).toBe(formatCount(engine[1]!.onLayout!.predictedGpuHours))
    expect((await rows.nth(2).locator('[data-value="predictedMfu"]').innerText()).trim()).toBe(`MFU ${formatPercent(engine[2]!.onLayout!.predictedMfu)}`)
  })

  it('is live: the price changes the runs table, the MFU the DeepSeek chain\'s dense step and the wall', async () => {
    const runs = await open('Since the talk: the runs after 2023')
    const page = watched().page
    expect(await page.evaluate(() => window.__deckAssumptions!.set('usdPerGpuHour', '3'))).toBeNull()
    const at3 = sinceTheTalkRuns({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    await expect.poll(async () => (await runs.locator('[data-model="deepseek-v3"] [data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(at3[2]!.onLayout!.costUsd))
    const chain = await open('Since the talk: DeepSeek-V3’s $5.6M')
    expect(await page.evaluate(() => window.__deckAssumptions!.set('mfu', '30'))).toBeNull()
    const dense = deepSeekVersusDense({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3, usdPerGpuHour: 3 }).steps[0]!
    await expect.poll(async () => (await chain.locator('[data-step="dense"] [data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(dense.costUsd))
    const wall = await open('Since the talk: the wall in 2026')
    const expected = wallIn2026({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3, usdPerGpuHour: 3 }).rows[0]!.estimate.costUsd
    await expect.poll(async () => (await wall.locator('[data-row="panel"] [data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(expected))
  })

  it('logs no console error and makes no request off the machine', () => {
    expect(watched().consoleErrors).toEqual([])
    expect(watched().offMachineRequests).toEqual([])
  })
})
