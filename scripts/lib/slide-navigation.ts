/**
 * Moving around a built deck in Chromium, shared by the benchmarks and the browser tests (which add
 * their own waits on top: mermaid drawn, the deck live).
 */
import type { Locator, Page } from 'playwright-chromium'

/** Waits until slide `no` is on screen and its own component (loaded lazily) has mounted; returns it. */
export async function waitForMounted(page: Page, no: number): Promise<Locator> {
  const slide = page.locator(`[data-slidev-no="${no}"]`).first()
  await slide.waitFor({ state: 'visible' })
  // The layout root appears once the slide's component has mounted; the loading placeholder then goes.
  await slide.locator('.slidev-layout').first().waitFor({ state: 'visible' })
  await slide.locator('.slidev-slide-loading').waitFor({ state: 'detached' })
  return slide
}

/**
 * Sends the running app to slide `no` without a reload, as the router would on a link click: the page
 * keeps its state (store, charts, listeners), which a `goto` would rebuild. `query` (`?clicks=3`, or ''
 * for none) replaces the address's query; without it the query stays as it is.
 */
export async function routeTo(page: Page, no: number, query?: string): Promise<void> {
  await page.evaluate(([n, q]) => {
    const url = new URL(window.location.href)
    url.pathname = url.pathname.replace(/\/\d*$/, `/${n}`)
    if (q !== null)
      url.search = q
    window.history.pushState(window.history.state, '', url)
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }))
  }, [no, query ?? null] as const)
}
