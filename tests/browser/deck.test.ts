import type { WatchedPage } from './chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Chromium } from './chromium'
import { BROKEN, openSlide } from './deck-helpers'
import { elementsOutside, inkedPixels } from './slide-checks'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')

/** What one visit of a slide found: every check below reads these, so each slide is opened once. */
interface SlideVisit {
  no: number
  text: string
  katexCount: number
  mermaidSvgs: number
  mermaidWithText: number
  canvasInk: number[]
  overflowing: string[]
}

let chromium: Chromium
let watched: WatchedPage
const visits: SlideVisit[] = []

async function visit(no: number): Promise<SlideVisit> {
  const slide = await openSlide(watched.page, deckUrl, no)
  const canvases = slide.locator('canvas')
  const canvasInk: number[] = []
  for (let i = 0; i < await canvases.count(); i++) {
    const canvas = canvases.nth(i)
    await canvas.waitFor({ state: 'visible' })
    // chart.js may animate in: poll until the drawing has ink (or 10 s pass) rather than sleeping.
    let ink = await inkedPixels(canvas)
    for (const deadline = Date.now() + 10_000; ink <= 1000 && Date.now() < deadline; ink = await inkedPixels(canvas))
      await watched.page.waitForTimeout(100)
    canvasInk.push(ink)
  }
  const mermaid = slide.locator('.mermaid svg')
  let mermaidWithText = 0
  for (let i = 0; i < await mermaid.count(); i++) {
    if (await mermaid.nth(i).locator('text, foreignObject').count() > 0)
      mermaidWithText++
  }
  return {
    no,
    text: (await slide.innerText()).trim(),
    katexCount: await slide.locator('.katex').count(),
    mermaidSvgs: await mermaid.count(),
    mermaidWithText,
    canvasInk,
    overflowing: await elementsOutside(slide, { tolerancePx: 0.5 }),
  }
}

beforeAll(async () => {
  chromium = await Chromium.launch()
  watched = await chromium.watchedPage()
  for (let no = 1; no <= slideCount; no++)
    visits.push(await visit(no))
}, 600_000)

afterAll(async () => {
  await chromium?.close()
})

describe('the built deck in Chromium', () => {
  it('has the talk\'s sections', () => {
    expect(slideCount).toBeGreaterThanOrEqual(14)
    expect(visits).toHaveLength(slideCount)
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

  it('has speaker notes on every slide', async () => {
    const missing: number[] = []
    for (let no = 1; no <= slideCount; no++) {
      await watched.page.goto(`${deckUrl}/presenter/${no}`)
      const notes = watched.page.locator('.slidev-presenter .grid-section.note')
      await notes.waitFor({ state: 'visible' })
      // Notes render after the slide: give them a moment before calling them missing.
      const hasNotes = await expect.poll(async () => (await notes.innerText()).trim().length, { timeout: 5000 })
        .toBeGreaterThanOrEqual(20)
        .then(() => true, () => false)
      if (!hasNotes)
        missing.push(no)
    }
    expect(missing).toEqual([])
  })
})
