/**
 * A Vitest reporter that writes each test file's whole duration to `.tmp/vitest-file-durations.json`
 * ({ "tests/browser/deck.test.ts": 61234, ... }, in ms): importing it, its setup file, its tests and
 * their hooks. Vitest's JSON report times a file from its first test's start to its last test's end,
 * which leaves out a `beforeAll` that does most of a browser file's work; scripts/test-summary.ts
 * ranks the slowest files by this one when it is there.
 */
import type { Reporter, TestModule } from 'vitest/node'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export const FILE_DURATIONS = '.tmp/vitest-file-durations.json'

export default class FileDurationsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const durations = Object.fromEntries(testModules.map((module) => {
      const d = module.diagnostic()
      return [
        module.relativeModuleId,
        Math.round(d.collectDuration + d.setupDuration + d.duration),
      ]
    }))
    mkdirSync(dirname(FILE_DURATIONS), { recursive: true })
    writeFileSync(FILE_DURATIONS, `${JSON.stringify(durations, null, 2)}\n`)
  }
}
