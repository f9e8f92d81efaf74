// Every slide of the built deck as the back row of a room sees it (issue 16): projected at 1280 × 720,
// at its final click, every text at least 18 px, at most 80 words outside the sources, sources and the
// scenario line at least 12 px on at most two lines (./legibility.ts). The references slides are the
// exception: they are there to be read in the PDF. Text contrast (axe-core) is checked on every slide
// in the light and the dark scheme.
import type { Page } from 'playwright-chromium'
import type { WatchedPage } from './chromium'
import type { SlideLegibility } from './legibility'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadAxe } from './axe'
import { Chromium } from './chromium'
import { openSlide, waitForSlide } from './deck-helpers'
import { LEGIBILITY_RULE, legibilityProblems, measureLegibility } from './legibility'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')

interface MeasuredSlide {
  no: number
  title: string
  /** v-click steps still hidden after opening the slide at its last click: 0 at the final state. */
  hiddenSteps: number
  measured: SlideLegibility
  /** Whether the page had turned dark for the contrast check. */
  darkened: boolean
  /** axe-core's colour-contrast check in each scheme. */
  contrast: Record<'light' | 'dark', { violations: string[], judged: number }>
}

let chromium: Chromium
let watched: WatchedPage
const slides: MeasuredSlide[] = []

/**
 * Opens slide `no` at its final click and measures it, then turns the page dark (the deck follows the
 * system's scheme) for the contrast check, and light again. Each v-click target is at most one step,
 * so their count is at least the slide's last click; Slidev clamps the query to the slide's own total.
 */
async function measureSlide(page: Page, no: number): Promise<MeasuredSlide> {
  let slide = await openSlide(page, deckUrl, no)
  const steps = await slide.locator('.slidev-vclick-target').count()
  if (steps > 0)
    slide = await openSlide(page, deckUrl, no, `?clicks=${steps}`)
  // Charts and diagrams settle their layout once after mounting.
  await page.waitForTimeout(300)
  const heading = slide.locator('h1').first()
  const measured = {
    no,
    title: await heading.count() > 0
      ? (await heading.innerText()).trim()
      : '',
    hiddenSteps: await slide.locator('.slidev-vclick-hidden').count(),
    measured: await measureLegibility(slide),
    light: await contrast(page, no),
  }
  const isDark = (): Promise<boolean> => page.evaluate(() => document.documentElement.classList.contains('dark'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'), undefined, { timeout: 5_000 }).catch(() => {})
  // Mermaid redraws in the dark theme; charts take the dark colours on the next frame.
  await waitForSlide(page, no)
  await page.waitForTimeout(200)
  const darkened = await isDark()
  const dark = await contrast(page, no)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.waitForFunction(() => !document.documentElement.classList.contains('dark'))
  const { light, ...rest } = measured
  return {
    ...rest,
    darkened,
    contrast: { light, dark },
  }
}

/**
 * Two transparent layers lie over every slide, both `pointer-events: none`: Slidev's drawing preview
 * (an empty SVG) and the deck's assumptions layer, which only positions the speaker's small toggle
 * (faint on purpose: it is not the room's to read). axe-core cannot see through them and leaves every
 * text's contrast "incomplete", so they are hidden while it looks.
 */
const OVERLAYS = '#slide-content > [data-assumptions-layer], #slide-content > svg.pointer-events-none'

/** axe-core's colour-contrast check on the slide on screen: violations, and how many texts it judged. */
async function contrast(page: Page, no: number): Promise<{ violations: string[], judged: number }> {
  await loadAxe(page)
  return page.evaluate(async ({ no, overlays }) => {
    const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<Record<'violations' | 'passes', { help: string, nodes: { target: string[], failureSummary?: string }[] }[]>> } }).axe
    const hide = document.createElement('style')
    hide.textContent = `${overlays} { display: none !important; }`
    document.head.append(hide)
    try {
      const result = await axe.run({
        include: [`[data-slidev-no="${no}"]`],
      }, {
        runOnly: ['color-contrast'],
        resultTypes: ['violations', 'passes'],
      })
      const violations = result.violations.flatMap(v => v.nodes.map(n => `${n.target.join(' ')}: ${(n.failureSummary ?? v.help).split('\n').at(-1)?.trim()}`))
      return { violations, judged: violations.length + result.passes.reduce((sum, v) => sum + v.nodes.length, 0) }
    }
    finally {
      hide.remove()
    }
  }, { no, overlays: OVERLAYS })
}

beforeAll(async () => {
  chromium = await Chromium.launch()
  watched = await chromium.watchedPage()
  for (let no = 1; no <= slideCount; no++)
    slides.push(await measureSlide(watched.page, no))
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

  it.each(['light', 'dark'] as const)('keeps text contrast (WCAG AA, axe-core) on every slide in the %s scheme', (scheme) => {
    expect(slides.filter(s => !s.darkened).map(s => s.no), 'slides that did not turn dark').toEqual([])
    const judged = slides.reduce((sum, s) => sum + s.contrast[scheme].judged, 0)
    console.log(`${scheme}: ${judged} texts judged for contrast on ${slides.length} slides`)
    // axe judged the texts (it leaves them "incomplete" when it cannot see their background).
    expect(slides.filter(s => s.contrast[scheme].judged === 0).map(s => s.no)).toEqual([])
    expect(slides.flatMap(s => s.contrast[scheme].violations.map(v => `slide ${s.no}: ${v}`))).toEqual([])
  })
})
