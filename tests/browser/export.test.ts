// `npm run export`: the PDF a reader gets, read back with poppler. The run's two real exports are
// shared between this file and handout-export.test.ts (./shared-export.ts): `--with-clicks --mfu 0.6`
// as a process, which most checks read; and the handout at MFU 30%, read here as the scenario that
// differs only in MFU and as the one-page-a-slide PDF. One refusal runs as a process (exit code 2); the
// rest of the export's bad input is tests/tooling/export-args.test.ts.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { deepSeekVersusDense, DEFAULT_ASSUMPTIONS, formatFlops, formatGpuHours, formatUsd, offerRows, wallIn2026 } from '../../packages/llm-training-cost/src/engine'
import { estimateJson } from '../unit/support/estimate-cli'
import { exportProcess } from './export-run'
import { imageInkByPage, outlineCount, pageTexts, parseUsd, pdfFonts, pdfInfo, pdfStructure } from './pdf-tools'
import { EXPORT_DIR, sharedExport } from './shared-export'

const slideCount = inject('slideCount')
const OUT_DIR = resolve(EXPORT_DIR)

/** One exported scenario: the file and each page's text. */
interface Exported { pdf: string, pages: string[] }

async function read(pdf: string): Promise<Exported> {
  return { pdf, pages: await pageTexts(pdf, Number((await pdfInfo(pdf)).Pages)) }
}

function pageTitled(exported: Exported, title: string): string {
  const page = exported.pages.find(text => text.trimStart().startsWith(title))
  if (!page)
    throw new Error(`no page titled "${title}"`)
  return page
}

/** The engine's cost of the 1T model in the scaling-wall table: the second dollar figure of its row. */
function wallCostUsd(exported: Exported): number {
  const row = pageTitled(exported, 'Dense Transformer Scaling Wall').split('\n').find(line => /^\s*1T parameters/.test(line))
  const dollars = row?.match(/\$[\d.,]+[kMBT]?/g)
  if (!dollars || dollars.length < 2)
    throw new Error(`no engine cost in the 1T row: ${row}`)
  return parseUsd(dollars[1]!)
}

/** `--with-clicks --mfu 0.6`: a page per build-up step. */
let at60: Exported
/** The handout at MFU 30%: each page its slide at its final click, then its notes and its charts' tables. */
let at30: Exported

beforeAll(async () => {
  at60 = await read(await sharedExport('mfu-60'))
  // Made by whichever of this file and handout-export.test.ts asks first.
  at30 = await read(await sharedExport('handout-mfu-30'))
}, 900_000)

/** The five limits of the "Not so fast" overview, each a click. */
const LIMITS = [
  'memory',
  'utilization',
  'failures',
  'power',
  'data',
] as const
/** The limits a page names as headings: set in capitals ("MEMORY"), side by side on a printed line. */
const limitsOn = (page: string): string[] => LIMITS.filter(limit => new RegExp(`\\b${limit.toUpperCase()}\\b`).test(page))
/** The pages of the "Not so fast" overview (not its figure slides, "Not so fast: …"). */
const overviewPages = (exported: Exported): string[] => exported.pages.filter(text => /^\s*Not so fast\s*\n/.test(text))

