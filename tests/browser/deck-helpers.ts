/**
 * How the browser tests get around the built deck, in one place: open a slide and wait until it has
 * drawn, find slides by title or by what they hold, read a formatted dollar figure, look for broken
 * numbers and overflow on the slide on screen.
 */
import type { Locator, Page } from 'playwright-chromium'
import type { WatchedPage } from './chromium'
import { afterAll, beforeAll, expect, inject } from 'vitest'
import { routeTo, waitForMounted } from '../../scripts/lib/slide-navigation'
import { Chromium } from './chromium'
import { elementsOutside } from './slide-checks'

/** Opens slide `no` at `deckUrl` (with any query) and waits until it has drawn; returns the slide. */
export async function openSlide(page: Page, deckUrl: string, no: number, query = ''): Promise<Locator> {
  await page.goto(`${deckUrl}/${no}${query}`)
  return waitForSlide(page, no)
}

/**
 * Goes to slide `no` inside the running app (no reload), as the router would on a link click, with
 * `query` as the address's query (`?clicks=3`; by default none). Returns the slide.
 */
export async function goSlide(page: Page, no: number, query = ''): Promise<Locator> {
  await routeTo(page, no, query)
  return waitForSlide(page, no)
}

/**
 * Waits until slide `no` has mounted, its mermaid diagrams are drawn and the deck is live: the store,
 * the sync between windows and the panel load once the first slide is up (global-top.vue), and expose
 * `window.__deckAssumptions` then. Returns the slide.
 */
export async function waitForSlide(page: Page, no: number): Promise<Locator> {
  const slide = await waitForMounted(page, no)
  // Mermaid renders asynchronously into a shadow root; wait for each diagram's SVG.
  const diagrams = slide.locator('.mermaid')
  for (let i = 0; i < await diagrams.count(); i++)
    await diagrams.nth(i).locator('svg').first().waitFor({ state: 'visible' })
  await page.waitForFunction(() => '__deckAssumptions' in window)
  return slide
}

/** A title as compared: Slidev's parser reads the Markdown's straight quotes, the page shows curly ones. */
export function normalTitle(title: string): string {
  return title.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/**
 * The slide number of each of `titles`, read from slides.md and pages/ by Slidev's own parser (the
 * titles global-setup.ts provides), so a slide added elsewhere in the deck does not shift a test and
 * nothing has to visit every slide to find one. The first slide with a title keeps it; a title no
 * slide has is left out. deck.test.ts checks that these titles are the headings the slides show.
 */
export function slideNumbersByTitle<T extends string>(titles: readonly T[]): Map<T, number> {
  const all = inject('slideTitles').map(normalTitle)
  const found = new Map<T, number>()
  for (const title of titles) {
    const index = all.indexOf(normalTitle(title))
    if (index >= 0)
      found.set(title, index + 1)
  }
  return found
}

/** What a test file about one part of the talk works with; see `partOfTalk`. */
export interface TalkPart<T extends string> {
  /** The slide number of each title found (a missing one fails the part's "has every slide" test). */
  slideNo: ReadonlyMap<T, number>
  /** The page the slides open in, with its console errors and off-machine requests. */
  watched: () => WatchedPage
  /** Shows the slide titled `title`: the first time by loading the deck there, then inside the app. */
  open: (title: T) => Promise<Locator>
}

/**
 * Registers, for the calling test file, a profile of its own in the shared Chromium with one watched
 * page, and closes it after the file's tests. The slides are found by title in slides.md (see
 * `slideNumbersByTitle`); the deck is loaded once, and each slide after that is reached in the app.
 */
export function partOfTalk<T extends string>(titles: readonly T[]): TalkPart<T> {
  const deckUrl = inject('deckUrl')
  let chromium: Chromium | undefined
  let page: WatchedPage | undefined
  let loaded = false
  const slideNo = slideNumbersByTitle(titles)
  const watched = (): WatchedPage => {
    if (!page)
      throw new Error('the browser is not up: partOfTalk\'s beforeAll has not run or failed')
    return page
  }
  beforeAll(async () => {
    chromium = await Chromium.open()
    page = await chromium.watchedPage()
  })
  afterAll(async () => {
    await chromium?.close()
  })
  return {
    slideNo,
    watched,
    open: async (title) => {
      const no = slideNo.get(title)
      expect(no, `no slide titled "${title}"`).toBeDefined()
      const { page } = watched()
      if (loaded)
        return goSlide(page, no!)
      loaded = true
      return openSlide(page, deckUrl, no!)
    },
  }
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

/**
 * Elements of slide `no` that stick out of the 980×552 slide box: tag, classes and the start of their
 * text. `tolerancePx`: how far an edge may go past it (sub-pixel layout).
 */
export async function overflowing(page: Page, no: number, tolerancePx = 1): Promise<string[]> {
  // A tab behind another gets no animation frames, so its slide transition never ends: the tests
  // keep several windows open, so bring this one to the front before measuring.
  await page.bringToFront()
  // Windows of one browser follow each other's slide (Slidev's sync): another test window may have
  // moved this one on. Measure the slide that was asked for.
  const onSlide = (): Promise<boolean> => page.evaluate(n => new URL(window.location.href).pathname.endsWith(`/${n}`), no)
  if (!await onSlide())
    await routeTo(page, no).then(() => waitForSlide(page, no))
  const copies = page.locator(`[data-slidev-no="${no}"]`)
  // Slidev can keep a leaving copy of a slide mounted beside the one on screen: check the one that
  // sits in the slide box, not whichever comes first in the document.
  const offsets = await copies.evaluateAll(elements => elements.map((e) => {
    const box = document.querySelector('#slide-content')?.getBoundingClientRect()
    const r = e.getBoundingClientRect()
    return box
      ? Math.abs(r.left - box.left) + Math.abs(r.top - box.top)
      : 0
  }))
  const onScreen = offsets.indexOf(Math.min(...offsets))
  return elementsOutside(copies.nth(Math.max(0, onScreen)), { boxSelector: '#slide-content', tolerancePx })
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
