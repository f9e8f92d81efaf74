// `npm run export -- --handout`: the reader's copy. Read back with poppler as a reader's viewer sees
// it: every slide's speaker notes, its charts' numbers and its formulas as text, and the scenario on
// every page. Exported in-process through the script's `run`, once for this file and export.test.ts,
// which reads it as its MFU-30% scenario (./shared-export.ts; its bad input: tests/tooling/export-args.test.ts).
import type { SlideNote } from '../../scripts/lib/slide-count'
import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { formatUsd, offerRows } from '../../packages/llm-training-cost/src/engine'
import { renderedSlideNotes } from '../../scripts/lib/slide-count'
import { outlineCount, pdfInfo, pdfStructure } from './pdf-tools'
import { HANDOUT_DIR, sharedExport } from './shared-export'

const run = promisify(execFile)
const slideCount = inject('slideCount')
const OUT_DIR = resolve(HANDOUT_DIR)
let handoutPdf: string

/** A page's text in reading order (no layout), so a paragraph of notes reads as one run of words. */
async function pageText(pdf: string, page: number): Promise<string> {
  return (await run('pdftotext', [
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    '-',
  ])).stdout
}

/**
 * Words as a reader's search finds them: letters and digits, ligatures unfolded, case ignored, and
 * hyphens dropped (pdftotext joins "GPU-" at a line's end with "hours" on the next as "GPUhours").
 */
function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replaceAll('-', '').match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * The runs of prose of a note, as Markdown written: what is not a formula (KaTeX typesets `$…$` into
 * other glyphs: superscripts, fractions) and not markup.
 */
function proseRuns(note: string): string[][] {
  return note
    .split(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/)
    .map(run => words(run.replace(/\[click(?::\d+)?\]/gi, ' ')))
    .filter(run => run.length > 0)
}

/** Whether `needle` occurs in `haystack` as consecutive words. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  const joined = ` ${haystack.join(' ')} `
  return joined.includes(` ${needle.join(' ')} `)
}

let pages: string[]
let notes: SlideNote[]

beforeAll(async () => {
  // `--handout --mfu 0.3`, made by whichever of this file and export.test.ts asks first.
  handoutPdf = await sharedExport('handout-mfu-30')
  const count = Number((await pdfInfo(handoutPdf)).Pages)
  pages = await Promise.all(Array.from({ length: count }, (_, i) => pageText(handoutPdf, i + 1)))
  notes = await renderedSlideNotes('slides.md')
}, 600_000)

describe('npm run export -- --handout: the reader\'s copy', () => {
  it('has one page per slide, each with its slide\'s title and number', () => {
    expect(pages).toHaveLength(slideCount)
    expect(notes).toHaveLength(slideCount)
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`Slide ${i + 1} of ${slideCount}`)
    })
  })

  it('carries every slide\'s speaker notes, word for word, on that slide\'s page', () => {
    const withNotes = notes.filter(n => n.note.trim() !== '')
    expect(withNotes.length).toBeGreaterThanOrEqual(slideCount - 2)
    for (const { no, note } of withNotes) {
      const page = words(pages[no - 1]!)
      for (const run of proseRuns(note))
        expect(containsRun(page, run), `slide ${no}: "${run.slice(0, 12).join(' ')}…" is not on page ${no}`).toBe(true)
    }
  })

  it('states the scenario on every page', () => {
    pages.forEach((text, i) => {
      expect(text.replace(/\s+/g, ' '), `page ${i + 1}`).toMatch(/Computed for: .*MFU 30%/)
    })
  })

  it('prints the numbers behind a chart as text: every price of the GPU price chart', () => {
    const page = pages.find(text => text.trimStart().startsWith('Costs GPU\n'))
    expect(page, 'no page titled "Costs GPU"').toBeDefined()
    const rows = offerRows()
    expect(rows.length).toBeGreaterThan(5)
    for (const row of rows) {
      expect(page).toContain(row.label)
      for (const usd of Object.values(row.usdPerGpuHour)) {
        if (usd !== null)
          expect(page, `${row.label}: ${formatUsd(usd)}`).toContain(formatUsd(usd))
      }
    }
  })

  it('fits the longest table on its page: the utilization chart\'s 30 points, down to its last line', () => {
    const utilization = pages.find(text => text.trimStart().startsWith('A100 ~60%'))!
    expect(utilization).toContain('Published MFU and HFU against model size')
    expect(utilization).toContain('Megatron-LM A100, HFU')
    expect(utilization).toContain('Current MFU: 30%')
  })

  it('typesets the formulas of slides and notes as text, not as TeX source', () => {
    const all = pages.join('\n')
    expect(all).not.toMatch(/\\(?:text|frac|tfrac)\{|\$\$/)
    // The notes' GPU-hours formula (KaTeX in the notes of "Costs GPU: what 10²¹ FLOPs cost").
    const work = pages.find(text => text.trimStart().startsWith('Costs GPU: what'))!
    expect(work).toContain('GPU-hours =')
    expect(work).toContain('peak FLOP/s × MFU × 3600 s')
    // The slide's MFU and HFU definitions, and the notes' HFU = 4/3 MFU.
    const utilization = pages.find(text => text.trimStart().startsWith('A100 ~60%'))!
    expect(utilization).toMatch(/MFU\s*=/)
    expect(utilization).toContain('chips × peak')
    // KaTeX's \tfrac{4}{3} reads as its numerator and denominator, in either order.
    expect(utilization.replace(/\s+/g, ' ')).toMatch(/so HFU = 4 ?(?:3 )?MFU/)
  })

  it('has the talk\'s title and author in its metadata, and an outline', async () => {
    const info = await pdfInfo(handoutPdf)
    expect(info.Title).toBe('Challenges for scaling DL models with GPUs')
    expect(info.Author).toBe('Sergi Guimerà Roig')
    expect(await outlineCount(handoutPdf)).toBeGreaterThanOrEqual(8)
  })

  it('is tagged: headings, tables, and each chart a figure named as in the deck', async () => {
    expect((await pdfInfo(handoutPdf)).Tagged).toBe('yes')
    const { roles, figureAlts } = await pdfStructure(handoutPdf)
    expect(roles.H1).toBeGreaterThanOrEqual(slideCount - 2)
    // The handout's notes heading on every page, and the figures' tables with their captions.
    expect(roles.H2).toBeGreaterThanOrEqual(slideCount)
    expect(roles.Table).toBeGreaterThanOrEqual(12)
    expect(roles.Caption).toBeGreaterThanOrEqual(11)
    expect(figureAlts).toContain('Price per GPU-hour by vendor')
    expect(figureAlts).toContain('Training cost against parameters')
  })

  it('leaves no scratch file next to its output', async () => {
    expect(await readdir(OUT_DIR)).toEqual(['handout-mfu-30.pdf'])
  })
})
