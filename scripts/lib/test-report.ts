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
 *
 * @example
 * slowestFiles({ ...report, testResults: [{ name: '/repo/a.test.ts', startTime: 0, endTime: 1500 }] }, 10, '/repo')
 * // ['   1.5 s  a.test.ts']
 */
export function slowestFiles(report: VitestJsonReport, count: number, root: string): string[] {
  return (report.testResults ?? [])
    .filter(file => typeof file.startTime === 'number' && typeof file.endTime === 'number')
    .map(file => ({
      path: relative(root, file.name),
      seconds: (file.endTime! - file.startTime!) / 1000,
    }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count)
    .map(file => `${file.seconds.toFixed(1).padStart(6)} s  ${file.path}`)
}
