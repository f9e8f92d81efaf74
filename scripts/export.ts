/**
 * `npm run export -- [--output FILE] [--with-clicks] [--format pdf|png] [--handout] [SCENARIO]`
 *
 * `--handout`: the reader's copy (default slides-handout.pdf): each slide on an A4-shaped page with,
 * under it, the scenario, its speaker notes (Slidev's own rendering: Markdown, KaTeX) and the numbers
 * of its charts as tables (`components/HandoutNotes.vue`, `components/ChartAlternative.vue`). Same
 * exporter, outline, metadata and checks as the slides; PDF only, one page per slide (no clicks).
 *
 * SCENARIO: the command line's and the shareable link's options (`--gpu h100-sxm --mfu 0.4 --price 2.5
 * --gpus 4096 ...`) or `--preset NAME`; every figure in the export is then computed under it, and each
 * computed page says so in its footer line. An invalid option is one line naming it, exit code 2, and
 * no file.
 *
 * Exports the deck through Slidev's own exporter (with an outline and the title and author as PDF
 * metadata), with a Chromium found on this machine, then checks the result before calling it done: one
 * page per slide, text on every page, and (where poppler's pdftotext is installed) no page that shows
 * Slidev's "Loading slide..." placeholder. A failed check is retried once (cold caches made Slidev print
 * blank pages now and then); a second failure is an error and leaves nothing under the output name.
 *
 * `run(argv, io)` is the whole command, callable in-process (the tests check its bad input that way);
 * run as a script, it is called with this process's streams and environment.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { joinNegativeValues } from 'llm-training-cost/cli'
import { findChromium } from './lib/chromium'
import { LOADING_PLACEHOLDER, pagesStillLoading, problemWithPdf, summarizePdf } from './lib/pdf-check'
import { readScenario, SCENARIO_OPTIONS, scenarioHelp, scenarioSynopsis } from './lib/scenario-args'
import { countRenderedSlides } from './lib/slide-count'

const ENTRY = 'slides.md'
// Found beside this script, so the exporter also runs for a deck in another folder (the benchmark's starter).
const SLIDEV = fileURLToPath(new URL('../node_modules/.bin/slidev', import.meta.url))
/** Loaded into Slidev's exporter so Chromium writes a tagged PDF (see the file). */
const TAGGED_PDF = new URL('./lib/tagged-pdf.mjs', import.meta.url).href
const USAGE = `usage: npm run export -- [--output FILE] [--with-clicks] [--format pdf|png] [--handout] ${scenarioSynopsis()} (--help for more)`

const HELP = [
  USAGE,
  '',
  '  --output FILE          the PDF (default slides-export.pdf), or the folder of PNGs',
  '  --with-clicks          a page per click step (no outline: see README)',
  '  --format pdf|png       default pdf',
  '  --handout              the reader\'s copy: each slide with its notes and its charts\' numbers',
  '                         (default slides-handout.pdf)',
  ...scenarioHelp(),
].join('\n')

class UsageError extends Error {}

/** `--help`: not an error, but parsing stops there too. */
class HelpRequest extends Error {}

interface ExportOptions {
  output: string
  format: 'pdf' | 'png'
  withClicks: boolean
  /** The reader's copy: notes and figure tables under each slide. */
  handout: boolean
  /** The scenario as a query string for the deck (empty: the talk's defaults). */
  scenarioQuery: string
}

/** Where the command writes and what it reads from its surroundings: a process's, or a test's. */
export interface ExportIo {
  stdout: { write: (text: string) => unknown }
  stderr: { write: (text: string) => unknown }
  env: NodeJS.ProcessEnv
}

