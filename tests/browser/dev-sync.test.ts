// The dev server keeps the presenter view and the audience window in sync: an assumption changed in
// the presenter reaches an audience window in another browser profile (another device) through the
// server's shared state, not through BroadcastChannel. The two profiles are two contexts of the run's
// one Chromium: they share no storage and no BroadcastChannel, as two devices would not.
import type { Page } from 'playwright-chromium'
import type { DevServer } from '../../scripts/lib/dev-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer } from '../../scripts/lib/dev-server'
import { Chromium } from './chromium'
import { BROKEN, parseUsd, slideNumbersByTitle, slideText, waitForSlide } from './deck-helpers'

const ONE_T_COST = '[data-figure="scaling-wall-summary"] [data-params="1000000000000"] [data-value="costUsd"]'

let server: DevServer | undefined
let url: string
let presenterBrowser: Chromium
let audienceBrowser: Chromium

async function cost(page: Page, no: number): Promise<number> {
  return parseUsd(await page.locator(`[data-slidev-no="${no}"] ${ONE_T_COST}`).first().innerText())
}

beforeAll(async () => {
  server = await startDevServer()
  url = server.url
  presenterBrowser = await Chromium.open()
  audienceBrowser = await Chromium.open()
})

afterAll(async () => {
  await presenterBrowser?.close()
  await audienceBrowser?.close()
  await server?.stop()
})

describe('npm run dev: presenter and audience stay in sync', () => {
  it('an MFU edit in the presenter view reaches the audience window on another profile', async () => {
    // The scaling-wall slide, found by its title in slides.md.
    const wall = slideNumbersByTitle(['Dense Transformer Scaling Wall']).get('Dense Transformer Scaling Wall') ?? 0
    expect(wall).toBeGreaterThan(0)
    const audience = (await audienceBrowser.watchedPage()).page
    await audience.goto(`${url}/${wall}`)
    await waitForSlide(audience, wall)
    await audience.locator(`[data-slidev-no="${wall}"] ${ONE_T_COST}`).first().waitFor()

    const presenter = (await presenterBrowser.watchedPage()).page
    await presenter.goto(`${url}/presenter/${wall}`)
    await presenter.locator('.slidev-presenter').waitFor({ state: 'visible' })
    await presenter.locator(`.slidev-presenter [data-slidev-no="${wall}"] ${ONE_T_COST}`).first().waitFor()
    await expect.poll(() => audience.locator(`[data-slidev-no="${wall}"]`).first().isVisible()).toBe(true)

    // Start from the defaults whatever an earlier run left on the server.
    await presenter.getByRole('button', { name: /^Assumptions/ }).click()
    const reset = presenter.getByRole('button', { name: 'Reset to defaults' })
    if (await reset.isEnabled())
      await reset.click()
    await expect.poll(() => cost(audience, wall), { timeout: 15_000 }).toBeGreaterThan(0)
    const before = await cost(audience, wall)

    await presenter.getByLabel('MFU', { exact: true }).fill('30')
    await expect.poll(async () => (await cost(audience, wall)) / before, { timeout: 15_000 }).toBeCloseTo(1.5, 2)
    expect(await slideText(audience, wall)).not.toMatch(BROKEN)

    // And back: a reset in the presenter resets the audience.
    await reset.click()
    await expect.poll(() => cost(audience, wall), { timeout: 15_000 }).toBe(before)
  }, 240_000)
})
