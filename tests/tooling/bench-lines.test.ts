// `npm run bench` reads other benchmark scripts' summary lines: each parser it uses must read the
// line its script prints, checked here in milliseconds rather than at the end of a half-hour run.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cpuSecondsFromTimes, runMeasured } from '../../scripts/bench/process-stats'
import { formatRedrawSummary, parseRedrawSummary } from '../../scripts/bench/summary-lines'

const SCRIPTS = resolve(import.meta.dirname, '../../scripts')

function source(file: string): string {
  return readFileSync(resolve(SCRIPTS, file), 'utf8')
}

/** Each parser bench.ts may use: the script whose line it reads, and that script's formatter. */
const PAIRS = {
  parseRedrawSummary: { script: 'bench-redraw.ts', formatter: 'formatRedrawSummary' },
} as const

describe('bench.ts reads every summary line with a parser of scripts/bench/summary-lines.ts', () => {
  it('imports its parsers from there, each one held to its script below, and matches no output by hand', () => {
    const bench = source('bench.ts')
    const imported = /import \{([^}]*)\} from '\.\/bench\/summary-lines'/.exec(bench)?.[1] ?? ''
    const parsers = imported.split(',').map(name => name.trim()).filter(name => name.startsWith('parse'))
    expect(parsers).not.toHaveLength(0)
    expect(Object.keys(PAIRS)).toEqual(expect.arrayContaining(parsers))
    expect(bench).not.toMatch(/\.exec\([\w.]*output\)/)
  })

  it.each(Object.entries(PAIRS))('%s: %o prints its summary with that formatter', (_parser, { script, formatter }) => {
    expect(source(script)).toMatch(new RegExp(`console\\.log\\(${formatter}\\(`))
  })
})

describe('bench-redraw summary', () => {
  it('parses what it formats, to the tenth of a millisecond printed', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10_000_000 }),
      fc.double({ min: 0, max: 1e5, noNaN: true }),
      fc.double({ min: 0, max: 1e5, noNaN: true }),
      (samples, p50Ms, p95Ms) => {
        const parsed = parseRedrawSummary(formatRedrawSummary({ samples, p50Ms, p95Ms }))
        expect(parsed).not.toBeNull()
        expect(parsed!.samples).toBe(samples)
        expect(Math.abs(parsed!.p50Ms - p50Ms)).toBeLessThanOrEqual(0.05 + 1e-9)
        expect(Math.abs(parsed!.p95Ms - p95Ms)).toBeLessThanOrEqual(0.05 + 1e-9)
      },
    ))
  })

  it('finds the line after the per-slide lines, and says whether the target was met', () => {
    const over = formatRedrawSummary({ samples: 1200, p50Ms: 9, p95Ms: 17.25 })
    expect(over).toBe('all 1200 edits and drag steps: p50 9.0 ms, p95 17.3 ms (target p95 ≤ 16 ms: NOT met)')
    const output = [
      '200 MFU edits per slide, Chromium 156.0.7500.0',
      'slide 19: 9 figures, 2 canvases (each edit redrew at least 2): p50 8.1 ms, p95 12.0 ms, max 20.2 ms',
      over,
      '',
    ].join('\n')
    expect(parseRedrawSummary(output)).toEqual({ samples: 1200, p50Ms: 9, p95Ms: 17.3 })
  })

  it('reads the line bench-redraw printed on 2026-12-01 (README), and refuses the older wording bench.ts used to expect', () => {
    expect(parseRedrawSummary('all 1200 edits and drag steps: p50 8.7 ms, p95 13.6 ms (target p95 ≤ 16 ms: met)'))
      .toEqual({ samples: 1200, p50Ms: 8.7, p95Ms: 13.6 })
    expect(parseRedrawSummary('all 300 edits: p50 6.8 ms, p95 12.1 ms')).toBeNull()
  })
})

describe('a build\'s CPU time, read from the shell\'s `times`', () => {
  it('reads the children\'s line dash and bash print', () => {
    expect(cpuSecondsFromTimes('0m0.000000s 0m0.000000s\n0m14.010000s 0m4.136000s\n')).toBeCloseTo(18.146, 6)
    expect(cpuSecondsFromTimes('0m0.001s 0m0.002s\n1m2.50s 0m0.5s')).toBeCloseTo(63, 6)
    expect(cpuSecondsFromTimes('')).toBeNull()
    expect(cpuSecondsFromTimes('0m0.000000s 0m0.000000s\n')).toBeNull()
  })

  it('measures a real command: a busy child\'s CPU seconds, not its sleep, and its exit code and output kept', async () => {
    // A fixed amount of work (not a fixed time: on a loaded machine a time-bound loop gets little CPU).
    const busy = await runMeasured(process.execPath, ['-e', 'let x = 0; for (let i = 0; i < 2e8; i++) x += i; console.log("done", x > 0)'], {
      cwd: process.cwd(),
    })
    expect(busy.code).toBe(0)
    expect(busy.output).toContain('done true')
    const idle = await runMeasured(process.execPath, ['-e', 'setTimeout(() => process.exit(3), 400)'], {
      cwd: process.cwd(),
    })
    expect(idle.code).toBe(3)
    expect(idle.seconds).toBeGreaterThan(0.35)
    expect(busy.cpuSeconds).toBeGreaterThan(idle.cpuSeconds! + 0.05)
    expect(busy.cpuSeconds).toBeLessThanOrEqual(busy.seconds * 2 + 0.1)
    expect(idle.cpuSeconds).toBeLessThan(idle.seconds)
  }, 60_000)
})
