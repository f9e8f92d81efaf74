import { availableParallelism } from 'node:os'
import vue from '@vitejs/plugin-vue'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'
import { SOURCE_CONDITION } from './vite.config'

/**
 * Files at a time, the same for every project: Vitest runs projects with the same worker count as one
 * queue (the browser files first, the longest first, then the unit and component files in the slots
 * the browser files leave), and refuses projects with different counts in one queue. Every core, at
 * least 2 (Vitest's default leaves one idle: on 2 cores, one file at a time) and at most 4: the browser
 * files share one Chromium, and mostly wait on it, a dev server or an export.
 */
const WORKERS = Math.min(Math.max(availableParallelism(), 2), 4)

/** The workspace packages from their sources, in every project (as vite.config.ts does for Slidev). */
const resolve = {
  conditions: [SOURCE_CONDITION, ...defaultClientConditions],
}
const ssr = {
  resolve: {
    conditions: [SOURCE_CONDITION, ...defaultServerConditions],
  },
}

// Kept apart from vite.config.ts: Slidev merges that one into its own build and adds the Vue plugin itself.
export default defineConfig({
  test: {
    reporters: [
      'default',
      [
        'json',
        { outputFile: '.tmp/vitest-report.json' },
      ],
      // Each file's whole duration, hooks included, for scripts/test-summary.ts's slowest files.
      './scripts/lib/file-durations-reporter.ts',
    ],
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          environment: 'node',
          // Every core (Vitest's default leaves one idle: on 2 cores, one file at a time). Threads start
          // faster than forks; on 2 cores both took about 120 s against 220 s for one fork (2026-12-07).
          pool: 'threads',
          maxWorkers: WORKERS,
          // Pure modules and no mocks: files share a worker's loaded modules instead of loading the
          // engine again each (measured 2026-12-08: 92 s of CPU for unit and components, 68 s with this).
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
        },
      },
      {
        plugins: [
          vue(),
        ],
        resolve,
        ssr,
        test: {
          name: 'components',
          environment: 'happy-dom',
          pool: 'threads',
          maxWorkers: WORKERS,
          // Files share a worker's modules and page: each mocks the assumptions store the same way
          // (./tests/components/support/store.ts) and sets it per test. A file that needs its own
          // mocks or the real store goes in isolated/, the next project.
          isolate: false,
          include: ['tests/components/*.test.ts'],
          setupFiles: ['tests/components/support/setup.ts'],
        },
      },
      {
        plugins: [
          vue(),
        ],
        resolve,
        ssr,
        test: {
          name: 'components-isolated',
          environment: 'happy-dom',
          pool: 'threads',
          maxWorkers: WORKERS,
          include: ['tests/components/isolated/*.test.ts'],
          setupFiles: ['tests/components/support/setup.ts'],
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium and one built deck are shared, each file in contexts of its own, WORKERS files
          // at a time (one at a time left a 2-core machine half idle).
          maxWorkers: WORKERS,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
