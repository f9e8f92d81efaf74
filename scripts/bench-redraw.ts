/**
 * `npm run bench:redraw [-- --dist DIR] [--edits 200] [--slides 12,15]`: how long an assumption edit
 * takes until every figure on the visible slide is redrawn, in real Chromium on the built deck.
 *
 * Each edit is made at the start of a frame (in a requestAnimationFrame callback) through the store
 * the deck exposes (`window.__deckAssumptions`, set up by global-top.vue); the clock stops after the
 * browser has rendered that frame (a message posted from the callback runs once the frame's style,
 * layout and paint are done), or later if a chart is still drawing: every canvas draw (chart.js clears
 * its canvas first) is timestamped, and the edit counts as settled only after two frames with no draw.
 * The heaviest slides are those with the most `[data-figure]` elements and plots (canvases, SVG plots).
 * Target: p95 ≤ 16 ms (one frame at 60 Hz). The last line is `formatRedrawSummary`'s, which
 * `npm run bench` reads back with `parseRedrawSummary` (./bench/summary-lines.ts).
 */
import type { Page } from 'playwright-chromium'
import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs, promisify } from 'node:util'
import { quantile } from './bench/stats'
import { formatRedrawSummary } from './bench/summary-lines'
import { openBuiltDeck } from './lib/built-deck'
import { findChromium } from './lib/chromium'
import { countRenderedSlides } from './lib/slide-count'
import { routeTo, waitForMounted } from './lib/slide-navigation'

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    edits: { type: 'string', default: '200' },
    slides: { type: 'string' },
    heaviest: { type: 'string', default: '3' },
  },
})

const EDITS = Math.max(1, Number(values.edits))
const MFU_CYCLE = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]

/** The `p`th percentile (0–100) of the samples. */
function percentile(samples: readonly number[], p: number): number {
  return quantile(samples, p / 100)
}

async function goSlide(page: Page, no: number): Promise<void> {
  await routeTo(page, no)
  await waitForMounted(page, no)
}

/** Timestamps every canvas draw: chart.js clears the canvas at the start of each frame it draws. */
function instrumentCanvas(): void {
  const draws = new Map<HTMLCanvasElement, number>()
  const clear = CanvasRenderingContext2D.prototype.clearRect
  CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof clear>) {
    draws.set(this.canvas, performance.now())
    return clear.apply(this, args)
  }
  window.__canvasDraws = draws
}

/**
 * One edit in the page; returns ms from the edit to the settled frame, and what was redrawn. The edit
 * goes through the store (`mfu`), or is one step of a drag of the panel's MFU slider (`drag`: the
 * slider's position, 0 … 1000), as a speaker's finger makes it.
 */
async function measureEdit(page: Page, no: number, edit: { mfu: number } | { drag: number }): Promise<{ ms: number, firstFrameMs: number, lateFrames: number, canvases: number, redrawn: number }> {
  return page.evaluate(([slideNo, change]) => new Promise((done) => {
    const store = window.__deckAssumptions!
    const draws = window.__canvasDraws!
    const slide = document.querySelector(`[data-slidev-no="${slideNo}"]`)!
    const canvases = Array.from(slide.querySelectorAll('canvas'))
    const frame = (): Promise<number> => new Promise(r => requestAnimationFrame(t => r(t)))
    const afterRender = (): Promise<number> => new Promise((r) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => r(performance.now())
      channel.port2.postMessage(0)
    })
    requestAnimationFrame(async () => {
      const t0 = performance.now()
      if ('mfu' in change) {
        store.set('mfu', change.mfu)
      }
      else {
        const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="MFU (slider)"]')!
        slider.value = String(change.drag)
        slider.dispatchEvent(new Event('input', { bubbles: true }))
      }
      let settled = await afterRender()
      const firstFrame = settled
      // A chart still animating draws in the next frames: wait for two quiet frames.
      let quiet = 0
      let lateFrames = 0
      while (quiet < 2) {
        await frame()
        const t = await afterRender()
        const last = Math.max(0, ...canvases.map(c => draws.get(c) ?? 0))
        if (last > settled) {
          settled = t
          quiet = 0
          lateFrames++
        }
        else {
          quiet++
        }
      }
      const redrawn = canvases.filter(c => (draws.get(c) ?? 0) >= t0).length
      done({
        ms: settled - t0,
        firstFrameMs: firstFrame - t0,
        lateFrames,
        canvases: canvases.length,
        redrawn,
      })
    })
  }), [no, edit] as const)
}

