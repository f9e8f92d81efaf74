import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { inject } from 'vitest'

/** A page plus everything it did wrong: console errors, uncaught exceptions, requests off the machine. */
export interface WatchedPage {
  page: Page
  consoleErrors: string[]
  offMachineRequests: string[]
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function isOffMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || protocol === 'chrome-extension:')
    return false
  return !LOCAL_HOSTS.has(hostname)
}

/** A window size and kind: a phone's viewport, scale and touch for the room tests. */
export interface Device { viewport: { width: number, height: number }, deviceScaleFactor?: number, isMobile?: boolean, hasTouch?: boolean }

export const DESKTOP: Device = {
  viewport: { width: 1280, height: 720 },
}

/**
 * A browser profile of its own in the run's one Chromium (started by global-setup.ts): a fresh context
 * shares no storage, cache or BroadcastChannel with any other, as a second browser would not.
 */
export class Chromium {
  private constructor(private readonly browser: Browser, readonly context: BrowserContext) {}

  /** `device`: a 1280 × 720 desktop by default. */
  static async open(device: Device = DESKTOP): Promise<Chromium> {
    const browser = await chromium.connect(inject('chromiumEndpoint'))
    const context = await browser.newContext({ ...device })
    // A dev server compiles the deck on its first page load, while the rest of the run (the exports'
    // own servers, the type-check) shares the machine: under that load a first load took longer than
    // Playwright's 30 s. The export allows 120 s a page (scripts/export.ts); so do the tests.
    context.setDefaultNavigationTimeout(120_000)
    context.setDefaultTimeout(60_000)
    return new Chromium(browser, context)
  }

  /**
   * Opens a page that records console errors and every request that leaves the machine. Those are
   * refused by the shared Chromium itself (global-setup.ts sends them to a proxy that is not there); the
   * page only listens. Intercepting every request instead (`page.route('**')`) made each of a deck's
   * hundreds of module fetches a round trip through this process and the run's main one.
   */
  async watchedPage(): Promise<WatchedPage> {
    const page = await this.context.newPage()
    const consoleErrors: string[] = []
    const offMachineRequests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error')
        consoleErrors.push(message.text())
    })
    page.on('pageerror', error => consoleErrors.push(`uncaught: ${error.message}`))
    page.on('request', (request) => {
      if (isOffMachine(request.url()))
        offMachineRequests.push(request.url())
    })
    return { page, consoleErrors, offMachineRequests }
  }

  /** Closes this profile and lets go of the shared Chromium (which runs on for the other files). */
  async close(): Promise<void> {
    await this.context.close()
    await this.browser.close()
  }
}
