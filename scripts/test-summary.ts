/**
 * `tsx scripts/test-summary.ts REPORT.json [EXIT_CODE]`: prints the ten slowest test files with their
 * durations, then "N passed, N failed" from Vitest's JSON report, last (CI reads that line). A test
 * command that failed before or beside the tests (type-check, lint, a crashed run) counts as one more
 * failure, so the line never says "0 failed" for a red run.
 */
import type { VitestJsonReport } from './lib/test-report'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { FILE_DURATIONS } from './lib/file-durations-reporter'
import { slowestFiles } from './lib/test-report'

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
let durations: Record<string, number> = {}
try {
  durations = JSON.parse(readFileSync(FILE_DURATIONS, 'utf8')) as Record<string, number>
}
catch {
  // Without the reporter's file (an older run): the JSON report's own span per file.
}
const slowest = report
  ? slowestFiles(report, 10, process.cwd(), durations)
  : []
if (slowest.length > 0)
  console.log(['test: the slowest test files:', ...slowest].join('\n'))
const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0)
// The summary line comes last: CI reads it.
console.log(`${passed} passed, ${failed} failed${skipped > 0
  ? `, ${skipped} skipped`
  : ''}`)
