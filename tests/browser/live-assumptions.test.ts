// Live assumptions in the built deck, real Chromium: edits follow across windows (BroadcastChannel),
// survive a reload, come from a link, refuse bad values, and survive a fuzz of every field of the schema
// through the panel's own controls.
// The windows are pages of one profile, as two tabs of one browser are.
import type { Locator, Page } from 'playwright-chromium'
import type { AssumptionKey, Assumptions } from '../../packages/llm-training-cost/src/engine'
import type { WatchedPage } from './chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ASSUMPTION_KEYS, describeRange, fieldSpec } from '../../packages/llm-training-cost/src/engine'
import { applyEdit, readTyped } from '../../packages/slidev-addon-training-cost/composables/assumptions-edit'
import { Chromium } from './chromium'
import { BROKEN, goSlide, openSlide, overflowing, parseUsd, seeded, slideNumbersByTitle, slideText, waitForSlide } from './deck-helpers'
import { controlOf, fuzzEdits, JUNK_VALUES } from './field-fuzz'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')
const ONE_T_COST = '[data-figure="scaling-wall-summary"] [data-params="1000000000000"] [data-value="costUsd"]'

let chromium: Chromium
let a: WatchedPage
let b: WatchedPage
/** The scaling wall's slide, found by its title in slides.md. */
const wall = slideNumbersByTitle(['Dense Transformer Scaling Wall']).get('Dense Transformer Scaling Wall') ?? 0

/** The Assumptions slide, where the panel is the slide. */
const assumptionsSlide = slideNumbersByTitle(['Assumptions']).get('Assumptions') ?? 0

/** The store's values in `page`. */
async function store(page: Page): Promise<Assumptions> {
  return page.evaluate(() => window.__deckAssumptions!.get()) as Promise<Assumptions>
}

/** What each of the panel's controls holds (its text, or its menu's value) and its message, if any. */
type PanelFields = Partial<Record<AssumptionKey, { text: string, message: string | null }>>

/** One edit as the fuzz plans it: text to type, or (a menu) where in its options to pick, 0 ≤ pick < 1. */
interface PlannedEdit { key: AssumptionKey, text: string | null, pick: number }

/**
 * Makes `plan`'s edits in the panel's own controls, found by their visible labels (a field in a closed
 * section is opened by its summary first): text typed into a box, an option picked in a menu, each
 * firing the event a person's edit fires. Returns, after each edit, what was typed or picked, the
 * store and what every control shows. One round trip for all of them, so hundreds stay fast.
 */
async function typeInPanel(panel: Locator, plan: readonly PlannedEdit[]): Promise<{ typed: string, store: Assumptions, fields: PanelFields }[]> {
  const labels = Object.fromEntries(ASSUMPTION_KEYS.map(key => [key, fieldSpec(key).label]))
  return panel.evaluate(async (root, [plan, labels]) => {
    const read = (): PanelFields => Object.fromEntries(Array.from(root.querySelectorAll<HTMLElement>('[data-field]'), field => [
      field.dataset.field,
      {
        text: field.querySelector<HTMLInputElement | HTMLSelectElement>('input:not([type="range"]), select')?.value ?? '',
        message: field.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
      },
    ]))
    const out = []
    for (const { key, text, pick } of plan) {
      const label = Array.from(root.querySelectorAll('label')).find(l => l.textContent?.trim() === labels[key])
      const control = label && document.getElementById(label.htmlFor)
      if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement))
        throw new Error(`no control labelled "${labels[key]}" in the panel`)
      if (!control.checkVisibility())
        control.closest('details')?.querySelector('summary')?.click()
      control.focus()
      let typed: string
      if (control instanceof HTMLSelectElement) {
        typed = control.options[Math.floor(pick * control.options.length)]!.value
        control.value = typed
        control.dispatchEvent(new Event('change', { bubbles: true }))
      }
      else {
        typed = text ?? ''
        control.value = typed
        control.dispatchEvent(new Event('input', { bubbles: true }))
      }
      // Vue redraws on the next tick.
      await new Promise(r => setTimeout(r, 0))
      out.push({
        typed,
        store: window.__deckAssumptions!.get() as Assumptions,
        fields: read(),
      })
    }
    return out
  }, [plan, labels] as const)
}

