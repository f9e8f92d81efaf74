/**
 * The run's real exports through scripts/export.ts, each made once and read by every file that needs
 * it: a whole export is about 30 s of a 2-core machine, so the scenarios share them: two exports, the
 * deck with a page per click at MFU 60% and the handout at MFU 30%, which export.test.ts also reads as
 * the scenario that differs only in MFU. (A third, for `--scale-model`, was dropped: the link that
 * option gives is checked in the deck, tests/browser/talk-part2.test.ts.) Browser files run several at
 * a time: the first to ask for an export makes it, holding a lock file; another file asking meanwhile
 * waits for its result. global-setup.ts clears the outputs
 * and the locks at the start of each run, so nothing is reused from an earlier one, and starts making
 * them (`makeSharedExports`) while it builds the deck, when the run includes a file that reads them.
 */
import type { Result } from './export-run'
import { mkdir, open, readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { exportInProcess, exportProcess } from './export-run'

/** Where the locks and each export's outcome go (not next to the PDFs: the tests list those folders). */
export const EXPORT_LOCKS = '.tmp/export-locks'
export const EXPORT_DIR = '.tmp/export-test'
export const HANDOUT_DIR = '.tmp/handout-test'

interface Planned {
  dir: string
  file: string
  args: readonly string[]
  /** `process`: `tsx scripts/export.ts` as a user runs it; `in-process`: its `run`, without a tsx start-up. */
  how: 'process' | 'in-process'
}

export const EXPORTS = {
  // The whole deck once, as a user runs it, a page per build-up step: metadata, tags, fonts, ink, the
  // scenario line, every click. The handout (below) is the one-page-a-slide PDF with an outline.
  'mfu-60': {
    dir: EXPORT_DIR,
    file: 'mfu-60.pdf',
    args: ['--with-clicks', '--mfu', '0.6'],
    how: 'process',
  },
  // The reader's copy, at MFU 30%: handout-export.test.ts reads it as the handout, export.test.ts as
  // the scenario that differs from mfu-60 only in MFU.
  'handout-mfu-30': {
    dir: HANDOUT_DIR,
    file: 'handout-mfu-30.pdf',
    args: ['--handout', '--mfu', '0.3'],
    how: 'in-process',
  },
} as const satisfies Record<string, Planned>

export type ExportName = keyof typeof EXPORTS

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

/** Makes export `name` (or waits for the file making it) and returns the PDF's path; throws if it failed. */
export async function sharedExport(name: ExportName, timeoutMs = 900_000, how: Planned['how'] = EXPORTS[name].how): Promise<string> {
  const planned: Planned = EXPORTS[name]
  const pdf = resolve(planned.dir, planned.file)
  const lock = resolve(EXPORT_LOCKS, `${name}.lock`)
  const done = resolve(EXPORT_LOCKS, `${name}.json`)
  await mkdir(resolve(EXPORT_LOCKS), { recursive: true })
  let mine = false
  try {
    await (await open(lock, 'wx')).close()
    mine = true
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw error
  }
  let result: Result
  if (mine) {
    await mkdir(resolve(planned.dir), { recursive: true })
    const argv = ['--output', pdf, ...planned.args]
    try {
      result = await (how === 'process'
        ? exportProcess
        : exportInProcess)(argv)
    }
    catch (error) {
      result = {
        code: -1,
        stdout: '',
        stderr: String(error),
      }
    }
    await writeFile(done, JSON.stringify(result))
  }
  else {
    const end = Date.now() + timeoutMs
    for (;;) {
      const text = await readFile(done, 'utf8').catch(() => undefined)
      if (text !== undefined) {
        result = JSON.parse(text) as Result
        break
      }
      if (Date.now() > end)
        throw new Error(`export ${name}: another test file holds ${lock} and gave no result within ${timeoutMs} ms`)
      await sleep(250)
    }
  }
  if (result.code !== 0)
    throw new Error(`export ${name} failed (${result.code}): ${result.stderr}`)
  return pdf
}

/** The test files that read the shared exports. */
const EXPORT_READERS = ['tests/browser/export.test.ts', 'tests/browser/handout-export.test.ts']

/**
 * Whether a run started with `argv` (`vitest run [FILTERS]`) includes a file that reads the exports:
 * yes without a file filter, else when a filter is part of a reader's path, as Vitest matches them. A
 * word after an option is taken for the option's value (`--project browser`), so a filter there
 * counts as none: the exports are then made for nothing, never missing.
 */
export function runNeedsExports(argv: readonly string[]): boolean {
  const start = argv.indexOf('run')
  if (start < 0)
    return true
  const words = argv.slice(start + 1)
  const filters = words.filter((word, i) => !word.startsWith('-') && !(words[i - 1]?.startsWith('-') && !words[i - 1]!.includes('=')))
  return filters.length === 0 || filters.some(filter => EXPORT_READERS.some(file => file.includes(filter)))
}

/**
 * Makes every shared export, one after another: each is a dev server and a Chromium of its own, and the
 * test files run beside them. As processes, as a user runs them: this runs in Vitest's main process,
 * which does not resolve the workspace packages to their sources. A failure is recorded for the file
 * that reads it; nothing is thrown here.
 */
export async function makeSharedExports(): Promise<void> {
  for (const name of Object.keys(EXPORTS) as ExportName[])
    await sharedExport(name, undefined, 'process').catch(() => {})
}
