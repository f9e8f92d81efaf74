/**
 * How the browser tests get around the built deck, in one place: open a slide and wait until it has
 * drawn, find slides by title or by what they hold, read a formatted dollar figure, look for broken
 * numbers and overflow on the slide on screen.
 */
import type { Locator, Page } from 'playwright-chromium'
import { expect } from 'vitest'
import { elementsOutside } from './slide-checks'

/** Opens slide `no` at `deckUrl` (with any query) and waits until it has drawn; returns the slide. */
export async function openSlide(page: Page, deckUrl: string, no: number, query = ''): Promise<Locator> {
  await page.goto(`${deckUrl}/${no}${query}`)
  return waitForSlide(page, no)
}

/** Goes to slide `no` inside the running app (no reload), as the router would on a link click. */
export async function goSlide(page: Page, no: number): Promise<Locator> {
  await page.evaluate((n) => {
    const url = new URL(window.location.href)
    url.pathname = url.pathname.replace(/\/\d*$/, `/${n}`)
    window.history.pushState(window.history.state, '', url)
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }))
  }, no)
  return waitForSlide(page, no)
}

/**
 * Waits until slide `no` has mounted, its mermaid diagrams are drawn and the deck is live: the store,
 * the sync between windows and the panel load once the first slide is up (global-top.vue), and expose
 * `window.__deckAssumptions` then. Returns the slide.
 */
export async function waitForSlide(page: Page, no: number): Promise<Locator> {
  const slide = page.locator(`[data-slidev-no="${no}"]`).first()
  await slide.waitFor({ state: 'visible' })
  // The slide's own component loads lazily; its layout root appears once it has mounted.
  await slide.locator('.slidev-layout').first().waitFor({ state: 'visible' })
  await slide.locator('.slidev-slide-loading').waitFor({ state: 'detached' })
  // Mermaid renders asynchronously into a shadow root; wait for each diagram's SVG.
  const diagrams = slide.locator('.mermaid')
  for (let i = 0; i < await diagrams.count(); i++)
    await diagrams.nth(i).locator('svg').first().waitFor({ state: 'visible' })
  await page.waitForFunction(() => '__deckAssumptions' in window)
  return slide
}

/**
 * The slide number of each of `titles` (a slide's first heading), found by visiting every slide, so a
 * slide added elsewhere in the deck does not shift a test. The first slide with a title keeps it.
 */
export async function slideNumbersByTitle<T extends string>(page: Page, deckUrl: string, slideCount: number, titles: readonly T[]): Promise<Map<T, number>> {
  const found = new Map<T, number>()
  const wanted = new Set<string>(titles)
  for (let no = 1; no <= slideCount; no++) {
    const heading = (await openSlide(page, deckUrl, no)).locator('h1').first()
    if (await heading.count() === 0)
      continue
    const title = (await heading.innerText()).trim() as T
    if (wanted.has(title) && !found.has(title))
      found.set(title, no)
  }
  return found
}

/** Opens the slide titled `title` in a map from `slideNumbersByTitle`; fails naming a title no slide has. */
export async function openTitled<T extends string>(page: Page, deckUrl: string, slideNo: ReadonlyMap<T, number>, title: T): Promise<Locator> {
  const no = slideNo.get(title)
  expect(no, `no slide titled "${title}"`).toBeDefined()
  return openSlide(page, deckUrl, no!)
}

/** The first slide (1-based) holding `selector`, searched by visiting each slide. */
export async function findSlide(page: Page, deckUrl: string, slideCount: number, selector: string): Promise<number> {
  for (let no = 1; no <= slideCount; no++) {
    await openSlide(page, deckUrl, no)
    if (await page.locator(`[data-slidev-no="${no}"] ${selector}`).count() > 0)
      return no
  }
  throw new Error(`no slide has ${selector}`)
}

const SUFFIX: Record<string, number> = {
  '': 1,
  'k': 1e3,
  'M': 1e6,
  'B': 1e9,
  'T': 1e12,
}

/** "$356M" → 356e6; "$1.2k" → 1200. NaN for anything else. */
export function parseUsd(text: string): number {
  const match = /^\$([\d.,]+)\s*([kMBT]?)$/.exec(text.trim())
  if (!match)
    return Number.NaN
  return Number(match[1]!.replace(/,/g, '')) * SUFFIX[match[2]!]!
}

/** What a figure that failed to compute looks like on a slide. */
export const BROKEN = /\bNaN\b|\bInfinity\b|\bundefined\b/

/** Text of slide `no`, without the assumptions panel (its messages quote what was typed, e.g. "Infinity"). */
export async function slideText(page: Page, no: number): Promise<string> {
  return page.locator(`[data-slidev-no="${no}"]`).first().evaluate((element) => {
    const hidden = Array.from(element.querySelectorAll<HTMLElement>('[data-assumptions-layer], [data-assumptions-panel]'))
    const before = hidden.map(e => e.style.display)
    hidden.forEach(e => e.style.display = 'none')
    const text = (element as HTMLElement).innerText
    hidden.forEach((e, i) => e.style.display = before[i]!)
    return text
  })
}

/** Elements of slide `no` that stick out of the 980×552 slide box: tag, classes and the start of their text. */
export async function overflowing(page: Page, no: number): Promise<string[]> {
  return elementsOutside(page.locator(`[data-slidev-no="${no}"]`).first(), { boxSelector: '#slide-content' })
}

/** A small seeded generator (mulberry32): the fuzz test replays the same edits every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
