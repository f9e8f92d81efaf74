/**
 * One visit of every slide of the built deck, in one page, recording everything deck.test.ts asserts
 * on: what a slide shows (title, text, KaTeX, mermaid, ink per canvas, overflow), what a screen reader
 * gets (axe-core, each chart's name and table) and what the back row reads at the slide's final click
 * (legibility, text contrast in the light and the dark scheme). Each measure used to open every slide
 * in a browser of its own; here a slide is reached once per colour scheme, inside the running app.
 */
import type { Locator, Page } from 'playwright-chromium'
import type { SlideLegibility } from './legibility'
import { loadAxe } from './axe'
import { goSlide, openSlide, overflowing } from './deck-helpers'
import { measureLegibility } from './legibility'
import { inkedPixels } from './slide-checks'

export interface Violation { id: string, impact: string | null, help: string, targets: string[] }

export interface ChartFound {
  /** `canvas` or `svg`. */
  kind: string
  role: string | null
  name: string | null
  /** Rows of the table that follows it in the same figure, and that table's caption. */
  tableRows: number
  caption: string | null
}

/** axe-core's colour-contrast check on one slide: violations, and how many texts it judged. */
export interface Contrast { violations: string[], judged: number }

export interface SlideVisit {
  no: number
  /** The slide's first heading, '' without one. */
  title: string
  /** At the slide's first click, as it opens. */
  text: string
  katexCount: number
  mermaidSvgs: number
  mermaidWithText: number
  canvasInk: number[]
  overflowing: string[]
  /** axe-core over the whole page with this slide on screen (colour contrast: see `axeOnPage`). */
  violations: Violation[]
  charts: ChartFound[]
  /** v-click targets on the slide: at least its last click. */
  steps: number
  /** v-click steps still hidden at the slide's final click: 0 when it got there. */
  hiddenSteps: number
  /** At the final click. */
  legibility: SlideLegibility
  /** Whether the page had turned dark for the dark contrast check. */
  darkened: boolean
  contrast: Record<'light' | 'dark', Contrast>
}

/** A chart.js chart may animate in: poll until its canvas has ink, or 10 s pass, and return the ink. */
async function settledInk(page: Page, canvas: Locator): Promise<number> {
  await canvas.waitFor({ state: 'visible' })
  let ink = await inkedPixels(canvas)
  for (const deadline = Date.now() + 10_000; ink <= 1000 && Date.now() < deadline; ink = await inkedPixels(canvas))
    await page.waitForTimeout(100)
  return ink
}

/**
 * Waits until nothing on the page moves (no finite animation or transition left, at most 3 s) and two
 * frames have drawn: charts and diagrams settle their layout once after mounting, and a slide
 * transition must be over before text is measured where it lands.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = (): Promise<void> => new Promise(r => requestAnimationFrame(() => r()))
    const until = performance.now() + 3000
    for (let quiet = 0; quiet < 2 && performance.now() < until;) {
      await frame()
      const running = document.getAnimations().filter(a => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity)
      quiet = running.length === 0
        ? quiet + 1
        : 0
      if (running.length > 0) {
        await Promise.race([
          Promise.all(running.map(a => a.finished.catch(() => undefined))),
          new Promise(r => setTimeout(r, Math.max(0, until - performance.now()))),
        ])
      }
    }
  })
}

/**
 * axe-core over the whole page (the slide, Slidev's controls, the assumptions layer), every rule.
 * `withContrast: false` leaves out colour contrast, the slowest rule: on the slide it can only say
 * "incomplete" here (the overlays, see `OVERLAYS`), and it is judged by `contrast` on every slide in
 * both schemes; around the slide the page is the same on every slide, and judged on the first.
 */
async function axeOnPage(page: Page, withContrast: boolean): Promise<Violation[]> {
  await loadAxe(page)
  return page.evaluate(async (contrastRule) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string, impact: string | null, help: string, nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      rules: {
        'color-contrast': { enabled: contrastRule },
      },
    })
    return result.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map(n => n.target.join(' ')),
    }))
  }, withContrast)
}

