/**
 * `npm run bench`: builds, serves, visits and exports two decks in one run, this talk and a plain
 * Slidev deck generated from the installed Slidev, and writes `bench/results.json` with each deck's
 * figures and their ratios (deck / starter). The machine is shared and noisy: noisy figures are the
 * median of several runs, and the budget is stated in ratios.
 *
 * Options: `--runs N` (default 3) repeats for noisy figures; `--skip-export` leaves export out.
 */
import type { PreviewServer } from 'vite'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { preview } from 'vite'
import { SOURCE_CONDITION } from '../vite.config'
import { measureFirstSlide, measureSlowestFirstVisit } from './bench/browser'
import { jsGzipSizes } from './bench/bundle'
import { measureEngine } from './bench/engine'
import { runMeasured } from './bench/process-stats'
import { writeStarterDeck } from './bench/starter-deck'
import { median } from './bench/stats'
import { parseRedrawSummary, REDRAW_TARGET_P95_MS } from './bench/summary-lines'
import { findChromium } from './lib/chromium'
import { countRenderedSlides } from './lib/slide-count'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SLIDEV_BIN = join(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
const TSX_BIN = join(ROOT, 'node_modules/.bin/tsx')
// Under .tmp/: Vite's dependency scan skips dot-folders, and it must not find the scratch builds' index.html.
const WORK = join(ROOT, '.tmp/bench')

interface DeckFigures {
  slides: number
  /** Median wall time of a build. */
  buildSeconds: number
  /** Median CPU time (user + system, every process) of a build: the figure other jobs' load moves least. */
  buildCpuSeconds: number
  buildPeakRssBytes: number
  totalJsGzipBytes: number
  firstSlideJsGzipBytes: number
  timeToFirstSlideMs: number
  slowestFirstVisitMs: number
  slowestFirstVisitSlide: number
  exportSecondsPerPage: number | null
}

const { values: options } = parseArgs({
  options: {
    'runs': { type: 'string', default: '3' },
    'skip-export': { type: 'boolean', default: false },
  },
})
const RUNS = Math.max(1, Number.parseInt(options.runs, 10) || 3)
/** Builds are the noisiest figure and the one with the tightest budget: at least five pairs. */
const BUILD_RUNS = Math.max(RUNS, 5)

function log(message: string): void {
  console.error(`bench: ${message}`)
}

async function build(deckDir: string, outDir: string): Promise<{ seconds: number, cpuSeconds: number, peakRssBytes: number }> {
  // Vite empties an out dir only inside the deck's root; the plain deck's is outside its root, so old
  // hashed chunks piled up there and inflated its totalJsGzipBytes. Both start empty, untimed.
  await rm(outDir, { recursive: true, force: true })
  const stats = await runMeasured(process.execPath, [
    SLIDEV_BIN,
    'build',
    'slides.md',
    '--out',
    outDir,
  ], { cwd: deckDir })
  if (stats.code !== 0)
    throw new Error(`build of ${deckDir} failed:\n${stats.output.slice(-2000)}`)
  if (stats.cpuSeconds === null)
    throw new Error(`build of ${deckDir}: /bin/sh reported no CPU times`)
  return { seconds: stats.seconds, cpuSeconds: stats.cpuSeconds, peakRssBytes: stats.peakRssBytes }
}

async function serve(distDir: string): Promise<{ url: string, server: PreviewServer }> {
  const server = await preview({
    configFile: false,
    logLevel: 'error',
    appType: 'spa',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0 },
  })
  return {
    url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    server,
  }
}

async function exportSecondsPerPage(deckDir: string, pages: number, chromiumPath: string): Promise<number> {
  const out = join(WORK, `export-${Date.now()}.pdf`)
  const stats = await runMeasured(TSX_BIN, [
    // As `npm run export` runs it: the workspace packages from their sources (no built dist/ needed).
    `--conditions=${SOURCE_CONDITION}`,
    join(ROOT, 'scripts/export.ts'),
    '--output',
    out,
  ], {
    cwd: deckDir,
    env: { CHROMIUM_PATH: chromiumPath },
  })
  await rm(out, { force: true })
  if (stats.code !== 0)
    throw new Error(`export of ${deckDir} failed:\n${stats.output.slice(-2000)}`)
  return stats.seconds / pages
}

type Build = Awaited<ReturnType<typeof build>>

