/**
 * A built deck served on 127.0.0.1 and a Chromium to look at it: what the screenshot and redraw
 * scripts share. Both stop with `close()`.
 */
import type { Browser } from 'playwright-chromium'
import { resolve } from 'node:path'
import { chromium } from 'playwright-chromium'
import { preview } from 'vite'
import { CHROMIUM_OFFLINE_ARGS } from './chromium'

export interface BuiltDeck {
  /** The deck's address, without a trailing slash. */
  base: string
  browser: Browser
  close: () => Promise<void>
}

export async function openBuiltDeck(dist: string, chromiumPath: string): Promise<BuiltDeck> {
  const server = await preview({
    configFile: false,
    logLevel: 'error',
    appType: 'spa',
    build: {
      outDir: resolve(dist),
    },
    preview: { host: '127.0.0.1', port: 0 },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) {
    await server.close()
    throw new Error('the preview server did not report a local URL')
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_OFFLINE_ARGS],
  })
  return {
    base: url.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}
