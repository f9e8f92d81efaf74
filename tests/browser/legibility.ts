/**
 * What the back row can read on one slide, measured in Chromium as projected (the page at 1280 × 720,
 * Slidev scaling its 980-px canvas to fit): every visible text node's rendered font size, in CSS px of
 * the window, and the words outside the sources. Sources (`[data-sources]`, `.deck-source`) and the
 * "Computed for" line (`[data-scenario]`) are measured apart: they may be small (≥ 12 px), not long
 * (≤ 2 lines). Chart canvases hold no DOM text: their fonts are held to the rule in Node
 * (tests/unit/chart-fonts.test.ts).
 */
import type { Locator } from 'playwright-chromium'

export interface TextRun {
  text: string
  /** Rendered font size in window px: the computed size × every scale between it and the window. */
  px: number
}

export interface SlideLegibility {
  /** Text of the slide proper (title, figures, tables, SVG plots). */
  body: TextRun[]
  /** Sources and the scenario line. */
  footnotes: TextRun[]
  /** Lines each footnote block takes on screen. */
  footnoteLines: { text: string, lines: number }[]
  words: number
}

/** Measures the slide on screen. */
export function measureLegibility(slide: Locator): Promise<SlideLegibility> {
  return slide.evaluate((root) => {
    const FOOTNOTE = '[data-sources], .deck-source, [data-scenario]'
    const body: { text: string, px: number }[] = []
    const footnotes: { text: string, px: number }[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    let words = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim()
      const parent = node.parentElement
      if (!text || !parent)
        continue
      // Hidden text (a closed panel, a v-click not yet shown, a chart's text alternative for screen
      // readers and the PDF's text layer) is not what the room reads.
      if (parent.closest('[aria-hidden="true"], .sr-only, .chart-alternative, .slidev-vclick-hidden, .katex-mathml, [data-assumptions-layer], [data-assumptions-panel], details:not([open]) > :not(summary), style, script'))
        continue
      const box = parent.getBoundingClientRect()
      const style = getComputedStyle(parent)
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0)
        continue
      // Scale from the element's CSS px to the window's: its box against its layout width.
      const el = parent as HTMLElement & SVGElement
      const layoutWidth = (el as HTMLElement).offsetWidth || 0
      let scale = layoutWidth > 0
        ? box.width / layoutWidth
        : 1
      const svg = parent.closest('svg')
      if (svg && layoutWidth === 0) {
        const view = svg.viewBox.baseVal
        const svgBox = svg.getBoundingClientRect()
        scale = view && view.width > 0
          ? svgBox.width / view.width
          : svgBox.width / (svg as unknown as HTMLElement).clientWidth
      }
      const run = { text, px: Number.parseFloat(style.fontSize) * scale }
      if (parent.closest(FOOTNOTE)) {
        footnotes.push(run)
      }
      else {
        body.push(run)
        words += text.split(' ').filter(w => /\p{L}/u.test(w)).length
      }
    }
    const footnoteLines = [
      ...root.querySelectorAll<HTMLElement>('[data-sources], [data-scenario]'),
    ]
      .filter(el => el.getBoundingClientRect().height > 0)
      .map((el) => {
        const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || Number.parseFloat(getComputedStyle(el).fontSize) * 1.5
        const scale = el.getBoundingClientRect().height / el.offsetHeight
        return {
          text: (el.textContent ?? '').trim().slice(0, 60),
          lines: Math.round(el.getBoundingClientRect().height / (lineHeight * scale)),
        }
      })
    return {
      body,
      footnotes,
      footnoteLines,
      words,
    }
  })
}

/** Issue 16's rule for a slide projected at 1280 × 720. */
export const LEGIBILITY_RULE = {
  minBodyPx: 18,
  maxWords: 80,
  minFootnotePx: 12,
  maxFootnoteLines: 2,
} as const

/**
 * What breaks the rule on a measured slide, one line each; empty when the back row can read it.
 *
 * @example
 * legibilityProblems(await measureLegibility(slide)) // ['text at 14.6 px: "Chowdhery et al."']
 */
export function legibilityProblems(m: SlideLegibility): string[] {
  const rule = LEGIBILITY_RULE
  const small = m.body.filter(r => r.px < rule.minBodyPx - 0.05)
  const tinyNotes = m.footnotes.filter(r => r.px < rule.minFootnotePx - 0.05)
  const longNotes = m.footnoteLines.filter(f => f.lines > rule.maxFootnoteLines)
  return [
    ...small.slice(0, 3).map(r => `text at ${r.px.toFixed(1)} px: "${r.text.slice(0, 40)}"`),
    ...m.words > rule.maxWords
      ? [`${m.words} words (at most ${rule.maxWords})`]
      : [],
    ...tinyNotes.slice(0, 2).map(r => `footnote at ${r.px.toFixed(1)} px: "${r.text.slice(0, 40)}"`),
    ...longNotes.map(f => `footnote on ${f.lines} lines: "${f.text}"`),
  ]
}