function parseOptions(argv: string[]): ExportOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, name => Object.hasOwn(SCENARIO_OPTIONS, name)),
      options: {
        'output': { type: 'string' },
        'format': { type: 'string', default: 'pdf' },
        'with-clicks': { type: 'boolean', default: false },
        'handout': { type: 'boolean', default: false },
        'help': { type: 'boolean', default: false },
        ...SCENARIO_OPTIONS,
      },
      strict: true,
      allowPositionals: false,
    })
  }
  catch (error) {
    // One line: parseArgs' own messages may span several.
    throw new UsageError(`${(error as Error).message.replace(/\s*\n\s*/g, ' ')} ${USAGE}`)
  }
  if (parsed.values.help)
    throw new HelpRequest()
  const { format } = parsed.values
  if (format !== 'pdf' && format !== 'png')
    throw new UsageError(`--format: "${format}" is not supported; use pdf or png`)
  const handout = parsed.values.handout === true
  if (handout && format !== 'pdf')
    throw new UsageError(`--handout: the handout is a PDF; drop --format ${format}`)
  if (handout && parsed.values['with-clicks'] === true)
    throw new UsageError('--handout: one page per slide, with its notes; drop --with-clicks')
  const output = parsed.values.output ?? (handout
    ? 'slides-handout.pdf'
    : format === 'pdf'
      ? 'slides-export.pdf'
      : 'slides-export')
  if (output.trim() === '')
    throw new UsageError('--output: needs a file name')
  const scenario = readScenario(parsed.values)
  if (!scenario.ok)
    throw new UsageError(scenario.message)
  return {
    output: format === 'pdf' && extname(output) !== '.pdf'
      ? `${output}.pdf`
      : output,
    format,
    withClicks: parsed.values['with-clicks'] === true,
    handout,
    scenarioQuery: scenario.query,
  }
}

function runSlidevExport(args: string[], options: Pick<ExportOptions, 'scenarioQuery' | 'handout'>, io: ExportIo): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    // Vite hands VITE_* variables to the deck: the assumptions store applies the scenario like a link,
    // and the handout flag gives each printed slide its notes (slide-bottom.vue).
    // NODE_ENV=production (set by a caller, or by Vite inside the benchmark) makes Slidev's export
    // server serve a page that never shows: the exporter runs a dev server and needs its own default.
    const { NODE_ENV: _ignored, ...inherited } = io.env
    const env = {
      ...inherited,
      NODE_OPTIONS: [
        inherited.NODE_OPTIONS,
        `--import=${TAGGED_PDF}`,
      ].filter(Boolean).join(' '),
      VITE_DECK_SCENARIO: options.scenarioQuery,
      VITE_DECK_HANDOUT: options.handout
        ? '1'
        : '',
    }
    // Slidev's progress goes where the command's own output goes: the terminal as it is (its progress
    // bar), or a caller's buffer (a test running `run` in-process).
    const own = io.stdout === process.stdout && io.stderr === process.stderr
    const child = spawn(SLIDEV, ['export', ENTRY, ...args], {
      stdio: own
        ? 'inherit'
        : ['ignore', 'pipe', 'pipe'],
      env,
    })
    child.stdout?.on('data', chunk => io.stdout.write(String(chunk)))
    child.stderr?.on('data', chunk => io.stderr.write(String(chunk)))
    child.on('error', reject)
    child.on('exit', code => resolvePromise(code ?? 1))
  })
}

