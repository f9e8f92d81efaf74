/**
 * `tsx scripts/screenshot.ts [--dist DIR] [--slides 1,5] [--out DIR] [--query "mfu=0.4"] [--scheme light|dark]`
 *
 * Serves a built deck (default `dist/`, from `npm run build`) on 127.0.0.1 and saves PNGs of the
 * chosen slides, as Chromium draws them at 1280 × 720, in the colour scheme asked for (the deck
 * follows the system's: `colorSchema: auto`). Used for the README's picture and for the screenshot
 * review of every slide in both schemes.
 */
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { openBuiltDeck } from './lib/built-deck'
import { findChromium } from './lib/chromium'

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    slides: { type: 'string', default: '1' },
    out: { type: 'string', default: '.tmp/screenshots' },
    query: { type: 'string', default: '' },
    scheme: { type: 'string', default: 'light' },
  },
})
if (values.scheme !== 'light' && values.scheme !== 'dark') {
  console.error(`screenshot: --scheme is light or dark, not "${values.scheme}"`)
  process.exit(2)
}
const colorScheme = values.scheme

const found = await findChromium()
if ('error' in found) {
  console.error(`screenshot: ${found.error}`)
  process.exit(2)
}
const deck = await openBuiltDeck(values.dist, found.path)
const { base, browser } = deck
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
    colorScheme,
  })
  await mkdir(values.out, { recursive: true })
  for (const no of values.slides.split(',').map(Number)) {
    await page.goto(`${base}/${no}${values.query
      ? `?${values.query}`
      : ''}`)
    const slide = page.locator(`[data-slidev-no="${no}"]`)
    await slide.waitFor({ state: 'visible' })
    await page.waitForTimeout(1500)
    const file = resolve(values.out, `slide-${String(no).padStart(2, '0')}.png`)
    await page.screenshot({ path: file })
    console.log(file)
  }
}
finally {
  await deck.close()
}