/**
 * Builds both decks BUILD_RUNS times, interleaved in pairs whose order alternates (deck, plain, plain,
 * deck, deck, …): a shared machine's load drifts over minutes, the two builds of a pair see nearly the
 * same load, and alternating cancels whatever the first of a pair gains or loses (a warm file cache).
 */
async function buildBoth(decks: [{ name: string, dir: string }, { name: string, dir: string }]): Promise<Map<string, Build[]>> {
  const builds = new Map(decks.map(d => [d.name, [] as Build[]]))
  for (let i = 0; i < BUILD_RUNS; i++) {
    for (const { name, dir } of i % 2 === 0
      ? decks
      : [...decks].reverse()) {
      log(`${name}: build ${i + 1}/${BUILD_RUNS}`)
      const one = await build(dir, join(WORK, `${name}-dist`))
      log(`${name}: build ${i + 1}/${BUILD_RUNS}: ${one.seconds.toFixed(1)} s wall, ${one.cpuSeconds.toFixed(1)} s CPU, load ${os.loadavg()[0]!.toFixed(1)}`)
      builds.get(name)!.push(one)
    }
  }
  return builds
}

/**
 * The median over pairs of deck ÷ plain: each pair was built back to back, under nearly the same
 * load, so a pair's ratio carries little of the load's drift, which a ratio of the two medians keeps.
 */
function pairedRatio(deck: readonly Build[], plain: readonly Build[], figure: 'seconds' | 'cpuSeconds'): number {
  return median(deck.map((d, i) => d[figure] / plain[i]![figure]))
}

async function measureDeck(name: string, deckDir: string, chromiumPath: string, builds: readonly Build[]): Promise<DeckFigures> {
  const slides = await countRenderedSlides(join(deckDir, 'slides.md'))
  const distDir = join(WORK, `${name}-dist`)
  const sizes = await jsGzipSizes(distDir)
  const totalJsGzipBytes = [
    ...sizes.values(),
  ].reduce((a, b) => a + b, 0)

  const { url, server } = await serve(distDir)
  try {
    const firsts = []
    for (let i = 0; i < Math.max(RUNS, 5); i++) {
      log(`${name}: first slide, cold browser ${i + 1}`)
      firsts.push(await measureFirstSlide(chromiumPath, url))
    }
    const firstSlideJsGzipBytes = median(firsts.map(f => f.jsPaths.reduce((sum, path) => sum + (sizes.get(path) ?? 0), 0)))
    const visits = []
    for (let i = 0; i < RUNS; i++) {
      log(`${name}: first visit of every slide ${i + 1}/${RUNS}`)
      visits.push(await measureSlowestFirstVisit(chromiumPath, url, slides))
    }
    const slowest = visits.map(v => v.slowestFirstVisitMs)
    const medianVisit = visits.find(v => v.slowestFirstVisitMs === median(slowest)) ?? visits[0]!

    let perPage: number | null = null
    if (!options['skip-export']) {
      const exports = []
      for (let i = 0; i < RUNS; i++) {
        log(`${name}: export ${i + 1}/${RUNS}`)
        exports.push(await exportSecondsPerPage(deckDir, slides, chromiumPath))
      }
      perPage = median(exports)
    }
    return {
      slides,
      buildSeconds: median(builds.map(b => b.seconds)),
      buildCpuSeconds: median(builds.map(b => b.cpuSeconds)),
      buildPeakRssBytes: median(builds.map(b => b.peakRssBytes)),
      totalJsGzipBytes,
      firstSlideJsGzipBytes,
      timeToFirstSlideMs: median(firsts.map(f => f.timeToFirstSlideMs)),
      slowestFirstVisitMs: median(slowest),
      slowestFirstVisitSlide: medianVisit.slowestSlide,
      exportSecondsPerPage: perPage,
    }
  }
  finally {
    await server.close()
  }
}

/** Runs `scripts/bench-redraw.ts` on the deck's build and reads its summary line. */
async function measureRedraw(distDir: string): Promise<{ editToRedrawMsP50: number, editToRedrawMsP95: number }> {
  const stats = await runMeasured(TSX_BIN, [
    join(ROOT, 'scripts/bench-redraw.ts'),
    '--dist',
    distDir,
    '--edits',
    String(100 * RUNS),
  ], { cwd: ROOT })
  const summary = parseRedrawSummary(stats.output)
  if (stats.code !== 0 || !summary)
    throw new Error(`bench-redraw failed (or printed no summary line):\n${stats.output.slice(-2000)}`)
  return {
    editToRedrawMsP50: summary.p50Ms,
    editToRedrawMsP95: summary.p95Ms,
  }
}

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0
    ? null
    : a / b
}