/**
 * Every control of the panel shows what it should: a refused value stays as typed with a message that
 * names the field, what it accepts and what was typed; any other control, no message and the value
 * the figures use (in whatever form it was typed).
 */
function expectPanelShows(fields: PanelFields, model: Assumptions, refused: ReadonlyMap<AssumptionKey, string>, what: string): void {
  for (const key of ASSUMPTION_KEYS) {
    const { label } = fieldSpec(key)
    const shown = fields[key]
    expect(shown, `${what}: no control for ${label}`).toBeDefined()
    const bad = refused.get(key)
    if (bad !== undefined) {
      expect(shown!.text, `${what}: ${label} keeps what was typed`).toBe(bad)
      expect(shown!.message, `${what}: ${label} explains`).toContain(`${label}: `)
      expect(shown!.message).toContain(describeRange(key))
      expect(shown!.message).toContain(JSON.stringify(bad))
      continue
    }
    expect(shown!.message, `${what}: ${label} has no message`).toBeNull()
    const value = model[key]
    if (typeof value === 'number')
      expect(Math.abs(Number(readTyped(key, shown!.text)) - value), `${what}: ${label} shows "${shown!.text}" for ${value}`).toBeLessThanOrEqual(1e-9 * Math.abs(value))
    else if (value === null)
      // A derived field left to the engine (the batch: the law's) shows an empty box.
      expect(shown!.text, `${what}: ${label} left to the engine`).toBe('')
    else
      expect(shown!.text, `${what}: ${label}`).toBe(String(value))
  }
}

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
  expect(assumptionsSlide, 'no slide titled "Assumptions"').toBeGreaterThan(0)
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

  it('the Assumptions slide keeps its panel on the slide: all of it at the defaults with the scale model open, and with a message under every field', async () => {
    const { page } = a
    await goSlide(page, assumptionsSlide)
    await page.evaluate(() => window.__deckAssumptions!.reset())
    const panel = page.locator('[data-assumptions-panel].layout-slide')
    await expect.poll(() => panel.count()).toBe(1)
    await panel.locator('details > summary').first().click()
    // At the defaults the whole panel shows, the actions (Reset, Copy link) included: no scrolling.
    const scroll = await panel.evaluate(p => ({ scrollHeight: p.scrollHeight, clientHeight: p.clientHeight }))
    expect(scroll.scrollHeight, 'the panel, scale model open, is taller than the room it has').toBeLessThanOrEqual(scroll.clientHeight)
    expect(await overflowing(page, assumptionsSlide)).toEqual([])
    // A message under every field, the longest one a person can make (400 digits): the panel scrolls
    // inside itself and nothing leaves the slide.
    await typeInPanel(panel, ASSUMPTION_KEYS.map(key => ({
      key,
      text: controlOf(key) === 'type'
        ? '9'.repeat(400)
        : null,
      pick: 0,
    })))
    await page.evaluate(keys => keys.forEach(key => window.__deckAssumptions!.set(key, 'not-an-id')), ASSUMPTION_KEYS.filter(key => controlOf(key) === 'pick'))
    expect(await panel.locator('[role="alert"]').count()).toBe(ASSUMPTION_KEYS.length)
    expect(await overflowing(page, assumptionsSlide)).toEqual([])
    // The measure sees a panel that does not hold its content (as it did not when it was a fixed
    // 410 px that the open section outgrew, cut mid-control).
    await panel.evaluate((p) => {
      p.style.maxHeight = 'none'
    })
    expect((await overflowing(page, assumptionsSlide)).join('\n')).toContain('assumption-control')
    await panel.evaluate((p) => {
      p.style.maxHeight = ''
    })
    await page.evaluate(() => window.__deckAssumptions!.reset())
  })

  it('random edits through the panel\'s own controls, in every field of the schema, valid and bad: the store and the panel agree with the engine, bad values get a message and lose nothing, no slide shows NaN or overflows', async () => {
    const { page } = a
    // The other window, live before the edits, must follow them (it is when the whole file runs).
    if (!await b.page.evaluate(() => '__deckAssumptions' in window))
      await openSlide(b.page, deckUrl, wall)
    const random = seeded(20231023)
    // Every field of the store, from the schema: a field added there is fuzzed here too.
    const edits = fuzzEdits(random, 2 * ASSUMPTION_KEYS.length + 60)
    expect(new Set(edits.map(e => e.key))).toEqual(new Set(ASSUMPTION_KEYS))
    await goSlide(page, assumptionsSlide)
    await page.bringToFront()
    await page.evaluate(() => window.__deckAssumptions!.reset())
    const panel = page.locator('[data-assumptions-panel].layout-slide')
    await expect.poll(() => panel.count()).toBe(1)
    const plan = edits.map(edit => ({
      key: edit.key,
      text: edit.via === 'type'
        ? edit.text
        : null,
      pick: random(),
    }))
    let model = await store(page)
    /** What was typed and refused, by field: it stays in its box, with its message, until replaced. */
    const refused = new Map<AssumptionKey, string>()
    // The first pass gives every field a bad value (its message showing): the panel at its tallest.
    const firstPass = 2 * ASSUMPTION_KEYS.length
    for (const [from, to] of [
      [0, firstPass],
      [firstPass, plan.length],
    ] as const) {
      const steps = await typeInPanel(panel, plan.slice(from, to))
      for (const [i, step] of steps.entries()) {
        const edit = edits[from + i]!
        const { label } = fieldSpec(edit.key)
        const what = `edit ${from + i}, ${label} ← ${JSON.stringify(step.typed).slice(0, 40)}`
        const expected = applyEdit(model, edit.key, step.typed)
        expect(expected.ok, `${what}: the engine ${expected.ok ? 'took' : 'refused'} it`).toBe(edit.via === 'pick' || edit.valid)
        if (expected.ok) {
          for (const key of ASSUMPTION_KEYS) {
            if (key === edit.key || expected.value[key] !== model[key])
              refused.delete(key)
          }
          model = expected.value
        }
        else {
          refused.set(edit.key, step.typed)
        }
        // Nothing set before is lost: the store holds exactly what the engine says it should.
        expect(step.store, what).toEqual(model)
        expectPanelShows(step.fields, model, refused, what)
      }
      expect(await overflowing(page, assumptionsSlide), `after edit ${to}`).toEqual([])
    }
    // Values no box can hold, as a forged message from another window would bring them: refused too.
    const forged = await page.evaluate(([keys, junk]) => keys.flatMap(key => junk.map(raw => window.__deckAssumptions!.set(key, raw))), [ASSUMPTION_KEYS, JUNK_VALUES] as const)
    expect(forged.filter(m => m === null)).toEqual([])
    expect(await store(page)).toEqual(model)
    for (const [key, value] of Object.entries(model)) {
      if (typeof value === 'number')
        expect(value, key).toSatisfy(Number.isFinite)
    }
    // Every figure of the deck under the fuzzed values.
    await everySlideClean(page, 'after the fuzz')
    // The other window follows, and a reload keeps every value set.
    await expect.poll(() => store(b.page), { timeout: 10_000 }).toEqual(model)
    await page.reload()
    await waitForSlide(page, slideCount)
    expect(await store(page)).toEqual(model)
    expect(a.consoleErrors).toEqual([])
    expect(b.consoleErrors).toEqual([])
  }, 180_000)

  it('the panel is not printed: no assumptions layer in print mode', async () => {
    for (const path of ['/print', `/${wall}?print`, '/print?print']) {
      await a.page.goto(`${deckUrl}${path}`)
      await a.page.locator('[data-slidev-no] .slidev-layout').first().waitFor({ state: 'attached' })
      expect(await a.page.locator('[data-assumptions-layer]').count(), path).toBe(0)
      expect(await a.page.locator('[data-assumptions-panel] input').count(), path).toBe(0)
    }
  })
})
