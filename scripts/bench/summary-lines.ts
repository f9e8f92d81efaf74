/**
 * The summary lines benchmark scripts print and `npm run bench` reads back from their output. Each
 * line has one formatter (the script prints with it) and one parser (bench.ts reads with it), side by
 * side here: a line reworded in one place and not the other is caught by
 * tests/tooling/bench-lines.test.ts instead of failing at the end of a half-hour benchmark.
 */

/** One decimal, no grouping: what a millisecond figure reads as in a log line. */
const MS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false })
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: false })

/** bench-redraw's target: one frame at 60 Hz. */
export const REDRAW_TARGET_P95_MS = 16

/** bench-redraw's result over every edit and every drag step it made. */
export interface RedrawSummary {
  samples: number
  p50Ms: number
  p95Ms: number
}

/**
 * The last line of `scripts/bench-redraw.ts`.
 *
 * @example
 * formatRedrawSummary({ samples: 1200, p50Ms: 6.84, p95Ms: 12.1 })
 * // 'all 1200 edits and drag steps: p50 6.8 ms, p95 12.1 ms (target p95 ≤ 16 ms: met)'
 */
export function formatRedrawSummary(summary: RedrawSummary): string {
  const met = summary.p95Ms <= REDRAW_TARGET_P95_MS
    ? 'met'
    : 'NOT met'
  return `all ${COUNT.format(summary.samples)} edits and drag steps: p50 ${MS.format(summary.p50Ms)} ms, p95 ${MS.format(summary.p95Ms)} ms (target p95 ≤ ${COUNT.format(REDRAW_TARGET_P95_MS)} ms: ${met})`
}

const REDRAW_LINE = /^all (\d+) edits and drag steps: p50 (\d+\.\d) ms, p95 (\d+\.\d) ms \(/m

/**
 * bench-redraw's summary, found in its whole output (the per-slide lines come before it); null when
 * the output holds no such line.
 *
 * @example
 * parseRedrawSummary('slide 19: ...\nall 1200 edits and drag steps: p50 6.8 ms, p95 12.1 ms (target p95 ≤ 16 ms: met)\n')
 * // { samples: 1200, p50Ms: 6.8, p95Ms: 12.1 }
 */
export function parseRedrawSummary(output: string): RedrawSummary | null {
  const match = REDRAW_LINE.exec(output)
  if (!match)
    return null
  return {
    samples: Number(match[1]),
    p50Ms: Number(match[2]),
    p95Ms: Number(match[3]),
  }
}
