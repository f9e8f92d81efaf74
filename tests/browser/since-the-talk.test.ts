// The appendix "Since the talk" in the built deck: after the references, each slide drawn, clean,
// inside its box, and live: an edit changes a figure. Its legibility is held with every slide (legibility.test.ts).
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatGpuHours, formatUsd, sinceTheTalkRuns, wallIn2026 } from '../../engine'
import { BROKEN, partOfTalk, slideText } from './deck-helpers'
import { elementsOutside, inkedPixels } from './slide-checks'

const TITLES = [
  'References',
  'Since the talk: the runs after 2023',
  'Since the talk: DeepSeek-V3’s $5.6M',
  'Since the talk: the wall in 2026',
  'Since the talk: hardware since the A100',
] as const

const APPENDIX = TITLES.slice(1)

const { slideNo, watched, open } = partOfTalk(TITLES)

afterAll(async () => {
  // Leave the shared store as the other test files expect it.
  await watched().page.evaluate(() => window.__deckAssumptions?.reset())
})

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

  it('draws the cost-trend chart: its canvas has ink', async () => {
    const slide = await open('Since the talk: the wall in 2026')
    const canvas = slide.locator('[data-figure="cost-trend-chart"] canvas')
    await canvas.waitFor({ state: 'visible' })
    await expect.poll(() => inkedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(1000)
  })

  it('shows no NaN, Infinity or undefined, and no console error', async () => {
    for (const title of APPENDIX) {
      await open(title)
      expect(await slideText(watched().page, slideNo.get(title)!), title).not.toMatch(BROKEN)
    }
    expect(watched().consoleErrors).toEqual([])
    expect(watched().offMachineRequests).toEqual([])
  })

  it('keeps every element inside the slide', async () => {
    for (const title of APPENDIX) {
      const slide = await open(title)
      await expect.poll(() => elementsOutside(slide), { timeout: 5_000, message: title }).toEqual([])
    }
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
})