/** Exports into a scratch path next to the target, so a failure never leaves a half-written file. */
async function attempt(options: ExportOptions, chromiumPath: string, scratch: string, expectedSlides: number, io: ExportIo): Promise<string | undefined> {
  const args = [
    '--output',
    scratch,
    '--format',
    options.format,
    '--executable-path',
    chromiumPath,
    '--timeout',
    '120000',
    // After the pages load, before printing: the handout's figure tables arrive as their charts mount
    // (a Teleport each), which under load took longer than 2 s once (3 tables missing); 5 s there.
    '--wait',
    options.handout
      ? '5000'
      : '2000',
  ]
  if (options.withClicks)
    args.push('--with-clicks')
  // The outline (PDF bookmarks, one per titled slide). Not with a page per click: Slidev finds each
  // title's page by counting the click pages left in the print view after printing, and in a full
  // test run here that count missed the last slides twice in a row ("undefined" page numbers, the
  // export aborted after the PDF was printed); its click-page outline was also wrong before
  // (slidevjs/slidev#842). The step-by-step PDF is read page by page; the plain one has the outline.
  if (options.format === 'pdf' && !options.withClicks)
    args.push('--with-toc')
  const code = await runSlidevExport(args, options, io)
  if (code !== 0)
    return `slidev export exited with code ${code}`
  if (options.format === 'png') {
    const pngs = (await readdir(scratch).catch(() => [])).filter(f => f.endsWith('.png'))
    return !options.withClicks && pngs.length !== expectedSlides
      ? `${pngs.length} PNG files written, expected ${expectedSlides} (one per slide)`
      : pngs.length === 0
        ? 'no PNG written'
        : undefined
  }
  const summary = await summarizePdf(await readFile(scratch))
  // With clicks a slide gives one page per click step, so only "at least one page per slide" holds.
  if (options.withClicks && summary.pageCount < expectedSlides)
    return `the PDF has ${summary.pageCount} pages, expected at least ${expectedSlides}`
  const problem = problemWithPdf(summary, options.withClicks
    ? summary.pageCount
    : expectedSlides)
  if (problem)
    return problem
  if (!summary.tagged)
    io.stderr.write('export: warning: the PDF is not tagged (scripts/lib/tagged-pdf.mjs did not reach Slidev\'s page.pdf)\n')
  const loading = await pagesStillLoading(scratch)
  return loading && loading.length > 0
    ? `page(s) ${loading.join(', ')} show Slidev's "${LOADING_PLACEHOLDER}" instead of the slide`
    : undefined
}

/**
 * The export command: parses `argv` (the arguments after the script), exports, and returns the exit
 * code: 0 done, 1 the export failed, 2 bad input or no browser (one line on `io.stderr`).
 */
export async function run(argv: string[], io: ExportIo): Promise<number> {
  const out = (line: string): unknown => io.stdout.write(`${line}\n`)
  const err = (line: string): unknown => io.stderr.write(`${line}\n`)
  let options: ExportOptions
  try {
    options = parseOptions(argv)
  }
  catch (error) {
    if (error instanceof HelpRequest) {
      out(HELP)
      return 0
    }
    if (error instanceof UsageError) {
      err(`export: ${error.message}`)
      return 2
    }
    throw error
  }

  const chromium = await findChromium(io.env)
  if ('error' in chromium) {
    err(`export: ${chromium.error}`)
    return 2
  }
  const expectedSlides = await countRenderedSlides(ENTRY)
  const target = resolve(options.output)
  await mkdir(dirname(target), { recursive: true })
  const scratch = join(dirname(target), `.${basename(target)}.partial-${process.pid}${options.format === 'pdf'
    ? '.pdf'
    : ''}`)
  out(`export: ${expectedSlides} slides${options.handout
    ? ', a handout (notes and figure tables under each),'
    : ''} → ${options.output} with ${chromium.path} (${chromium.via})`)
  out(`export: scenario: ${options.scenarioQuery === ''
    ? 'the talk\'s defaults'
    : options.scenarioQuery}`)

  let problem: string | undefined
  for (let tryNo = 1; tryNo <= 2; tryNo++) {
    await rm(scratch, { force: true, recursive: true })
    problem = await attempt(options, chromium.path, scratch, expectedSlides, io)
    if (!problem)
      break
    err(`export: attempt ${tryNo} failed: ${problem}${tryNo === 1
      ? '; retrying once'
      : ''}`)
  }
  if (problem) {
    await rm(scratch, { force: true, recursive: true })
    err(`export: failed: ${problem}. Nothing was written to ${options.output}.`)
    return 1
  }
  await rm(target, { force: true, recursive: true })
  await rename(scratch, target)
  out(`export: ok: ${options.output}`)
  return 0
}

// Run as a script (tsx scripts/export.ts), not when a test imports `run`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(code => process.exit(code), (error: unknown) => {
    console.error(`export: ${error instanceof Error
      ? error.message
      : String(error)}`)
    process.exit(1)
  })
}