async function chartsOnSlide(slide: Locator): Promise<ChartFound[]> {
  return slide.evaluate(root => [
    ...root.querySelectorAll('canvas, svg[role="img"]'),
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

/**
 * Two transparent layers lie over every slide, both `pointer-events: none`: Slidev's drawing preview
 * (an empty SVG) and the deck's assumptions layer, which only positions the speaker's small toggle
 * (faint on purpose: it is not the room's to read). axe-core cannot see through them and leaves every
 * text's contrast "incomplete", so they are hidden while it looks.
 */
const OVERLAYS = '#slide-content > [data-assumptions-layer], #slide-content > svg.pointer-events-none'

/** axe-core's colour-contrast check on the slide on screen. */
async function contrast(page: Page, no: number): Promise<Contrast> {
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

/**
 * Shows slide `no` at its final click inside the app. Each v-click target is at most one step, so
 * their count is at least the slide's last click; Slidev clamps the query to the slide's own total.
 * Returns the slide once no step is left hidden (or 5 s have passed: the record then says how many are).
 */
async function atFinalClick(page: Page, no: number, steps: number): Promise<Locator> {
  const slide = await goSlide(page, no, steps > 0
    ? `?clicks=${steps}`
    : '')
  if (steps > 0)
    await slide.locator('.slidev-vclick-hidden').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {})
  await settle(page)
  return slide
}

const isDark = (page: Page): Promise<boolean> => page.evaluate(() => document.documentElement.classList.contains('dark'))

/**
 * Visits slides 1 to `slideCount` of the deck at `deckUrl` in `page` (1280 × 720, light scheme): the
 * deck is loaded once, at slide 1, and every other slide is reached inside the app; then once more in
 * the dark scheme, for the contrast check. Leaves the page light again.
 */
export async function visitDeck(page: Page, deckUrl: string, slideCount: number): Promise<SlideVisit[]> {
  const visits: Omit<SlideVisit, 'darkened' | 'contrast'>[] = []
  const light: Contrast[] = []
  for (let no = 1; no <= slideCount; no++) {
    const slide = no === 1
      ? await openSlide(page, deckUrl, 1)
      : await goSlide(page, no)
    const canvases = slide.locator('canvas')
    const canvasInk: number[] = []
    for (let i = 0; i < await canvases.count(); i++)
      canvasInk.push(await settledInk(page, canvases.nth(i)))
    const mermaid = slide.locator('.mermaid svg')
    let mermaidWithText = 0
    for (let i = 0; i < await mermaid.count(); i++) {
      if (await mermaid.nth(i).locator('text, foreignObject').count() > 0)
        mermaidWithText++
    }
    const heading = slide.locator('h1').first()
    const first = {
      no,
      title: await heading.count() > 0
        ? (await heading.innerText()).trim()
        : '',
      text: (await slide.innerText()).trim(),
      katexCount: await slide.locator('.katex').count(),
      mermaidSvgs: await mermaid.count(),
      mermaidWithText,
      canvasInk,
      overflowing: await overflowing(page, no, 0.5),
      violations: await axeOnPage(page, no === 1),
      charts: await chartsOnSlide(slide),
      steps: await slide.locator('.slidev-vclick-target').count(),
    }
    const final = await atFinalClick(page, no, first.steps)
    visits.push({
      ...first,
      hiddenSteps: await final.locator('.slidev-vclick-hidden').count(),
      legibility: await measureLegibility(final),
    })
    light.push(await contrast(page, no))
  }
  // The deck follows the system's scheme: turn it dark once, then walk the slides again.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.waitForFunction(() => document.documentElement.classList.contains('dark'), undefined, { timeout: 5_000 }).catch(() => {})
  const dark: { darkened: boolean, contrast: Contrast }[] = []
  for (const { no, steps } of visits) {
    // Mermaid redraws in the dark theme (goSlide waits for its diagrams); charts take the dark
    // colours on the next frame (atFinalClick waits for two).
    await atFinalClick(page, no, steps)
    dark.push({ darkened: await isDark(page), contrast: await contrast(page, no) })
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.waitForFunction(() => !document.documentElement.classList.contains('dark'))
  return visits.map((v, i) => ({
    ...v,
    darkened: dark[i]!.darkened,
    contrast: { light: light[i]!, dark: dark[i]!.contrast },
  }))
}
