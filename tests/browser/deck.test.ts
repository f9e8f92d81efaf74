// The built deck in Chromium, every slide: drawn, clean and inside its box; read by a screen reader
// (axe-core, charts with names and tables); read from the back row of a room (issue 16: projected at
// 1280 × 720, at its final click, every text at least 18 px, at most 80 words outside the sources,
// sources and the scenario line at least 12 px on at most two lines, ./legibility.ts; the references
// are the exception, read in the PDF), text contrast in the light and the dark scheme. One visit of
// the deck (./visit.ts) records what all of these read, so each slide is reached once per scheme.
import type { WatchedPage } from './chromium'
import type { SlideVisit } from './visit'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Chromium } from './chromium'
import { BROKEN, normalTitle, openSlide, slideNumbersByTitle } from './deck-helpers'
import { LEGIBILITY_RULE, legibilityProblems } from './legibility'
import { APPENDIX_TITLES, PART_1_TITLES, PART_2_TITLES } from './talk-parts'
import { visitDeck } from './visit'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')

let chromium: Chromium
let watched: WatchedPage
let visits: SlideVisit[] = []

beforeAll(async () => {
  chromium = await Chromium.open()
  watched = await chromium.watchedPage()
  visits = await visitDeck(watched.page, deckUrl, slideCount)
}, 600_000)

afterAll(async () => {
  await chromium?.close()
})

/** The visits of the slides titled `titles` (each title's first slide, found in slides.md). */
function visitsOf(titles: readonly string[]): SlideVisit[] {
  return [
    ...slideNumbersByTitle(titles).values(),
  ].map(no => visits[no - 1]!)
}

describe('the built deck in Chromium', () => {
  it('has the talk\'s sections', () => {
    expect(slideCount).toBeGreaterThanOrEqual(14)
    expect(visits).toHaveLength(slideCount)
  })

  it('shows on each slide the title slides.md gives it, so tests can find slides by title without visiting them', () => {
    const titles = inject('slideTitles')
    expect(titles).toHaveLength(slideCount)
    const differ = visits
      .filter(v => v.title !== '' && normalTitle(v.title) !== normalTitle(titles[v.no - 1]!))
      .map(v => `slide ${v.no}: shows "${v.title}", slides.md says "${titles[v.no - 1]}"`)
    expect(differ).toEqual([])
    // Every titled slide the part tests use has its heading on screen.
    for (const title of [
      ...PART_1_TITLES,
      ...PART_2_TITLES,
      ...APPENDIX_TITLES,
    ])
      expect(visits.some(v => normalTitle(v.title) === normalTitle(title)), title).toBe(true)
  })

  it('renders every slide with text and no broken figure', () => {
    for (const { no, text } of visits) {
      expect(text.length, `slide ${no} has no text`).toBeGreaterThan(0)
      expect(text, `slide ${no} shows a broken number`).not.toMatch(BROKEN)
    }
  })

  it('logs no console error and makes no request off the machine', () => {
    expect(watched.consoleErrors).toEqual([])
    expect(watched.offMachineRequests).toEqual([])
  })

  it('keeps every element inside its slide: nothing overflows the 16:9 box', () => {
    for (const { no, overflowing } of visits)
      expect(overflowing, `slide ${no} overflows`).toEqual([])
  })

  it('opens on the title slide with the talk, speaker, date and venue', () => {
    const { text } = visits[0]!
    expect(text).toContain('Challenges for scaling DL models with GPUs')
    expect(text).toContain('Sergi Guimerà Roig')
    expect(text).toContain('23 October 2023')
    expect(text).toContain('UPC')
  })

  it('renders KaTeX and mermaid', () => {
    expect(visits.reduce((sum, v) => sum + v.katexCount, 0)).toBeGreaterThan(0)
    const diagrams = visits.reduce((sum, v) => sum + v.mermaidSvgs, 0)
    expect(diagrams).toBeGreaterThan(0)
    expect(visits.reduce((sum, v) => sum + v.mermaidWithText, 0)).toBe(diagrams)
  })

  it('draws every chart: each canvas has ink', () => {
    const canvases = visits.flatMap(v => v.canvasInk.map((ink, i) => ({ no: v.no, i, ink })))
    expect(canvases.length).toBeGreaterThan(0)
    for (const { no, i, ink } of canvases)
      expect(ink, `canvas ${i} on slide ${no} is blank`).toBeGreaterThan(1000)
  })

  it('draws the charts of each part of the talk', () => {
    const charts = (titles: readonly string[]): number => visitsOf(titles).reduce((sum, v) => sum + v.canvasInk.length, 0)
    // Part 1: roofline, model sizes, compute-optimal frontier, utilization, cost against MFU.
    expect(charts(PART_1_TITLES)).toBe(5)
    // Part 2: prices, sota costs, the four "Not so fast" figures (five canvases), the tornado (the
    // scaling wall is SVG: talk-part2.test.ts).
    expect(charts(PART_2_TITLES)).toBeGreaterThanOrEqual(8)
    // The appendix: the cost trend.
    expect(visitsOf(['Since the talk: the wall in 2026'])[0]!.canvasInk.length).toBeGreaterThan(0)
    // The Transformer and Scalability slides draw their mermaid diagrams.
    for (const v of visitsOf(['The Transformer', 'Scalability']))
      expect(v.mermaidSvgs, v.title).toBeGreaterThan(0)
  })

  it('opens the presenter view with the current slide, the next one and the notes', async () => {
    await watched.page.goto(`${deckUrl}/presenter/2`)
    const presenter = watched.page.locator('.slidev-presenter')
    await presenter.waitFor({ state: 'visible' })
    await expect.poll(() => presenter.locator('[data-slidev-no="2"]').count()).toBeGreaterThan(0)
    await expect.poll(() => presenter.locator('[data-slidev-no="3"]').count()).toBeGreaterThan(0)
    await expect.poll(async () => (await presenter.locator('.grid-section.note').innerText()).length).toBeGreaterThan(20)
    expect(watched.consoleErrors).toEqual([])
    expect(watched.offMachineRequests).toEqual([])
  })
})

