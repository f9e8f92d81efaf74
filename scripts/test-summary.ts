/**
 * `tsx scripts/test-summary.ts REPORT.json [EXIT_CODE]`: prints "N passed, N failed" from Vitest's JSON
 * report. A test command that failed before or beside the tests (type-check, lint, a crashed run) counts
 * as one more failure, so the line never says "0 failed" for a red run.
 */
import { readFileSync } from 'node:fs'
import process from 'node:process'

interface VitestJsonReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests?: number
  numTodoTests?: number
}

function readReport(path: string): VitestJsonReport | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as VitestJsonReport
  }
  catch {
    return undefined
  }
}

const [reportPath = '.tmp/vitest-report.json', exitCodeArg = '0'] = process.argv.slice(2)
const exitCode = Number(exitCodeArg)
const report = readReport(reportPath)
const passed = report?.numPassedTests ?? 0
let failed = report?.numFailedTests ?? 0
if (exitCode !== 0 && failed === 0) {
  failed = 1
  console.log(report ? 'test: the test command failed outside the tests (type-check or lint)' : 'test: no test report: the run stopped before the tests (type-check or lint failed)')
}
const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped > 0
  ? `, ${skipped} skipped`
  : ''}`)