const found = await findChromium()
if ('error' in found) {
  console.error(`bench-redraw: ${found.error}`)
  process.exit(2)
}
let dist = values.dist
if (!dist) {
  dist = '.tmp/bench-redraw-dist'
  console.log(`building the deck into ${dist} ...`)
  await promisify(execFile)(resolve('node_modules/.bin/slidev'), ['build', 'slides.md', '--out', dist], { maxBuffer: 64 * 1024 * 1024 })
}
const deck = await openBuiltDeck(dist, found.path)
const { base, browser } = deck
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 720 },
  })
  // tsx compiles with esbuild's keepNames, which wraps functions in `__name(...)`: give the page one.
  await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || (fn => fn)' })
  await page.addInitScript(instrumentCanvas)
  await page.goto(`${base}/1`)
  await waitForMounted(page, 1)
  // The store is exposed once the deck has gone live, just after the first slide (global-top.vue).
  await page.waitForFunction(() => '__deckAssumptions' in window)
  const total = await countRenderedSlides('slides.md')

  // Weigh every slide by what an edit has to redraw on it.
  let slides: number[]
  if (values.slides) {
    slides = values.slides.split(',').map(Number)
  }
  else {
    // A plot counts double whatever draws it: a chart.js canvas or an SVG plot (the scaling wall).
    const weights: { no: number, figures: number, plots: number }[] = []
    for (let no = 1; no <= total; no++) {
      await goSlide(page, no)
      const weight = await page.evaluate(n => ({
        figures: document.querySelectorAll(`[data-slidev-no="${n}"] [data-figure]`).length,
        plots: document.querySelectorAll(`[data-slidev-no="${n}"] canvas, [data-slidev-no="${n}"] [data-figure] svg[role="img"]`).length,
      }), no)
      weights.push({ no, ...weight })
    }
    weights.sort((x, y) => (y.plots * 2 + y.figures) - (x.plots * 2 + x.figures))
    slides = weights.slice(0, Number(values.heaviest)).map(w => w.no)
  }

  const all: number[] = []
  console.log(`${EDITS} MFU edits per slide, Chromium ${browser.version()}`)
  for (const no of slides) {
    await goSlide(page, no)
    await page.waitForTimeout(1500) // first-draw animations finish
    for (let i = 0; i < 10; i++) // warm-up: the first edit also turns chart animation off
      await measureEdit(page, no, { mfu: MFU_CYCLE[i % MFU_CYCLE.length]! })
    const times: number[] = []
    const firstFrames: number[] = []
    let animated = 0
    let canvases = 0
    let redrawnMin = Number.POSITIVE_INFINITY
    for (let i = 0; i < EDITS; i++) {
      const result = await measureEdit(page, no, { mfu: MFU_CYCLE[(i + 1) % MFU_CYCLE.length]! })
      times.push(result.ms)
      firstFrames.push(result.firstFrameMs)
      if (result.lateFrames > 0)
        animated++
      canvases = result.canvases
      redrawnMin = Math.min(redrawnMin, result.redrawn)
    }
    const sorted = [...times].sort((x, y) => x - y)
    all.push(...times)
    const figures = await page.evaluate(n => document.querySelectorAll(`[data-slidev-no="${n}"] [data-figure]`).length, no)
    console.log(`slide ${no}: ${figures} figures, ${canvases} canvases (each edit redrew at least ${redrawnMin}): p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms; edit to end of its own frame p50 ${percentile([...firstFrames].sort((x, y) => x - y), 50).toFixed(1)} ms; ${animated} edits still drawing after that frame`)
  }

  // A drag of the MFU slider on the heaviest slide: every step redraws, as the finger moves.
  const heaviest = slides[0]!
  await goSlide(page, heaviest)
  await page.getByRole('button', { name: /^Assumptions/ }).first().click()
  await page.locator('input[type="range"][aria-label="MFU (slider)"]').waitFor()
  const drag: number[] = []
  for (let i = 0; i < EDITS; i++) {
    // Back and forth over the track in steps of 10 (a hundredth of it), as a slow drag.
    const step = i % 200
    const position = step < 100
      ? step * 10
      : (200 - step) * 10
    drag.push((await measureEdit(page, heaviest, { drag: position })).ms)
  }
  const dragSorted = [...drag].sort((x, y) => x - y)
  console.log(`drag of the MFU slider on slide ${heaviest}, ${drag.length} steps: p50 ${percentile(dragSorted, 50).toFixed(1)} ms, p95 ${percentile(dragSorted, 95).toFixed(1)} ms, max ${dragSorted[dragSorted.length - 1]!.toFixed(1)} ms`)
  all.push(...drag)

  const sorted = all.sort((x, y) => x - y)
  console.log(formatRedrawSummary({
    samples: sorted.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
  }))
}
finally {
  await deck.close()
}
