import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

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
        test: {
          name: 'unit',
          environment: 'node',
          // Every core (Vitest's default leaves one idle: on 2 cores, one file at a time). Threads start
          // faster than forks; on 2 cores both took about 120 s against 220 s for one fork (2026-12-07).
          pool: 'threads',
          maxWorkers: '100%',
          include: ['tests/unit/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
        },
      },
      {
        plugins: [
          vue(),
        ],
        test: {
          name: 'components',
          environment: 'happy-dom',
          pool: 'threads',
          maxWorkers: '100%',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/components/support/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium and one built deck are shared, each file in contexts of its own; two files at a
          // time: a browser file mostly waits (on Chromium, a dev server, an export), so two fill the
          // cores that one left half idle.
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
