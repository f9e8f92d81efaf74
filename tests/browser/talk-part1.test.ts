import { describe, expect, it } from 'vitest'
import { partOfTalk } from './deck-helpers'
import { elementsOutside, inkedPixels } from './slide-checks'

/** The slides of part 1, found by their title so a slide added elsewhere does not shift them. */
const TITLES = [
  'Intro',
  'Models: same compute ≠ same model',
  'The Transformer',
  'A Transformer is matrix multiplication',
  'GPU: what one accelerator gives',
  'Roofline: compute- or memory-bound?',
  'Scale: models grow',
  'Scale: compute-optimal, or under-trained?',
  'Scalability',
  'A100 ~60% Model/Hardware FLOPS',
  'What utilization does to time and cost',
] as const

const { slideNo, watched, open } = partOfTalk(TITLES)

describe('talk part 1 in Chromium', () => {
  it('has every slide of part 1, in the talk\'s order', () => {
    expect([
      ...slideNo.keys(),
    ].sort()).toEqual([...TITLES].sort())
    const numbers = TITLES.map(t => slideNo.get(t)!)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  })

  it('the ≠ slide shows Gopher and Chinchilla with FLOPs of the same order as the published 5.76e23', async () => {
    const slide = await open('Models: same compute ≠ same model')
    const flops = await slide.locator('[data-value="trainingFlops"]').allInnerTexts()
    expect(flops).toHaveLength(2)
    for (const text of flops)
      expect(text).toMatch(/^5\.\d+e23 FLOP/)
    expect(await slide.locator('[data-value="publishedFlops"]').innerText()).toBe('5.76e23 FLOP')
    expect(await slide.locator('[data-model="gopher"] h3').innerText()).toBe('Gopher')
    expect(await slide.locator('[data-model="chinchilla"] h3').innerText()).toBe('Chinchilla')
  })

  it('the matrix slide renders KaTeX matrices with no KaTeX error', async () => {
    const slide = await open('A Transformer is matrix multiplication')
    await expect.poll(() => slide.locator('[data-katex-matrix] .katex').count()).toBeGreaterThan(0)
    expect(await slide.locator('[data-gemm] .katex').count()).toBe(6)
    expect(await slide.locator('.katex-error').count()).toBe(0)
    expect(await slide.locator('[data-value="matmulShare"]').innerText()).toMatch(/^99\.\d+%$/)
  })

  it('the Transformer and Scalability slides draw their mermaid diagrams', async () => {
    for (const title of ['The Transformer', 'Scalability'] as const) {
      const slide = await open(title)
      expect(await slide.locator('.mermaid svg').count(), title).toBeGreaterThan(0)
    }
  })

  it('every chart of part 1 has ink', async () => {
    let charts = 0
    for (const title of TITLES) {
      const slide = await open(title)
      const canvases = slide.locator('canvas')
      for (let i = 0; i < await canvases.count(); i++) {
        await expect.poll(() => inkedPixels(canvases.nth(i)), { timeout: 10_000 }).toBeGreaterThan(1000)
        charts++
      }
    }
    // Roofline, model sizes, compute-optimal frontier, utilization, cost against MFU.
    expect(charts).toBe(5)
  })

  it('no slide of part 1 shows NaN, Infinity or undefined, and nothing leaves the slide', async () => {
    for (const title of TITLES) {
      const slide = await open(title)
      const text = await slide.innerText()
      expect(text, title).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/)
      // Charts resize once the slide has its final scale: poll until the layout settles.
      await expect.poll(() => elementsOutside(slide), { timeout: 5000, message: title }).toEqual([])
    }
    expect(watched().consoleErrors).toEqual([])
    expect(watched().offMachineRequests).toEqual([])
  })
})
