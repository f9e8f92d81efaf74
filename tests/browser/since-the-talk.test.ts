// The appendix "Since the talk" in the built deck: after the references, and live: an edit changes a
// figure. Each slide drawn (the cost trend's ink), clean and inside its box, and legible, is checked
// with every slide (deck.test.ts).
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatGpuHours, formatUsd, sinceTheTalkRuns, wallIn2026 } from '../../engine'
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

  it('shows the runs since 2023 with the engine\'s GPU-hours beside the published ones', async () => {
    const slide = await open('Since the talk: the runs after 2023')
    const rows = slide.locator('[data-figure="since-runs"] tbody tr')
    expect(await rows.evaluateAll(trs => trs.map(tr => tr.getAttribute('data-model')))).toEqual(['llama-2-70b', 'llama-3.1-405b', 'deepseek-v3'])
    const engine = sinceTheTalkRuns(DEFAULT_ASSUMPTIONS)
    expect((await rows.nth(1).locator('[data-value="publishedGpuHours"]').innerText()).trim()).toBe(formatGpuHours(30.84e6))
    expect((await rows.nth(1).locator('[data-value="gpuHours"]').innerText()).trim()).toBe(formatGpuHours(engine[1]!.engine.gpuHours))
  })

  it('is live: an edit of MFU and price changes the runs table and the wall', async () => {
    const runs = await open('Since the talk: the runs after 2023')
    const page = watched().page
    expect(await page.evaluate(() => window.__deckAssumptions!.set('mfu', '30'))).toBeNull()
    const at30 = sinceTheTalkRuns({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    await expect.poll(async () => (await runs.locator('[data-model="deepseek-v3"] [data-value="gpuHours"]').innerText()).trim()).toBe(formatGpuHours(at30[2]!.engine.gpuHours))
    const wall = await open('Since the talk: the wall in 2026')
    expect(await page.evaluate(() => window.__deckAssumptions!.set('usdPerGpuHour', '3'))).toBeNull()
    const expected = wallIn2026({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3, usdPerGpuHour: 3 }).rows[0]!.estimate.costUsd
    await expect.poll(async () => (await wall.locator('[data-row="panel"] [data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(expected))
  })

  it('logs no console error and makes no request off the machine', () => {
    expect(watched().consoleErrors).toEqual([])
    expect(watched().offMachineRequests).toEqual([])
  })
})
