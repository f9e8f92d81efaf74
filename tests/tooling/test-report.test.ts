import { describe, expect, it } from 'vitest'
import { slowestFiles } from '../../scripts/lib/test-report'

describe('the test summary\'s slowest files', () => {
  const file = (name: string, seconds: number): { name: string, startTime: number, endTime: number } => ({ name: `/repo/tests/${name}`, startTime: 1000, endTime: 1000 + seconds * 1000 })

  it('lists the slowest files first, with their durations and paths from the root', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [
        file('a.test.ts', 1.5),
        file('b.test.ts', 12.34),
        file('c.test.ts', 0.2),
      ],
    }
    expect(slowestFiles(report, 10, '/repo')).toEqual([
      '  12.3 s  tests/b.test.ts',
      '   1.5 s  tests/a.test.ts',
      '   0.2 s  tests/c.test.ts',
    ])
  })

  it('keeps the ten slowest, and skips files the report gives no times for', () => {
    const many = Array.from({ length: 12 }, (_, i) => file(`f${i}.test.ts`, i + 1))
    const report = {
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [
        ...many,
        { name: '/repo/tests/crashed.test.ts' },
      ],
    }
    const lines = slowestFiles(report, 10, '/repo')
    expect(lines).toHaveLength(10)
    expect(lines[0]).toContain('f11.test.ts')
    expect(lines.join('\n')).not.toContain('crashed')
    expect(slowestFiles({ numPassedTests: 0, numFailedTests: 0 }, 10, '/repo')).toEqual([])
  })

  it('ranks by the whole file\'s duration where the durations reporter gave one', () => {
    const report = {
      numPassedTests: 2,
      numFailedTests: 0,
      testResults: [
        file('a.test.ts', 1),
        file('b.test.ts', 2),
      ],
    }
    expect(slowestFiles(report, 10, '/repo', { 'tests/a.test.ts': 90_000 })).toEqual([
      '  90.0 s  tests/a.test.ts',
      '   2.0 s  tests/b.test.ts',
    ])
  })
})
