import type { PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { preview } from 'vite'
import { countRenderedSlides } from '../../scripts/lib/slide-count'

const run = promisify(execFile)

/** Where the browser tests' build goes: apart from `dist/`, so a test run never replaces the user's build. */
export const TEST_DIST = '.tmp/test-dist'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    slideCount: number
  }
}

/**
 * Builds the real deck once and serves it on 127.0.0.1 for every browser test file.
 * Set DECK_URL to test an already running deck (dev server or another build) instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('slideCount', await countRenderedSlides('slides.md'))
  if (process.env.DECK_URL) {
    project.provide('deckUrl', process.env.DECK_URL.replace(/\/$/, ''))
    return async () => {}
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
    await server.close()
  }
}
