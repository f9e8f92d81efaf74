/**
 * axe-core in the page under test, for the accessibility and the legibility tests: its script from
 * node_modules (no network), injected once per document.
 */
import type { Page } from 'playwright-chromium'
import { createRequire } from 'node:module'

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Makes `window.axe` available in `page`'s current document. */
export async function loadAxe(page: Page): Promise<void> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_SOURCE })
}
