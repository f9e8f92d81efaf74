// The built deck read by assistive technology, checked with axe-core in real Chromium: no serious or
// critical violation on any slide, and every chart (chart.js canvas or SVG) has a name and its
// numbers as a table a screen reader can walk. Text contrast is checked by legibility.test.ts, in both
// schemes: over the deck's transparent overlays axe-core leaves it "incomplete" here.
import type { Page } from 'playwright-chromium'
import type { WatchedPage } from './chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadAxe } from './axe'
import { Chromium } from './chromium'
import { openSlide } from './deck-helpers'

const deckUrl = inject('deckUrl')
const slideCount = inject('slideCount')

interface Violation { id: string, impact: string | null, help: string, targets: string[] }

interface ChartFound {
  /** `canvas` or `svg`. */
  kind: string
  role: string | null
  name: string | null
  /** Rows of the table that follows it in the same figure, and that table's caption. */
  tableRows: number
  caption: string | null
}

interface SlideA11y { no: number, violations: Violation[], charts: ChartFound[] }

let chromium: Chromium
let watched: WatchedPage
const slides: SlideA11y[] = []

async function axeOnSlide(page: Page): Promise<Violation[]> {
  await loadAxe(page)
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string, impact: string | null, help: string, nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, {
      resultTypes: ['violations'],
    })
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map(n => n.target.join(' ')),
    }))
  })
}

async function chartsOnSlide(page: Page, no: number): Promise<ChartFound[]> {
  return page.locator(`[data-slidev-no="${no}"]`).evaluate(slide => [
    ...slide.querySelectorAll('canvas, svg[role="img"]'),
  ].map((chart) => {
    const box = chart.closest('.live-chart, .chart-box')
    const table = box?.querySelector('[data-figure-table] table') ?? null
    return {
      kind: chart.tagName.toLowerCase(),
      role: chart.getAttribute('role'),
      name: chart.getAttribute('aria-label'),
      tableRows: table?.querySelectorAll('tbody tr').length ?? 0,
      caption: table?.querySelector('caption')?.textContent?.trim() ?? null,
    }
  }))
}

beforeAll(async () => {
  chromium = await Chromium.launch()
  watched = await chromium.watchedPage()
  for (let no = 1; no <= slideCount; no++) {
    await openSlide(watched.page, deckUrl, no)
    slides.push({ no, violations: await axeOnSlide(watched.page), charts: await chartsOnSlide(watched.page, no) })
  }
}, 600_000)

afterAll(async () => {
  await chromium?.close()
})

describe('the built deck, to a screen reader', () => {
  it('has no serious or critical axe-core violation on any slide', () => {
    expect(slides).toHaveLength(slideCount)
    const serious = slides.flatMap(s => s.violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `slide ${s.no}: ${v.id} (${v.impact}): ${v.help}: ${v.targets.slice(0, 3).join(', ')}`))
    expect(serious).toEqual([])
  })

  it('names every chart and gives it a table of its numbers, captioned with the same name', () => {
    const charts = slides.flatMap(s => s.charts.map(c => ({ no: s.no, ...c })))
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
