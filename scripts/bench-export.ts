/**
 * `npm run bench:export [-- --runs 5]`: export reliability and speed, the way a speaker meets them.
 *
 * Exports the deck RUNS times in a row, each from cold caches (Vite's pre-bundled dependencies
 * removed first, a fresh browser profile as Slidev's exporter always uses), and checks each result the
 * way `npm run export` does; after each, the handout (`--handout`) the same way, so the two are
 * measured on the same machine load. Then exports the plain starter deck the same way, for the time per
 * page to compare against. Prints one line per run (time, pages, size) and a summary; exits 1 if any
 * run failed.
 */
import { mkdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { SOURCE_CONDITION } from '../vite.config'
import { runMeasured } from './bench/process-stats'
import { writeStarterDeck } from './bench/starter-deck'
import { median } from './bench/stats'
import { countRenderedSlides } from './lib/slide-count'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// Under .tmp/: Vite's dependency scan skips dot-folders, and it must not find the scratch builds' index.html.
const WORK = join(ROOT, '.tmp/bench')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
// Where Vite keeps its pre-bundled dependencies for both decks (they resolve the same node_modules).
const VITE_CACHE = join(ROOT, 'node_modules/.vite/deps')

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
  },
})
const RUNS = Math.max(1, Number.parseInt(values.runs, 10) || 5)

interface ExportRun { ok: boolean, seconds: number, secondsPerPage: number, bytes: number, detail: string }

async function coldExport(deckDir: string, pages: number, label: string, args: string[] = []): Promise<ExportRun> {
  await rm(VITE_CACHE, { recursive: true, force: true })
  const out = join(WORK, `${label}.pdf`)
  const stats = await runMeasured(TSX, [
    // As `npm run export` runs it: the workspace packages from their sources (no built dist/ needed).
    `--conditions=${SOURCE_CONDITION}`,
    join(ROOT, 'scripts/export.ts'),
    '--output',
    out,
    ...args,
  ], { cwd: deckDir })
  const bytes = stats.code === 0
    ? (await stat(out)).size
    : 0
  await rm(out, { force: true })
  const retried = stats.output.includes('retrying once')
  return {
    ok: stats.code === 0,
    seconds: stats.seconds,
    secondsPerPage: stats.seconds / pages,
    bytes,
    detail: stats.code === 0
      ? (retried ? 'ok after one retry' : 'ok')
      : stats.output.trim().split('\n').slice(-1)[0] ?? 'failed',
  }
}

async function main(): Promise<number> {
  await mkdir(WORK, { recursive: true })
  const deckPages = await countRenderedSlides(join(ROOT, 'slides.md'))
  const deckRuns: ExportRun[] = []
  const handoutRuns: ExportRun[] = []
  const line = (what: string, i: number, run: ExportRun) => `${what} ${i}/${RUNS}: ${run.detail}, ${run.seconds.toFixed(1)} s, ${run.secondsPerPage.toFixed(2)} s/page (${deckPages} pages, ${(run.bytes / 2 ** 20).toFixed(2)} MiB)`
  for (let i = 1; i <= RUNS; i++) {
    const run = await coldExport(ROOT, deckPages, `deck-${i}`)
    deckRuns.push(run)
    console.log(line('deck export', i, run))
    const handout = await coldExport(ROOT, deckPages, `handout-${i}`, ['--handout'])
    handoutRuns.push(handout)
    console.log(line('handout export', i, handout))
  }
  const starterDir = join(WORK, 'starter')
  const starterPages = await writeStarterDeck(starterDir)
  const starter = await coldExport(starterDir, starterPages, 'starter')
  console.log(`starter export: ${starter.detail}, ${starter.seconds.toFixed(1)} s, ${starter.secondsPerPage.toFixed(2)} s/page (${starterPages} pages)`)

  const ok = deckRuns.filter(r => r.ok)
  const perPage = median(ok.map(r => r.secondsPerPage))
  console.log(`\n${ok.length}/${RUNS} cold exports complete; median ${perPage.toFixed(2)} s/page against the starter's ${starter.secondsPerPage.toFixed(2)} s/page (ratio ${(perPage / starter.secondsPerPage).toFixed(2)})`)
  const handoutOk = handoutRuns.filter(r => r.ok)
  const seconds = median(ok.map(r => r.seconds))
  const handoutSeconds = median(handoutOk.map(r => r.seconds))
  console.log(`${handoutOk.length}/${RUNS} cold handout exports complete; median ${handoutSeconds.toFixed(1)} s against the slides' ${seconds.toFixed(1)} s (ratio ${(handoutSeconds / seconds).toFixed(2)}), ${(median(handoutOk.map(r => r.bytes)) / 2 ** 20).toFixed(2)} MiB against ${(median(ok.map(r => r.bytes)) / 2 ** 20).toFixed(2)} MiB, ${deckPages} pages each`)
  return ok.length === RUNS && handoutOk.length === RUNS && starter.ok
    ? 0
    : 1
}

main().then(code => process.exit(code), (error: unknown) => {
  console.error(`bench:export: ${error instanceof Error
    ? error.message
    : String(error)}`)
  process.exit(1)
})
