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
          // One Chromium and one built deck are shared; files run one after another.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