const isReferences = (v: SlideVisit): boolean => v.title.startsWith('References')

describe('every slide, read from the back row at 1280 × 720', () => {
  it('opens every slide at its final click: nothing left hidden', () => {
    expect(visits).toHaveLength(slideCount)
    expect(visits.filter(v => v.steps > 0).length, 'slides with clicks').toBeGreaterThan(0)
    expect(visits.filter(v => v.hiddenSteps > 0).map(v => `slide ${v.no} "${v.title}"`)).toEqual([])
  })

  it(`holds every slide but the references to ${LEGIBILITY_RULE.minBodyPx} px, ${LEGIBILITY_RULE.maxWords} words, footnotes ≥ ${LEGIBILITY_RULE.minFootnotePx} px on ≤ ${LEGIBILITY_RULE.maxFootnoteLines} lines`, () => {
    const held = visits.filter(v => !isReferences(v))
    for (const v of held) {
      const m = v.legibility
      console.log(`${String(v.no).padStart(2)} ${v.title || '(title slide)'}: smallest ${Math.min(...m.body.map(r => r.px)).toFixed(1)} px, ${m.words} words, footnotes on ${m.footnoteLines.map(f => f.lines).join(' + ') || 0} lines`)
    }
    expect(held.flatMap(v => legibilityProblems(v.legibility).map(p => `slide ${v.no} "${v.title}": ${p}`))).toEqual([])
  })

  it('measures what is on the slide: text in mermaid diagrams and KaTeX formulas counts', () => {
    const byTitle = (title: string): SlideVisit => visits.find(v => v.title === title)!
    // The Transformer diagram is mermaid (drawn in a shadow root); the matrix slide is KaTeX.
    expect(byTitle('The Transformer').legibility.body.map(r => r.text)).toContain('Linear + softmax')
    expect(byTitle('A Transformer is matrix multiplication').legibility.body.map(r => r.text)).toContain('∑')
  })

  it('exempts only the references, which are read in the PDF and the handout', () => {
    const exempt = visits.filter(isReferences)
    expect(exempt.length).toBeGreaterThanOrEqual(1)
    expect(exempt.every(v => legibilityProblems(v.legibility).length > 0)).toBe(true)
  })

  it.each(['light', 'dark'] as const)('keeps text contrast (WCAG AA, axe-core) on every slide in the %s scheme', (scheme) => {
    expect(visits.filter(v => !v.darkened).map(v => v.no), 'slides that did not turn dark').toEqual([])
    const judged = visits.reduce((sum, v) => sum + v.contrast[scheme].judged, 0)
    console.log(`${scheme}: ${judged} texts judged for contrast on ${visits.length} slides`)
    // axe judged the texts (it leaves them "incomplete" when it cannot see their background).
    expect(visits.filter(v => v.contrast[scheme].judged === 0).map(v => v.no)).toEqual([])
    expect(visits.flatMap(v => v.contrast[scheme].violations.map(c => `slide ${v.no}: ${c}`))).toEqual([])
  })
})

// Text contrast is checked above, in both schemes: over the deck's transparent overlays axe-core
// leaves it "incomplete" in this whole-page run.
describe('the built deck, to a screen reader', () => {
  it('has no serious or critical axe-core violation on any slide', () => {
    expect(visits).toHaveLength(slideCount)
    const serious = visits.flatMap(v => v.violations
      .filter(x => x.impact === 'serious' || x.impact === 'critical')
      .map(x => `slide ${v.no}: ${x.id} (${x.impact}): ${x.help}: ${x.targets.slice(0, 3).join(', ')}`))
    expect(serious).toEqual([])
  })

  it('names every chart and gives it a table of its numbers, captioned with the same name', () => {
    const charts = visits.flatMap(v => v.charts.map(c => ({ no: v.no, ...c })))
    // The talk's chart.js charts and the scaling wall's two SVG plots.
    expect(charts.filter(c => c.kind === 'canvas').length).toBeGreaterThanOrEqual(8)
    expect(charts.filter(c => c.kind === 'svg')).toHaveLength(2)
    for (const chart of charts) {
      const where = `a ${chart.kind} on slide ${chart.no}`
      expect(chart.role, where).toBe('img')
      expect(chart.name?.length ?? 0, where).toBeGreaterThan(5)
      expect(chart.tableRows, where).toBeGreaterThan(0)
      expect(chart.caption, where).toBe(chart.name)
    }
  })

  it('keeps Slidev\'s menus working with the fixed toggle (no button inside a button): "More Options" opens its menu', async () => {
    const { page } = watched
    await openSlide(page, deckUrl, 1)
    const toggle = page.getByRole('button', { name: 'More Options' })
    await toggle.hover()
    await toggle.click()
    await expect.poll(() => page.locator('.z-menu').count()).toBeGreaterThan(0)
    expect(await page.locator('button button').count()).toBe(0)
  })
})
