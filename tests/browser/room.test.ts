// The room (`slidev --remote PASSWORD`): the speaker's window moves every window; an audience window
// (a phone) follows, keeps its own edits to itself until "Follow the speaker", and nobody without the
// password changes the shared scenario, whichever way the write arrives. The speaker's laptop and the
// phone are two contexts of the run's one Chromium: two profiles, sharing nothing but the server.
import type { Page } from 'playwright-chromium'
import type { DevServer } from '../../scripts/lib/dev-server'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sharedScenarioKey } from '../../packages/slidev-addon-training-cost/server/deck-settings'
import { startDevServer } from '../../scripts/lib/dev-server'
import { Chromium } from './chromium'
import { waitForSlide } from './deck-helpers'

const PASSWORD = 'hall-42'
/** The talk's shared scenario on the dev server (its headmatter's namespace, `scaling-deck`). */
const SCENARIO = `/@server-ref/${sharedScenarioKey('scaling-deck')}`
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
}

let server: DevServer | undefined
let speakerBrowser: Chromium
let phoneBrowser: Chromium
let speaker: Page
let phone: Page

interface Store { get: () => Record<string, unknown>, role: () => string, reset: () => void }

async function scenario(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { __deckAssumptions: Store }).__deckAssumptions.get())
}

async function role(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { __deckAssumptions: Store }).__deckAssumptions.role())
}

/** One edit through the store the deck exposes for tests; null when it applied, else the message. */
async function setThroughStore(page: Page, field: string, raw: unknown): Promise<string | null> {
  return page.evaluate(([f, v]) => (window as unknown as { __deckAssumptions: { set: (f: string, v: unknown) => string | null } }).__deckAssumptions.set(f as string, v), [field, raw] as const)
}

async function mfu(page: Page): Promise<unknown> {
  return (await scenario(page)).mfu
}

/** What the server hands a window that opens now (the shared state embedded in the module). */
async function serverMfu(): Promise<unknown> {
  const code = await (await fetch(`${server!.url}${SCENARIO}`)).text()
  return /"mfu":([\d.]+)/.exec(code)?.[1]
}

beforeAll(async () => {
  server = await startDevServer([
    '--remote',
    PASSWORD,
    '--bind',
    '127.0.0.1',
  ], '127.0.0.1')
  speakerBrowser = await Chromium.open()
  phoneBrowser = await Chromium.open(PHONE)
  speaker = (await speakerBrowser.watchedPage()).page
  await speaker.goto(`${server.url}/presenter/1?password=${PASSWORD}`)
  await speaker.locator('.slidev-presenter').waitFor({ state: 'visible' })
  await speaker.waitForFunction(() => '__deckAssumptions' in window)
  await speaker.evaluate(() => (window as unknown as { __deckAssumptions: Store }).__deckAssumptions.reset())
  phone = (await phoneBrowser.watchedPage()).page
  await phone.goto(`${server.url}/1`)
  await waitForSlide(phone, 1)
}, 300_000)

afterAll(async () => {
  await speakerBrowser?.close()
  await phoneBrowser?.close()
  await server?.stop()
})

