// Part 1 of the talk in the built deck: what its slides say and compute. Each slide's ink, broken
// numbers and overflow are checked with every slide (deck.test.ts), and so is its chart count.
import { describe, expect, it } from 'vitest'
import { partOfTalk } from './deck-helpers'
import { PART_1_TITLES as TITLES } from './talk-parts'

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

  it('logs no console error and makes no request off the machine', () => {
    expect(watched().consoleErrors).toEqual([])
    expect(watched().offMachineRequests).toEqual([])
  })
})