describe('npm run export: the PDF a reader gets', () => {
  it('has a page per build-up step, each with text, and no NaN, Infinity or undefined (one page a slide: handout-export.test.ts)', () => {
    at60.pages.forEach((text, i) => expect(text.trim().length, `page ${i + 1} has no text`).toBeGreaterThan(0))
    const all = at60.pages.join('\n').replace(/\s+/g, ' ')
    expect(all).toContain('Challenges for scaling DL models with GPUs')
    expect(all).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/)
  })

  it('carries title and author metadata (the outline: the handout, and below)', async () => {
    const info = await pdfInfo(at60.pdf)
    expect(info.Title).toBe('Challenges for scaling DL models with GPUs')
    expect(info.Author).toBe('Sergi Guimerà Roig')
  })

  it('is tagged: each chart a figure with its accessible name, its numbers a table', async () => {
    expect((await pdfInfo(at60.pdf)).Tagged).toBe('yes')
    const { roles, figureAlts } = await pdfStructure(at60.pdf)
    expect(roles.Table).toBeGreaterThanOrEqual(12)
    expect(figureAlts).toContain('Price per GPU-hour by vendor')
  })

  it('embeds every font', async () => {
    const fonts = await pdfFonts(at60.pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
  })

  it('draws every chart: each chart image has ink', async () => {
    const ink = await imageInkByPage(at60.pdf)
    const images = [
      ...ink.values(),
    ].flat()
    expect(images.length).toBeGreaterThanOrEqual(8)
    for (const [page, perImage] of ink) {
      for (const pixels of perImage)
        expect(pixels, `a chart on page ${page} is blank`).toBeGreaterThan(2000)
    }
  })

  it('prints the scaling wall\'s two plots as vectors: their axis titles and ticks are text in the PDF', () => {
    const wall = at60.pages.find(text => text.includes('Dense Transformer Scaling Wall'))!
    expect(wall).toContain('Training cost (USD, log)')
    expect(wall).toMatch(/Days on 100k GPUs \(log\)/)
    expect(wall.match(/Parameters \(log scale\)/g)).toHaveLength(2)
    expect(wall).toContain('10T')
  })

  it('carries a chart\'s numbers as text (its invisible table over the chart): every price of the GPU price chart', () => {
    const page = pageTitled(at60, 'Costs GPU\n')
    for (const row of offerRows()) {
      expect(page).toContain(row.label)
      for (const usd of Object.values(row.usdPerGpuHour)) {
        if (usd !== null)
          expect(page, `${row.label}: ${formatUsd(usd)}`).toContain(formatUsd(usd))
      }
    }
  })

  it('stamps every computed page with the scenario it was computed under', () => {
    const stamped = at60.pages.filter(text => text.includes('Computed for:'))
    expect(stamped.length).toBeGreaterThanOrEqual(10)
    for (const text of stamped)
      expect(text.replace(/\s+/g, ' ')).toMatch(/Computed for: .*MFU 60%/)
    // The wall page and the teaser are computed pages.
    expect(pageTitled(at60, 'Dense Transformer Scaling Wall')).toContain('Computed for:')
  })

  it('follows its scenario: the wall\'s 1T cost at MFU 30% is twice the cost at 60%', () => {
    const ratio = wallCostUsd(at30) / wallCostUsd(at60)
    // Three significant digits on the page: allow for rounding of both figures.
    expect(ratio).toBeGreaterThan(1.98)
    expect(ratio).toBeLessThan(2.02)
  })

  it('prints the same headline numbers as the command line for the same scenario', () => {
    const estimate = estimateJson('--params', '1e12', '--gpus', '100000', '--mfu', '0.3', '--json')
    const teaser = pageTitled(at30, 'Cost').replace(/\s+/g, ' ')
    expect(teaser).toContain(formatUsd(estimate.costUsd))
    expect(teaser).toContain(formatFlops(estimate.trainingFlops))
    expect(teaser).toContain(formatGpuHours(estimate.gpuHours))
  })

  it('prints the appendix "Since the talk" after the references, computed under its scenario', () => {
    const titles = [
      'Since the talk: the runs after 2023',
      'Since the talk: DeepSeek-V3’s $5.6M',
      'Since the talk: the wall in 2026',
      'Since the talk: hardware since the A100',
    ]
    const firstReferences = at60.pages.findIndex(text => text.trimStart().startsWith('References'))
    expect(firstReferences).toBeGreaterThan(0)
    for (const title of titles) {
      const page = pageTitled(at60, title)
      expect(at60.pages.indexOf(page), title).toBeGreaterThan(firstReferences)
      expect(page.replace(/\s+/g, ' '), title).toMatch(/Computed for: .*MFU 60%/)
    }
    // The figures follow the exported scenario, not the defaults.
    const at60Chain = deepSeekVersusDense({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(pageTitled(at60, titles[1]!)).toContain(formatUsd(at60Chain.steps[0]!.costUsd))
    const wall30 = wallIn2026({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    expect(pageTitled(at30, titles[2]!)).toContain(formatUsd(wall30.rows[0]!.estimate.costUsd))
  })

  it('prints the "Not so fast" section, one headline a slide', () => {
    const page = (title: string): string => pageTitled(at60, title).replace(/\s+/g, ' ')
    expect(page('Not so fast: utilization falls with cluster size')).toMatch(/MFU on 100k GPUs, not 60%/)
    expect(page('Not so fast: more GPUs stop buying time')).toMatch(/days at least, on any cluster: 49,152 sequences a step \(the batch-size law's 101M tokens\); \d+\.\d months at the 2021 batch/)
    expect(page('Not so fast: failures eat the run')).toMatch(/of the time trains on 100k GPUs: a failure every/)
    expect(page('Not so fast: power and data')).toMatch(/MW for 100k GPUs · 10T needs 50% of all public text/)
  })

  it('prints each slide at its final click without --with-clicks: PaLM\'s run on today\'s GPUs, all five "Not so fast" limits', () => {
    expect(pageTitled(at30, 'PaLM')).toContain('The same 540B')
    expect(overviewPages(at30)).toHaveLength(1)
    expect(limitsOn(overviewPages(at30)[0]!)).toEqual([...LIMITS])
  })

  it('with --with-clicks prints every build-up step: the "Not so fast" limits one by one, PaLM before and after', () => {
    console.log(`--with-clicks: ${at60.pages.length} pages for ${slideCount} slides`)
    expect(overviewPages(at60).map(page => limitsOn(page).length)).toEqual([0, 1, 2, 3, 4, 5])
    const palm = at60.pages.filter(text => text.trimStart().startsWith('PaLM'))
    expect(palm.map(page => page.includes('The same 540B'))).toEqual([false, true])
    // A page per step on top of one per slide: the overview's limits and PaLM's one click.
    expect(at60.pages).toHaveLength(slideCount + LIMITS.length + 1)
  })

  it('with --with-clicks leaves out Slidev\'s outline, whose page count after printing is not to be trusted with click pages', async () => {
    expect(await outlineCount(at60.pdf)).toBe(0)
    // Without clicks, one entry per titled slide at least covers every section of the talk.
    expect(await outlineCount(at30.pdf)).toBeGreaterThanOrEqual(8)
  })

  it('leaves no scratch file next to its output', async () => {
    expect(await readdir(OUT_DIR)).toEqual(['mfu-60.pdf'])
  })
})

describe('npm run export: bad input, as a process', () => {
  it('--mfu 0: one line naming --mfu, exit code 2, no file', async () => {
    const pdf = resolve(OUT_DIR, 'bad.pdf')
    const result = await exportProcess(['--output', pdf, '--mfu', '0'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('--mfu')
    expect(existsSync(pdf), `${pdf} left behind`).toBe(false)
  })
})