describe('slidev --remote: only the speaker moves the numbers', () => {
  it('knows who is who: the window with the password speaks, the phone listens', async () => {
    expect(await role(speaker)).toBe('speaker')
    expect(await role(phone)).toBe('audience')
  })

  it('an audience edit stays on the phone, which says so; the speaker\'s figures do not move', async () => {
    await phone.getByRole('button', { name: /^Assumptions/ }).click()
    await phone.getByLabel('MFU', { exact: true }).fill('10')
    await expect.poll(() => mfu(phone)).toBe(0.1)
    await phone.getByText('Your own scenario: the room sees the speaker\'s.').waitFor()
    // Give a write every chance to arrive before saying it did not.
    await speaker.waitForTimeout(1500)
    expect(await mfu(speaker)).toBe(0.45)
    expect(await serverMfu()).not.toBe('0.1')
  })

  it('a speaker edit waits while the phone shows its own; "Follow the speaker" rejoins', async () => {
    expect(await setThroughStore(speaker, 'mfu', '30')).toBeNull()
    await phone.waitForTimeout(1000)
    expect(await mfu(phone)).toBe(0.1)
    await phone.getByRole('button', { name: 'Follow the speaker' }).click()
    await expect.poll(() => mfu(phone)).toBe(0.3)
    await expect.poll(() => phone.getByText('Your own scenario').count()).toBe(0)
  })

  it('a speaker edit reaches the phone within 3 s', async () => {
    const started = Date.now()
    expect(await setThroughStore(speaker, 'mfu', '50')).toBeNull()
    await expect.poll(() => mfu(phone), { timeout: 3000, interval: 50 }).toBe(0.5)
    console.log(`speaker edit → phone: ${Date.now() - started} ms`)
  })

  it('a forged write changes nothing: a raw POST, and the speaker\'s message replayed without the password', async () => {
    const body = JSON.stringify({
      source: 'forged',
      data: {
        ...(await scenario(speaker)),
        mfu: 0.07,
      },
      timestamp: Date.now(),
    })
    const raw = await fetch(`${server!.url}${SCENARIO}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    expect(raw.status).toBe(403)
    const wrong = await fetch(`${server!.url}${SCENARIO}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-deck-speaker': 'guess' },
      body,
    })
    expect(wrong.status).toBe(403)
    // From inside the phone's page, as a curious attendee would try it.
    const fromPhone = await phone.evaluate(([b, url]) => fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: b,
    }).then(r => r.status), [body, SCENARIO] as const)
    expect(fromPhone).toBe(403)
    await speaker.waitForTimeout(1000)
    expect(await mfu(speaker)).toBe(0.5)
    expect(await mfu(phone)).toBe(0.5)
    expect(await serverMfu()).toBe('0.5')
    expect(server!.log()).toMatch(/refused a change of the shared state/)
  })

  it('never hands the password to a window without it: Slidev\'s config module carries a hash', async () => {
    const configs = await phone.evaluate(() => fetch('/@slidev/configs').then(r => r.text()))
    expect(configs).toContain('deckHash')
    expect(configs).not.toContain(PASSWORD)
    // Nor does the page's view of it, on the phone.
    // A string, so the test runner does not rewrite the page's own dynamic import.
    const seen = await phone.evaluate('import("/@slidev/configs").then(m => JSON.stringify(m.default))') as string
    expect(seen).not.toContain(PASSWORD)
  })

  it('the speaker may also type the password at Slidev\'s prompt: the presenter view opens and speaks', async () => {
    const typed = (await speakerBrowser.watchedPage()).page
    typed.on('dialog', dialog => void dialog.accept(PASSWORD))
    await typed.goto(`${server!.url}/presenter/1`)
    await typed.locator('.slidev-presenter').waitFor({ state: 'visible' })
    await typed.waitForFunction(() => '__deckAssumptions' in window)
    expect(await role(typed)).toBe('speaker')
    await typed.close()
  })

  it('"Join" shows a QR code that decodes to the audience link of the slide and scenario, without the password', async () => {
    if (await speaker.getByRole('button', { name: 'Join' }).count() === 0)
      await speaker.getByRole('button', { name: /^Assumptions/ }).first().click()
    await speaker.getByRole('button', { name: 'Join' }).first().click()
    const code = speaker.locator('[data-join] .code')
    await code.waitFor()
    const png = PNG.sync.read(await code.screenshot())
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    const shown = (await speaker.locator('[data-join-link]').innerText()).trim()
    expect(decoded?.data).toBe(shown)
    expect(shown).toBe(`${server!.url}/1?mfu=0.5`)
    expect(shown).not.toContain(PASSWORD)
    await speaker.getByRole('button', { name: 'Close', exact: true }).click()
    await expect.poll(() => speaker.locator('[data-join]').count()).toBe(0)
  })

  it('on the phone, the panel is a full-width sheet and every control is reachable and at least 44 px high', async () => {
    const sheet = phone.locator('#assumptions-drawer')
    if (await sheet.count() === 0)
      await phone.getByRole('button', { name: /^Assumptions/ }).click()
    await sheet.waitFor().catch(async (error: unknown) => {
      await phone.screenshot({ path: '.tmp/room-phone-failure.png' })
      throw error
    })
    const box = await sheet.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(PHONE.viewport.width - 1)
    // The scale model's section is a disclosure: a tap on its summary opens it.
    const section = sheet.locator('details.scale-model')
    if (!await section.evaluate(d => (d as HTMLDetailsElement).open))
      await section.locator('summary').click()
    const controls = sheet.locator('input, select, button')
    const count = await controls.count()
    expect(count).toBeGreaterThan(10)
    const small: string[] = []
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i)
      await control.scrollIntoViewIfNeeded()
      const b = await control.boundingBox()
      if (!b || b.height < 44 || b.y < 0 || b.y + b.height > PHONE.viewport.height + 1)
        small.push(`${await control.evaluate(e => `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.id ?? e.textContent?.trim()}`)}: ${JSON.stringify(b)}`)
    }
    expect(small).toEqual([])
  })

  it('the slide position follows the speaker too, and nobody else can move it', async () => {
    const forged = await fetch(`${server!.url}/@server-reactive/nav`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        source: 'forged',
        patch: { page: 5 },
      }),
    })
    expect(forged.status).toBe(403)
    await speaker.keyboard.press('ArrowRight')
    await expect.poll(() => phone.locator('[data-slidev-no="2"]').first().isVisible(), { timeout: 5000 }).toBe(true)
    await speaker.keyboard.press('ArrowLeft')
    await expect.poll(() => phone.locator('[data-slidev-no="1"]').first().isVisible(), { timeout: 5000 }).toBe(true)
  })
})
