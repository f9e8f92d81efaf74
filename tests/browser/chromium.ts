import type { BrowserContext, Page } from 'playwright-chromium'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_OFFLINE_ARGS, findChromium } from '../../scripts/lib/chromium'

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

/** One real Chromium, with the flags this machine needs and a fresh profile. */
export class Chromium {
  private constructor(readonly context: BrowserContext, private readonly profileDir: string) {}

  /** `device`: a phone's viewport, scale and touch for the room tests; a 1280 × 720 desktop by default. */
  static async launch(device: { viewport: { width: number, height: number }, deviceScaleFactor?: number, isMobile?: boolean, hasTouch?: boolean } = {
    viewport: { width: 1280, height: 720 },
  }): Promise<Chromium> {
    const found = await findChromium()
    if ('error' in found)
      throw new Error(found.error)
    const profileDir = await mkdtemp(join(tmpdir(), 'deck-test-profile-'))
    // A persistent context is the only way to give Chromium its own --user-data-dir through Playwright.
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: found.path,
      args: [...CHROMIUM_OFFLINE_ARGS],
      ...device,
    })
    return new Chromium(context, profileDir)
  }

  /** Opens a page that records console errors and every request that leaves the machine (and blocks it). */
  async watchedPage(): Promise<WatchedPage> {
    const page = await this.context.newPage()
    const consoleErrors: string[] = []
    const offMachineRequests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error')
        consoleErrors.push(message.text())
    })
    page.on('pageerror', error => consoleErrors.push(`uncaught: ${error.message}`))
    await page.route('**/*', (route) => {
      const url = route.request().url()
      if (isOffMachine(url)) {
        offMachineRequests.push(url)
        return route.abort()
      }
      return route.continue()
    })
    return { page, consoleErrors, offMachineRequests }
  }

  async close(): Promise<void> {
    await this.context.close()
    await rm(this.profileDir, { recursive: true, force: true })
  }
}
