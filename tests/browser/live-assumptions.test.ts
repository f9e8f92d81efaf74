// Live assumptions in the built deck, real Chromium: edits follow across windows (BroadcastChannel),
// survive a reload, come from a link, refuse bad values, and survive a fuzz of 1,000 random edits.
// The windows are pages of one profile, as two tabs of one browser are.
import type { Page } from 'playwright-chromium'
import type { WatchedPage } from './chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { TALK_ACCELERATOR_IDS } from '../../data/accelerators'
import { Chromium } from './chromium'
import { BROKEN, goSlide, openSlide, overflowing, parseUsd, seeded, slideNumbersByTitle, slideText, waitForSlide } from './deck-helpers'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')
const ONE_T_COST = '[data-figure="scaling-wall-summary"] [data-params="1000000000000"] [data-value="costUsd"]'

let chromium: Chromium
let a: WatchedPage
let b: WatchedPage
/** The scaling wall's slide, found by its title in slides.md. */
const wall = slideNumbersByTitle(['Dense Transformer Scaling Wall']).get('Dense Transformer Scaling Wall') ?? 0

async function cost(page: Page): Promise<number> {
  return parseUsd(await page.locator(`[data-slidev-no="${wall}"] ${ONE_T_COST}`).first().innerText())
}

/** The MFU input; `exact` because chart canvases elsewhere carry "MFU" in their aria-label. */
function mfu(page: Page) {
  return page.getByLabel('MFU', { exact: true })
}

async function openPanel(page: Page): Promise<void> {
  if (await mfu(page).count() === 0)
    await page.getByRole('button', { name: /^Assumptions/ }).click()
  await mfu(page).waitFor({ state: 'visible' })
}

/**
 * Slide `no` shows no broken number, and nothing on it overflows (at the defaults nothing does:
 * deck.test.ts checks every slide so).
 */
async function expectClean(page: Page, no: number, label: string): Promise<void> {
  expect(await slideText(page, no), `${label}: slide ${no} shows a broken number`).not.toMatch(BROKEN)
  expect(await overflowing(page, no), `${label}: slide ${no} overflows`).toEqual([])
}

async function everySlideClean(page: Page, label: string): Promise<void> {
  for (let no = 1; no <= slideCount; no++) {
    await goSlide(page, no)
    await expectClean(page, no, label)
  }
}

beforeAll(async () => {
  expect(wall, 'no slide titled "Dense Transformer Scaling Wall"').toBeGreaterThan(0)
  chromium = await Chromium.open()
  a = await chromium.watchedPage()
  b = await chromium.watchedPage()
  await openSlide(a.page, deckUrl, wall)
})

afterAll(async () => {
  await chromium?.close()
})

