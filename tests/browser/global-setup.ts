import type { BrowserServer } from 'playwright-chromium'
import type { PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { chromium } from 'playwright-chromium'
import { preview } from 'vite'
import { CHROMIUM_OFFLINE_ARGS, findChromium } from '../../scripts/lib/chromium'
import { renderedSlideNotes } from '../../scripts/lib/slide-count'
import { EXPORT_DIR, EXPORT_LOCKS, HANDOUT_DIR, makeSharedExports, runNeedsExports } from './shared-export'

const run = promisify(execFile)

/** The discard port: nothing listens on it here, so a connection to it is refused at once. */
const NOWHERE_PORT = 9

/** Where the browser tests' build goes: apart from `dist/`, so a test run never replaces the user's build. */
export const TEST_DIST = '.tmp/test-dist'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    slideCount: number
    /** Each rendered slide's title as written in slides.md and pages/ (Slidev's parser), by slide number − 1. */
    slideTitles: string[]
    /** The one Chromium every browser test file connects to (tests/browser/chromium.ts). */
    chromiumEndpoint: string
  }
}

/**
 * Starts one Chromium for the whole run: each test file connects to it and works in contexts of its
 * own (a fresh, isolated profile each: storage, BroadcastChannel), instead of launching its own.
 */
async function launchChromium(project: TestProject): Promise<BrowserServer> {
  const found = await findChromium()
  if ('error' in found)
    throw new Error(found.error)
  const server = await chromium.launchServer({
    executablePath: found.path,
    // Every request that would leave the machine goes to a proxy on a port nothing listens on, and
    // fails at once; the deck's own server (loopback) is never proxied. The pages record such requests
    // (chromium.ts) and the tests fail on any.
    args: [...CHROMIUM_OFFLINE_ARGS, `--proxy-server=http://127.0.0.1:${NOWHERE_PORT}`],
  })
  project.provide('chromiumEndpoint', server.wsEndpoint())
  return server
}

/**
 * Builds the real deck once and serves it on 127.0.0.1 for every browser test file, and starts the
 * Chromium they share. Set DECK_URL to test an already running deck (dev server or another build)
 * instead of a build.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The shared exports (./shared-export.ts) are made afresh in every run, starting now: they need no
  // build (Slidev's exporter runs its own server), and a file waiting for one at the end of the run
  // left a core idle for minutes.
  await Promise.all([EXPORT_DIR, HANDOUT_DIR, EXPORT_LOCKS].map(dir => rm(dir, { recursive: true, force: true })))
  const exporting = runNeedsExports(process.argv)
    ? makeSharedExports()
    : Promise.resolve()
  const slides = await renderedSlideNotes('slides.md')
  project.provide('slideCount', slides.length)
  project.provide('slideTitles', slides.map(s => s.title))
  const browser = await launchChromium(project)
  if (process.env.DECK_URL) {
    project.provide('deckUrl', process.env.DECK_URL.replace(/\/$/, ''))
    return async () => {
      await exporting
      await browser.close()
    }
  }
  await run(resolve('node_modules/.bin/slidev'), [
    'build',
    'slides.md',
    '--out',
    TEST_DIST,
  ], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'spa',
    build: { outDir: TEST_DIST },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      open: false,
    },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url)
    throw new Error('the preview server did not report a local URL')
  project.provide('deckUrl', url.replace(/\/$/, ''))
  return async () => {
    await exporting
    await server.close()
    await browser.close()
  }
}