async function main(): Promise<void> {
  const chromium = await findChromium()
  if ('error' in chromium) {
    console.error(`bench: ${chromium.error}`)
    process.exit(2)
  }
  await mkdir(WORK, { recursive: true })
  const loadAtStart = os.loadavg()
  const starterDir = join(WORK, 'starter')
  await writeStarterDeck(starterDir)

  const builds = await buildBoth([
    { name: 'deck', dir: ROOT },
    { name: 'starter', dir: starterDir },
  ])
  const deck = await measureDeck('deck', ROOT, chromium.path, builds.get('deck')!)
  const starter = await measureDeck('starter', starterDir, chromium.path, builds.get('starter')!)
  log('engine: every figure, and a 100k sweep')
  const engine = measureEngine()
  log('deck: assumption edit to redraw (bench-redraw on the built deck)')
  const redraw = await measureRedraw(join(WORK, 'deck-dist'))

  const shared = [
    'buildSeconds',
    'buildCpuSeconds',
    'buildPeakRssBytes',
    'totalJsGzipBytes',
    'firstSlideJsGzipBytes',
    'timeToFirstSlideMs',
    'slowestFirstVisitMs',
    'exportSecondsPerPage',
  ] as const
  const ratios: Record<string, number | null> = Object.fromEntries(shared.map(key => [
    key,
    ratio(deck[key], starter[key]),
  ]))
  ratios.buildSeconds = pairedRatio(builds.get('deck')!, builds.get('starter')!, 'seconds')
  ratios.buildCpuSeconds = pairedRatio(builds.get('deck')!, builds.get('starter')!, 'cpuSeconds')
  const budget = {
    buildSeconds: 1.3,
    buildCpuSeconds: 1.3,
    firstSlideJsGzipBytes: 1.1,
    exportSecondsPerPage: 1.0,
  }
  const results = {
    deck: {
      ...deck,
      ...redraw,
      ...engine,
    },
    starter,
    ratios,
    /** Build ratios: the median over back-to-back pairs of deck ÷ plain (see `pairedRatio`). */
    ratioNotes: { buildSeconds: 'median of paired ratios', buildCpuSeconds: 'median of paired ratios' },
    budget: {
      ...budget,
      editToRedrawMsP95: REDRAW_TARGET_P95_MS,
      slowestFirstVisitMs: 1000,
    },
    /** The 1-minute load average when the run started and ended: the machine is shared. */
    loadAverage: { start: loadAtStart[0], end: os.loadavg()[0] },
    machine: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${process.platform} ${os.release()}, Node ${process.version}`,
    date: new Date().toISOString(),
    runs: RUNS,
    buildRuns: BUILD_RUNS,
  }
  await mkdir(resolve(ROOT, 'bench'), { recursive: true })
  await writeFile(resolve(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
  printTable(results)
  for (const [key, limit] of Object.entries(budget)) {
    const value = ratios[key]
    console.log(`budget ${key}: ${value === null || value === undefined
      ? '—'
      : value.toFixed(3)} (at most ${limit}: ${value === null || value === undefined
      ? 'not measured'
      : value <= limit
        ? 'within'
        : 'OVER'})`)
  }
}

function printTable(results: { deck: object, starter: object, ratios: Record<string, number | null> }): void {
  const deck = results.deck as Record<string, unknown>
  const starter = results.starter as Record<string, unknown>
  const rows = Object.keys(deck).map((key) => {
    const show = (v: unknown): string => typeof v === 'number'
      ? Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }).format(v)
      : String(v ?? '—')
    return [
      key,
      show(deck[key]),
      show(starter[key]),
      show(results.ratios[key]),
    ]
  })
  const header = [
    'figure',
    'deck',
    'starter',
    'deck/starter',
  ]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i]!.length)))
  const line = (cells: string[]): string => cells.map((c, i) => i === 0
    ? c.padEnd(widths[i]!)
    : c.padStart(widths[i]!)).join('  ')
  console.log(line(header))
  for (const row of rows)
    console.log(line(row))
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error
    ? error.message
    : String(error)}`)
  process.exit(1)
})
