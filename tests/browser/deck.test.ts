import type { WatchedPage } from './chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Chromium } from './chromium'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')

let chromium: Chromium
let watched: WatchedPage

/** Opens slide `no` and waits until it has mounted and every async component has loaded. */
async function openSlide(no: number): Promise<ReturnType<WatchedPage['page']['locator']>> {
  await watched.page.goto(`${deckUrl}/${no}`)
  const slide = watched.page.locator(`[data-slidev-no="${no}"]`)
  await slide.waitFor({ state: 'visible' })
  // The slide's own component loads lazily; its layout root appears once it has mounted.
  await slide.locator('.slidev-layout').first().waitFor({ state: 'visible' })
  await slide.locator('.slidev-slide-loading').waitFor({ state: 'detached' })
  // Mermaid renders asynchronously into a shadow root; wait for each diagram's SVG.
  const diagrams = slide.locator('.mermaid')
  for (let i = 0; i < await diagrams.count(); i++)
    await diagrams.nth(i).locator('svg').first().waitFor({ state: 'visible' })
  return slide
}

/** Non-transparent pixels in a canvas: a chart that drew nothing has none. */
async function inkedPixels(canvas: ReturnType<WatchedPage['page']['locator']>): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
    let inked = 0
    for (let i = 3; i < data.length; i += 4) {
      if (data[i]! > 0)
        inked++
    }
    return inked
  })
}

beforeAll(async () => {
  chromium = await Chromium.launch()
  watched = await chromium.watchedPage()
})

afterAll(async () => {
  await chromium?.close()
})

describe('the built deck in Chromium', () => {
  it('has the talk\'s sections', () => {
    expect(slideCount).toBeGreaterThanOrEqual(9)
  })

  it('renders every slide with text and no broken figure', async () => {
    for (let no = 1; no <= slideCount; no++) {
      const slide = await openSlide(no)
      const text = (await slide.innerText()).trim()
      expect(text.length, `slide ${no} has no text`).toBeGreaterThan(0)
      expect(text, `slide ${no} shows a broken number`).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/)
    }
    expect(watched.consoleErrors).toEqual([])
    expect(watched.offMachineRequests).toEqual([])
  })

  it('opens on the title slide with the talk, speaker, date and venue', async () => {
    const text = await (await openSlide(1)).innerText()
    expect(text).toContain('Challenges for scaling DL models with GPUs')
    expect(text).toContain('Sergi Guimerà Roig')
    expect(text).toContain('23 October 2023')
    expect(text).toContain('UPC')
  })

  it('renders KaTeX and mermaid', async () => {
    let katex = 0
    let mermaidSvgs = 0
    for (let no = 1; no <= slideCount; no++) {
      const slide = await openSlide(no)
      katex += await slide.locator('.katex').count()
      const mermaid = slide.locator('.mermaid svg')
      if (await mermaid.count() > 0) {
        await mermaid.first().waitFor({ state: 'visible' })
        mermaidSvgs += await mermaid.count()
        expect(await mermaid.first().locator('text, foreignObject').count()).toBeGreaterThan(0)
      }
    }
    expect(katex).toBeGreaterThan(0)
    expect(mermaidSvgs).toBeGreaterThan(0)
  })

  it('draws every chart: each canvas has ink', async () => {
    let charts = 0
    for (let no = 1; no <= slideCount; no++) {
      const slide = await openSlide(no)
      const canvases = slide.locator('canvas')
      for (let i = 0; i < await canvases.count(); i++) {
        const canvas = canvases.nth(i)
        await canvas.waitFor({ state: 'visible' })
        // chart.js animates in; poll until the drawing settles rather than sleeping.
        await expect.poll(() => inkedPixels(canvas), { timeout: 10_000 }).toBeGreaterThan(1000)
        charts++
      }
    }
    expect(charts).toBeGreaterThan(0)
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
