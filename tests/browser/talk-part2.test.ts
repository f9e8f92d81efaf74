// The second half of the talk in the built deck: costs, state of the art, PaLM, the scaling wall,
// "Not so fast" and the references. Slides are found by their title, so slides added elsewhere in the
// deck do not break these checks. Each slide's ink, broken numbers and overflow are checked with every
// slide (deck.test.ts), and so is this part's chart count.
import type { Locator } from 'playwright-chromium'
import { describe, expect, inject, it } from 'vitest'
import { CHINCHILLA_TABLE_1_IDS } from '../../packages/llm-training-cost/src/data/models'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatDays, formatPercent, formatUsd, scalingWallFigure } from '../../packages/llm-training-cost/src/engine'
import { DAYS_PLOT_FLOOR, wallSeries } from '../../packages/slidev-addon-training-cost/figures/scaling-wall-plot'
import { readScenario } from '../../scripts/lib/scenario-args'
import { estimateJson } from '../unit/support/estimate-cli'
import { Chromium } from './chromium'
import { goSlide, openSlide, partOfTalk, slideText } from './deck-helpers'
import { PART_2_TITLES as TITLES } from './talk-parts'

const { slideNo, watched, open } = partOfTalk(TITLES)

describe('part 2 of the talk in the built deck', () => {
  it('has every slide of this part', () => {
    expect([
      ...slideNo.keys(),
    ].sort()).toEqual([...TITLES].sort())
  })

  it('lists all six models of Chinchilla Table 1 with computed columns', async () => {
    const slide = await open('State-of-the-art models')
    const rows = slide.locator('[data-figure="sota-models"] tbody tr')
    expect(await rows.evaluateAll(trs => trs.map(tr => tr.getAttribute('data-model')))).toEqual([...CHINCHILLA_TABLE_1_IDS])
    for (let i = 0; i < CHINCHILLA_TABLE_1_IDS.length; i++) {
      for (const column of [
        'tokensPerParam',
        'trainingFlops',
        'gpuHours',
        'wallClockDays',
        'costUsd',
      ]) {
        const text = (await rows.nth(i).locator(`[data-value="${column}"]`).innerText()).trim()
        expect(text, `row ${i + 1}, ${column}`).toMatch(/\d/)
      }
    }
    expect(await rows.nth(1).locator('[data-value="trainingFlops"]').innerText()).toContain('3.15e23')
  })

  it('shows the published $300M beside the engine\'s figure on the scaling-wall slide', async () => {
    const slide = await open('Dense Transformer Scaling Wall')
    const oneT = slide.locator('[data-figure="scaling-wall-summary"] tbody tr').first()
    expect((await oneT.locator('[data-value="publishedUsd"]').innerText()).trim()).toBe('$300M')
    const engine = estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd
    expect((await oneT.locator('[data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(engine))
  })

  it('draws both scaling-wall plots: line, band and the 1T and 10T points, with the right box sizes', async () => {
    const slide = await open('Dense Transformer Scaling Wall')
    const figure = scalingWallFigure(DEFAULT_ASSUMPTIONS)
    for (const quantity of ['cost', 'days'] as const) {
      const plot = slide.locator(`[data-figure="scaling-wall-${quantity}"] svg`)
      const line = plot.locator('[data-series="line"]')
      // Cost: 41 points from 100M to 10T. Days: those of them a run could take, from a quarter of an hour.
      const drawn = wallSeries(figure, quantity, DEFAULT_ASSUMPTIONS.gpus).line.filter(p => quantity === 'cost' || p.y! >= DAYS_PLOT_FLOOR)
      expect(drawn.length, quantity).toBeGreaterThan(10)
      if (quantity === 'cost')
        expect(drawn).toHaveLength(41)
      expect(((await line.getAttribute('d')) ?? '').match(/[ML]/g), quantity).toHaveLength(drawn.length)
      expect(await plot.locator('[data-series="band"]').getAttribute('d'), quantity).toMatch(/^M.*Z$/)
      expect(await plot.locator('[data-series="marked"]').count(), quantity).toBe(2)
      const box = await line.boundingBox()
      expect(box!.width, `${quantity}: the line spans the plot`).toBeGreaterThan(200)
      expect(box!.height, quantity).toBeGreaterThan(50)
    }
    expect(await slide.locator('[data-figure="scaling-wall-cost"] [data-series="published"]').count()).toBe(2)
  })

  it('switches the scaling wall between the fixed MFU and the scale model, and back', async () => {
    const slide = await open('Dense Transformer Scaling Wall')
    const summary = slide.locator('[data-figure="scaling-wall-summary"]')
    const line = slide.locator('[data-figure="scaling-wall-cost"] [data-series="line"]')
    const fixedCost = (await summary.locator('[data-value="costUsd"]').first().innerText()).trim()
    await slide.getByRole('button', { name: 'scale model' }).click()
    await expect.poll(() => summary.getAttribute('data-utilization')).toBe('scale model')
    const mfu = (await summary.locator('[data-value="mfu"]').first().innerText()).trim()
    console.log(`wall slide, scale model: 1T on 100k A100 at ${mfu} MFU, ${(await summary.locator('[data-value="wallClockDays"]').first().innerText()).trim()}`)
    // At the batch-size law's batch (the default) 100k GPUs stay busy; the line under the table names the
    // batch and gives the 2021 batch's figures beside it.
    expect(Number.parseFloat(mfu)).toBeGreaterThan(45)
    expect((await slide.locator('[data-figure="scaling-wall-summary"] ~ [data-value="batch"], [data-value="batch"]').first().innerText()).trim()).toMatch(/^Each size at the batch-size law's batch for its compute \(1T: 101M tokens.*at the 2021 batch, 6\.29M tokens, 1T: 11\.\d% MFU/)
    expect((await summary.locator('[data-value="costUsd"]').first().innerText()).trim()).not.toBe(fixedCost)
    // The scale model's curve: 7 sizes from 10B to 10T.
    expect(((await line.getAttribute('d')) ?? '').match(/[ML]/g)).toHaveLength(7)
    expect(await slide.locator('[data-scenario]').innerText()).toContain('utilization scale model')
    await slide.getByRole('button', { name: 'fixed MFU' }).click()
    await expect.poll(() => summary.getAttribute('data-utilization')).toBe('fixed MFU')
    expect((await summary.locator('[data-value="costUsd"]').first().innerText()).trim()).toBe(fixedCost)
    expect(((await line.getAttribute('d')) ?? '').match(/[ML]/g)).toHaveLength(41)
  })

  it('states each "Not so fast" slide\'s headline number', async () => {
    const headline = async (title: typeof TITLES[number], value: string): Promise<string> => (await (await open(title)).locator(`[data-value="${value}"]`).first().innerText()).trim()
    expect(await headline('Not so fast: more GPUs stop buying time', 'floorDays')).toMatch(/^\d+ days at least, on any cluster: 49,152 sequences a step \(the batch-size law's 101M tokens\); \d+\.\d months at the 2021 batch/)
    expect(await headline('Not so fast: failures eat the run', 'goodput')).toMatch(/^6\d(\.\d)?% of the time trains on 100k GPUs/)
    expect(await headline('Not so fast: power and data', 'facilityPowerWatts')).toMatch(/^8\d(\.\d)? MW$/)
    expect(await headline('Not so fast: power and data', 'shareOfStock')).toBe('50%')
  })

  it('under the link `npm run export -- --scale-model --restart-minutes 20` prints with: the wall states its utilization and shows the command line\'s scale-model figures, and the failure slide trains less of the time', async () => {
    const scenario = readScenario({ 'scale-model': true, 'restart-minutes': '20' })
    if (!scenario.ok)
      throw new Error(scenario.message)
    const atDefaults = await open('Not so fast: failures eat the run')
    const goodput = async (slide: Locator): Promise<number> => Number.parseFloat((await slide.locator('[data-value="goodput"]').first().innerText()).match(/([\d.]+)% of the time trains/)![1]!)
    const defaultGoodput = await goodput(atDefaults)
    // A profile of its own: a link's values are kept in the profile, and this file's other slides read the defaults.
    const linked = await Chromium.open()
    try {
      const { page } = await linked.watchedPage()
      const wallNo = slideNo.get('Dense Transformer Scaling Wall')!
      const wall = await openSlide(page, inject('deckUrl'), wallNo, `?${scenario.query}`)
      expect(await wall.locator('[data-figure="scaling-wall-summary"]').getAttribute('data-utilization')).toBe('scale model')
      expect((await slideText(page, wallNo)).replace(/\s+/g, ' ')).toMatch(/Computed for: .*utilization scale model · restart time 20 min/)
      // The wall trains with sequence parallelism (Megatron-LM's practice with selective recomputation).
      const estimate = estimateJson('--params', '1e12', '--gpus', '100000', '--scale-model', '--sequence-parallel', '--restart-minutes', '20', '--json')
      console.log(`wall slide under the export's --scale-model: ${formatPercent(estimate.effectiveMfu)} MFU, ${formatDays(estimate.wallClockDays)}, ${formatUsd(estimate.costUsd)}`)
      const row = wall.locator('[data-figure="scaling-wall-summary"] [data-params="1000000000000"]').first()
      expect((await row.locator('[data-value="mfu"]').innerText()).trim()).toBe(formatPercent(estimate.effectiveMfu))
      expect((await row.locator('[data-value="wallClockDays"]').innerText()).trim()).toBe(formatDays(estimate.wallClockDays))
      expect((await row.locator('[data-value="costUsd"]').innerText()).trim()).toBe(formatUsd(estimate.costUsd))
      const failures = await goSlide(page, slideNo.get('Not so fast: failures eat the run')!)
      expect(await goodput(failures)).toBeLessThan(defaultGoodput)
      // Printed, the switch is a statement: the profile keeps the link's values.
      await page.goto(`${inject('deckUrl')}/${wallNo}?print`)
      const printed = page.locator(`[data-slidev-no="${wallNo}"]`).first()
      await printed.locator('[data-figure="scaling-wall-summary"]').waitFor()
      expect((await printed.innerText()).replace(/\s+/g, ' ')).toContain('Utilization: scale model')
    }
    finally {
      await linked.close()
    }
  })

  it('logs no console error and makes no request off the machine', () => {
    expect(watched().consoleErrors).toEqual([])
    expect(watched().offMachineRequests).toEqual([])
  })
})
