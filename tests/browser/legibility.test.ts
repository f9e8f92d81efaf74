// Every slide of the built deck as the back row of a room sees it (issue 16): projected at 1280 × 720,
// at its final click, every text at least 18 px, at most 80 words outside the sources, sources and the
// scenario line at least 12 px on at most two lines (./legibility.ts). The references slides are the
// exception: they are there to be read in the PDF. Contrast is checked in the dark scheme here; the
// light scheme is the accessibility test's (axe-core on every slide).
import type { Page } from 'playwright-chromium'
import type { WatchedPage } from './chromium'
import type { SlideLegibility } from './legibility'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Chromium } from './chromium'
import { openSlide } from './deck-helpers'
import { LEGIBILITY_RULE, legibilityProblems, measureLegibility } from './legibility'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

interface MeasuredSlide {
  no: number
  title: string
  /** v-click steps still hidden after opening the slide at its last click: 0 at the final state. */
  hiddenSteps: number
  measured: SlideLegibility
}

let chromium: Chromium
let watched: WatchedPage
const slides: MeasuredSlide[] = []

/**
 * Opens slide `no` at its final click. Each v-click target is at most one step, so their count is at
 * least the slide's last click; Slidev clamps the query to the slide's own total.
 */
async function openAtLastClick(page: Page, no: number): Promise<MeasuredSlide> {
  let slide = await openSlide(page, deckUrl, no)
  const steps = await slide.locator('.slidev-vclick-target').count()
  if (steps > 0)
    slide = await openSlide(page, deckUrl, no, `?clicks=${steps}`)
  // Charts and diagrams settle their layout once after mounting.
  await page.waitForTimeout(300)
  const heading = slide.locator('h1').first()
  return {
    no,
    title: await heading.count() > 0
      ? (await heading.innerText()).trim()
      : '',
    hiddenSteps: await slide.locator('.slidev-vclick-hidden').count(),
    measured: await measureLegibility(slide),
  }
}

async function contrastViolations(page: Page): Promise<string[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_SOURCE })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { help: string, nodes: { target: string[], failureSummary?: string }[] }[] }> } }).axe
    const result = await axe.run(document, {
      runOnly: ['color-contrast'],
      resultTypes: ['violations'],
    })
    return result.violations.flatMap(v => v.nodes.map(n => `${n.target.join(' ')}: ${(n.failureSummary ?? v.help).split('\n').at(-1)?.trim()}`))
  })
}

beforeAll(async () => {
  chromium = await Chromium.launch()
  watched = await chromium.watchedPage()
  for (let no = 1; no <= slideCount; no++)
    slides.push(await openAtLastClick(watched.page, no))
}, 600_000)

afterAll(async () => {
  await chromium?.close()
})

const isReferences = (s: MeasuredSlide): boolean => s.title.startsWith('References')

describe('every slide, read from the back row at 1280 × 720', () => {
  it('opens every slide at its final click: nothing left hidden', () => {
    expect(slides).toHaveLength(slideCount)
    expect(slides.filter(s => s.hiddenSteps > 0).map(s => `slide ${s.no} "${s.title}"`)).toEqual([])
  })

  it(`holds every slide but the references to ${LEGIBILITY_RULE.minBodyPx} px, ${LEGIBILITY_RULE.maxWords} words, footnotes ≥ ${LEGIBILITY_RULE.minFootnotePx} px on ≤ ${LEGIBILITY_RULE.maxFootnoteLines} lines`, () => {
    const held = slides.filter(s => !isReferences(s))
    for (const s of held) {
      const m = s.measured
      console.log(`${String(s.no).padStart(2)} ${s.title || '(title slide)'}: smallest ${Math.min(...m.body.map(r => r.px)).toFixed(1)} px, ${m.words} words, footnotes on ${m.footnoteLines.map(f => f.lines).join(' + ') || 0} lines`)
    }
    expect(held.flatMap(s => legibilityProblems(s.measured).map(p => `slide ${s.no} "${s.title}": ${p}`))).toEqual([])
  })

  it('measures what is on the slide: text in mermaid diagrams and KaTeX formulas counts', () => {
    const byTitle = (title: string): MeasuredSlide => slides.find(s => s.title === title)!
    // The Transformer diagram is mermaid (drawn in a shadow root); the matrix slide is KaTeX.
    expect(byTitle('The Transformer').measured.body.map(r => r.text)).toContain('Linear + softmax')
    expect(byTitle('A Transformer is matrix multiplication').measured.body.map(r => r.text)).toContain('∑')
  })

  it('exempts only the references, which are read in the PDF and the handout', () => {
    const exempt = slides.filter(isReferences)
    expect(exempt.length).toBeGreaterThanOrEqual(1)
    expect(exempt.every(s => legibilityProblems(s.measured).length > 0)).toBe(true)
  })

  it('keeps text contrast (WCAG AA, axe-core) on every slide in the dark scheme', async () => {
    const { page } = watched
    await page.emulateMedia({ colorScheme: 'dark' })
    const violations: string[] = []
    for (let no = 1; no <= slideCount; no++) {
      await openSlide(page, deckUrl, no)
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), `slide ${no} in dark mode`).toBe(true)
      violations.push(...(await contrastViolations(page)).map(v => `slide ${no}: ${v}`))
    }
    await page.emulateMedia({ colorScheme: 'light' })
    expect(violations).toEqual([])
  }, 300_000)
})
