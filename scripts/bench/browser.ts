/**
 * What a person waits for in the browser: the first slide of a built deck with a cold browser, the JS
 * it needs for that, and the slowest first visit of any slide once the deck is open.
 */
import type { BrowserContext, Page } from 'playwright-chromium'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_OFFLINE_ARGS } from '../lib/chromium'

export interface FirstSlide {
  timeToFirstSlideMs: number
  /** Paths under the deck's base ("assets/x.js") of the JS fetched until slide 1 showed. */
  jsPaths: string[]
}

/** A fresh profile each time: "cold" means no HTTP cache and no compiled-code cache. */
async function coldBrowser(executablePath: string): Promise<{ context: BrowserContext, done: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_OFFLINE_ARGS],
    viewport: { width: 1280, height: 720 },
  })
  return {
    context,
    done: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/**
 * Runs in the page (kept as source text: tsx would otherwise add helpers the page does not have).
 * Navigates through the SPA router the way back/forward does, then waits until the slide's layout is
 * mounted, every canvas on it has a size, and one more frame has been painted.
 */
const FIRST_VISIT_IN_PAGE = `async ({ no, path }) => {
  const started = performance.now()
  history.pushState(history.state, '', path)
  dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
  const ready = () => {
    const slide = document.querySelector('[data-slidev-no="' + no + '"]')
    if (!slide || !slide.querySelector('.slidev-layout'))
      return false
    // Canvases inside a click-step that is still hidden are not drawn until revealed.
    return [...slide.querySelectorAll('canvas')].every(c => (c.width > 0 && c.height > 0) || c.closest('.slidev-vclick-hidden'))
  }
  // A slide that never gets there is reported, not waited on forever.
  while (!ready()) {
    if (performance.now() - started > 15000)
      throw new Error('slide ' + no + ' did not render within 15 s')
    await new Promise(requestAnimationFrame)
  }
  await new Promise(requestAnimationFrame)
  return performance.now() - started
}`

async function waitForSlide(page: Page, no: number): Promise<void> {
  const slide = page.locator(`[data-slidev-no="${no}"]`)
  await slide.locator('.slidev-layout').first().waitFor({ state: 'visible', timeout: 60_000 })
}

/**
 * Runs in the page before any of its scripts (source text, for the same reason as below): notes when
 * slide 1's layout enters the document, on the page's own clock.
 */
const MARK_FIRST_SLIDE = `(() => {
  const found = () => document.querySelector('[data-slidev-no="1"] .slidev-layout')
  const observer = new MutationObserver(() => {
    if (window.__firstSlideAt === undefined && found()) {
      window.__firstSlideAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

/**
 * Opens the built deck on slide 1 in a cold browser. The JS counted is what the page started to fetch
 * before slide 1's layout was in the document (the browser's resource timing, on the page's clock):
 * code the deck deliberately loads after the first slide is up is not what showing it cost.
 */
export async function measureFirstSlide(executablePath: string, baseUrl: string): Promise<FirstSlide> {
  const { context, done } = await coldBrowser(executablePath)
  try {
    const page = await context.newPage()
    await page.addInitScript(MARK_FIRST_SLIDE)
    const started = Date.now()
    await page.goto(`${baseUrl}/1`, { waitUntil: 'commit' })
    await waitForSlide(page, 1)
    const timeToFirstSlideMs = Date.now() - started
    const urls = await page.evaluate(`(() => performance.getEntriesByType('resource')
      .filter(e => e.startTime <= window.__firstSlideAt && new URL(e.name).pathname.endsWith('.js'))
      .map(e => e.name))()`) as string[]
    const basePath = new URL(baseUrl).pathname.replace(/\/$/, '')
    return {
      timeToFirstSlideMs,
      jsPaths: [
        ...new Set(urls.map(url => new URL(url).pathname.slice(basePath.length).replace(/^\//, ''))),
      ],
    }
  }
  finally {
    await done()
  }
}

/**
 * Opens the deck on slide 1, then visits every other slide for the first time through the SPA's own
 * router (history + popstate, as the browser's back/forward does), and returns the slowest visit:
 * from the navigation until the slide's layout is on screen and every canvas on it has drawn.
 */
export async function measureSlowestFirstVisit(executablePath: string, baseUrl: string, slideCount: number): Promise<{ slowestFirstVisitMs: number, slowestSlide: number, visitsMs: number[] }> {
  const { context, done } = await coldBrowser(executablePath)
  try {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/1`)
    await waitForSlide(page, 1)
    const visitsMs: number[] = []
    for (let no = 2; no <= slideCount; no++) {
      const path = `${new URL(baseUrl).pathname.replace(/\/$/, '')}/${no}`
      const ms = await page.evaluate(`(${FIRST_VISIT_IN_PAGE})(${JSON.stringify({ no, path })})`) as number
      visitsMs.push(ms)
    }
    const slowest = Math.max(...visitsMs)
    return { slowestFirstVisitMs: slowest, slowestSlide: visitsMs.indexOf(slowest) + 2, visitsMs }
  }
  finally {
    await done()
  }
}
