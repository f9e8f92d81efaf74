/** Reading Vitest's JSON report (`.tmp/vitest-report.json`) for scripts/test-summary.ts. */
import { relative } from 'node:path'

export interface VitestJsonReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests?: number
  numTodoTests?: number
  /** One entry per test file: its path and when it started and ended (ms since the epoch). */
  testResults?: { name: string, startTime?: number, endTime?: number }[]
}

/**
 * The `count` slowest test files, slowest first, one line each: "  12.3 s  tests/browser/deck.test.ts".
 * `durations` (ms by path from the root, from scripts/lib/file-durations-reporter.ts) where given; else
 * the report's own span from a file's first test to its last, which leaves out its hooks.
 *
 * @example
 * slowestFiles({ ...report, testResults: [{ name: '/repo/a.test.ts', startTime: 0, endTime: 1500 }] }, 10, '/repo')
 * // ['   1.5 s  a.test.ts']
 */
export function slowestFiles(report: VitestJsonReport, count: number, root: string, durations: Readonly<Record<string, number>> = {}): string[] {
  const timed: { path: string, seconds: number }[] = []
  for (const file of report.testResults ?? []) {
    const path = relative(root, file.name)
    const ms = durations[path] ?? (file.startTime !== undefined && file.endTime !== undefined
      ? file.endTime - file.startTime
      : undefined)
    if (ms !== undefined)
      timed.push({ path, seconds: ms / 1000 })
  }
  return timed
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
    .map(file => `${file.seconds.toFixed(1).padStart(6)} s  ${file.path}`)
}