describe('live assumptions in the built deck', () => {
  it('the overflow measure sees what sticks out of a slide, and a slide scrolled in its box', async () => {
    const slide = await goSlide(a.page, wall)
    // The 1T cost this file reads is on the wall's slide.
    expect(await slide.locator(ONE_T_COST).count()).toBeGreaterThan(0)
    expect(await overflowing(a.page, wall)).toEqual([])
    await slide.locator('h1').first().evaluate((h1) => {
      h1.style.marginTop = '2000px'
    })
    expect(await overflowing(a.page, wall)).toContain('h1. "Dense Transformer Scaling Wall"')
    // What sticks out can be scrolled to, as a focused element would be, and the room sees it moved.
    await slide.locator('h1').first().evaluate((h1) => {
      h1.closest('#slide-content')!.scrollTop = 40
    })
    expect(await overflowing(a.page, wall)).toContain('#slide-content scrolled by (0, 40)')
    await slide.locator('h1').first().evaluate((h1) => {
      h1.closest('#slide-content')!.scrollTop = 0
      h1.style.marginTop = ''
    })
    expect(await overflowing(a.page, wall)).toEqual([])
  })

  it('an MFU edit in one window changes the scaling-wall cost by the right factor in another', async () => {
    await openSlide(a.page, deckUrl, wall)
    await openSlide(b.page, deckUrl, wall)
    const before = await cost(b.page)
    expect(before).toBeGreaterThan(0)
    await openPanel(a.page)
    await mfu(a.page).fill('30')
    // Cost ∝ 1 / MFU: 45% → 30% multiplies it by 1.5 (the figure is rounded to 3 digits).
    await expect.poll(async () => (await cost(b.page)) / before, { timeout: 10_000 }).toBeCloseTo(1.5, 2)
    expect(await cost(a.page) / before).toBeCloseTo(1.5, 2)
  })

  it('a reload keeps the edit', async () => {
    const edited = await cost(b.page)
    await b.page.reload()
    await waitForSlide(b.page, wall)
    expect(await cost(b.page)).toBe(edited)
    await a.page.reload()
    await waitForSlide(a.page, wall)
    await openPanel(a.page)
    expect(await mfu(a.page).inputValue()).toBe('30')
  })

  it('a link with ?mfu=0.6 shows the same numbers as setting 60% by hand', async () => {
    const linked = await chromium.watchedPage()
    await openSlide(linked.page, deckUrl, wall, '?mfu=0.6')
    const fromLink = await cost(linked.page)
    const linkTexts: string[] = []
    for (let no = 1; no <= slideCount; no++) {
      await goSlide(linked.page, no)
      linkTexts.push(await slideText(linked.page, no))
    }
    await linked.page.close()

    await goSlide(a.page, wall)
    await openPanel(a.page)
    await a.page.getByRole('button', { name: 'Reset to defaults' }).click()
    await mfu(a.page).fill('60')
    await expect.poll(() => cost(a.page)).toBe(fromLink)
    for (let no = 1; no <= slideCount; no++) {
      await goSlide(a.page, no)
      expect(await slideText(a.page, no), `slide ${no}`).toBe(linkTexts[no - 1])
    }
  })

  it('bad values (0, −5, abc, 700, 1e999, empty) show a message and leave no NaN on any slide', async () => {
    await goSlide(a.page, wall)
    await openPanel(a.page)
    await mfu(a.page).fill('50')
    const valid = await cost(a.page)
    for (const bad of ['0', '-5', 'abc', '700', '1e999', '']) {
      const input = mfu(a.page)
      await input.fill(bad)
      const message = a.page.locator('[data-field="mfu"] [role="alert"]')
      await expect.poll(() => message.count(), { timeout: 5000 }).toBe(1)
      expect(await message.innerText()).toContain('(0, 1]')
      expect(await input.inputValue()).toBe(bad)
      expect(await cost(a.page)).toBe(valid)
      expect(await slideText(a.page, wall)).not.toMatch(BROKEN)
    }
    for (const [label, bad] of [
      ['Price per GPU-hour', '-1'],
      ['GPUs', '0.5'],
      ['Tokens per parameter', 'abc'],
      ['PUE', '0'],
      ['Goodput', '1e999'],
    ] as const) {
      await a.page.getByLabel(label, { exact: true }).fill(bad)
      expect(await a.page.locator('[role="alert"]').count()).toBeGreaterThan(1)
    }
    await everySlideClean(a.page, 'after bad values')
    expect(a.consoleErrors).toEqual([])
    expect(b.consoleErrors).toEqual([])
  })

  it('a bad link is ignored with a notice naming its parameters', async () => {
    const linked = await chromium.watchedPage()
    await openSlide(linked.page, deckUrl, wall, '?mfu=abc&gpu=tpu-v9&price=%E0%A4%A')
    const notice = linked.page.locator('[data-assumptions-layer] [role="status"]')
    await notice.waitFor({ state: 'visible' })
    const text = await notice.innerText()
    for (const param of ['mfu', 'gpu', 'price'])
      expect(text).toContain(param)
    expect(await slideText(linked.page, wall)).not.toMatch(BROKEN)
    expect(linked.consoleErrors).toEqual([])
    await linked.page.close()
  })

  it('garbled saved data is dropped with a notice, not a crash', async () => {
    await a.page.evaluate(() => localStorage.setItem('scaling-deck:assumptions', '{"version":1,"values":{"mfu":'))
    const fresh = await chromium.watchedPage()
    await openSlide(fresh.page, deckUrl, wall)
    await fresh.page.locator('[data-assumptions-layer] [role="status"]').waitFor({ state: 'visible' })
    expect(await fresh.page.locator('[data-assumptions-layer] [role="status"]').innerText()).toContain('could not be read')
    expect(fresh.consoleErrors).toEqual([])
    await fresh.page.close()
  })

  it('1,000 random edits, valid and invalid, leave every slide free of NaN, Infinity and undefined, with nothing overflowing', async () => {
    const random = seeded(20231023)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const between = (lo: number, hi: number): number => lo * (hi / lo) ** random()
    const valid: Record<string, () => unknown> = {
      gpu: () => pick(TALK_ACCELERATOR_IDS),
      precision: () => pick(['bf16', 'fp16', 'fp8', 'tf32']),
      mfu: () => pick([
        String(Math.round(between(1, 100))),
        between(0.001, 1),
        '100%',
      ]),
      usdPerGpuHour: () => pick([
        between(0.01, 1000),
        '1e6',
      ]),
      gpus: () => pick([
        Math.ceil(between(1, 1e7)),
        '1',
        '1e7',
      ]),
      tokensPerParam: () => between(0.01, 1e4),
      goodput: () => between(0.01, 1),
      pue: () => between(1, 3),
      gridGramsCo2PerKwh: () => pick([
        between(1, 2000),
        0,
      ]),
    }
    const junk = [
      '',
      ' ',
      'abc',
      '0',
      '-5',
      '700',
      '1e999',
      '-1e999',
      'NaN',
      'Infinity',
      '%E0%A4%A',
      '1,5',
      '0x10',
      '9'.repeat(400),
      null,
      {},
      [],
      true,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
    ]
    const fields = Object.keys(valid)
    let edits = 0
    let checkpoint = 0
    await goSlide(a.page, wall)
    // A background tab gets no animation frames: the fuzz runs in the tab in front.
    await a.page.bringToFront()
    while (edits < 1000) {
      const batch = Array.from({ length: 100 }, () => {
        const field = pick(fields)
        return [
          field,
          random() < 0.6
            ? valid[field]!()
            : pick(junk),
        ] as const
      })
      // Each edit in its own frame, as a person typing fast would make them.
      await a.page.evaluate(async (edits) => {
        const store = window.__deckAssumptions!
        for (const [field, raw] of edits) {
          store.set(field, raw)
          await new Promise(r => requestAnimationFrame(r))
        }
      }, batch as unknown as [string, unknown][])
      edits += batch.length
      // After each hundred edits, look at another slide in both windows.
      const no = 1 + (checkpoint++ * 7) % slideCount
      await goSlide(a.page, no)
      await expectClean(a.page, no, `after ${edits} edits`)
    }
    const state = await a.page.evaluate(() => window.__deckAssumptions!.get())
    for (const value of Object.values(state)) {
      if (typeof value === 'number')
        expect(value).toSatisfy(Number.isFinite)
    }
    await everySlideClean(a.page, 'after the fuzz')
    await goSlide(b.page, wall)
    await expectClean(b.page, wall, 'the other window after the fuzz')
    expect(a.consoleErrors).toEqual([])
    expect(b.consoleErrors).toEqual([])
  }, 240_000)

  it('the panel is not printed: no assumptions layer in print mode', async () => {
    for (const path of ['/print', `/${wall}?print`, '/print?print']) {
      await a.page.goto(`${deckUrl}${path}`)
      await a.page.locator('[data-slidev-no] .slidev-layout').first().waitFor({ state: 'attached' })
      expect(await a.page.locator('[data-assumptions-layer]').count(), path).toBe(0)
      expect(await a.page.locator('[data-assumptions-panel] input').count(), path).toBe(0)
    }
  })
})
