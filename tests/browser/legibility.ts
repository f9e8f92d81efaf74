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
export async function measureLegibility(slide: Locator): Promise<SlideLegibility> {
  // tsx and vitest compile named functions with esbuild's `__name` helper, which the page lacks.
  await slide.page().evaluate('globalThis.__name ??= (f => f)')
  return slide.evaluate((root) => {
    const FOOTNOTE = '[data-sources], .deck-source, [data-scenario]'
    // Hidden text (a closed panel, a v-click not yet shown, a chart's text alternative for screen
    // readers and the PDF's text layer, KaTeX's MathML copy) is not what the room reads. Text hidden
    // from assistive technology only (KaTeX's HTML is `aria-hidden`) is on screen, so it is measured.
    const HIDDEN = '.sr-only, .chart-alternative, .slidev-vclick-hidden, .katex-mathml, [data-assumptions-layer], details:not([open]) > :not(summary), style, script'

    /** The element above `el`, out of a shadow root to its host (mermaid draws into one). */
    const up = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null)
    const closest = (el: Element, selector: string): Element | null => {
      for (let e: Element | null = el; e; e = up(e)) {
        if (e.matches(selector))
          return e
      }
      return null
    }
    /** Every text node under `node`, shadow roots included. */
    const textNodes = (node: Node): Text[] => {
      const found: Text[] = []
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE)
          found.push(n as Text)
        else if ((n as Element).shadowRoot)
          found.push(...textNodes((n as Element).shadowRoot!))
      }
      return found
    }
    /**
     * From an element's CSS px to the window's: a box's drawn width against its layout width. offsetWidth
     * is a whole number, so a narrow box ("%") gives a rough ratio: take the nearest HTML box at least
     * 200 px wide, the element's own or an ancestor's, without leaving an SVG (a label in a diagram's
     * foreignObject is scaled with its SVG). An SVG's own text scales by its viewBox.
     */
    const scaleOf = (el: Element): number => {
      let measured: HTMLElement | null = null
      for (let e: Element | null = el; e instanceof HTMLElement; e = up(e)) {
        if (e.offsetWidth > 0 && measured === null)
          measured = e
        if (e.offsetWidth >= 200) {
          measured = e
          break
        }
      }
      if (measured)
        return measured.getBoundingClientRect().width / measured.offsetWidth
      const svg = el.closest('svg')
      if (!svg)
        return 1
      const view = svg.viewBox.baseVal
      const svgBox = svg.getBoundingClientRect()
      return view && view.width > 0
        ? svgBox.width / view.width
        : svgBox.width / svg.clientWidth
    }

    const body: { text: string, px: number }[] = []
    const footnotes: { text: string, px: number }[] = []
    let words = 0
    for (const node of textNodes(root)) {
      // Zero-width characters (KaTeX's struts hold one) are not text anyone reads.
      const text = (node.textContent ?? '').replace(/[\u200B-\u200D\uFEFF]/g, '').replace(/\s+/g, ' ').trim()
      const parent = node.parentElement
      if (!text || !parent || closest(parent, HIDDEN))
        continue
      const box = parent.getBoundingClientRect()
      const style = getComputedStyle(parent)
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0)
        continue
      const run = { text, px: Number.parseFloat(style.fontSize) * scaleOf(parent) }
      if (closest(parent, FOOTNOTE)) {
        footnotes.push(run)
      }
      else {
        body.push(run)
        // KaTeX sets each symbol apart: a formula is counted once below, not glyph by glyph.
        if (!parent.closest('.katex'))
          words += text.split(' ').filter(w => /\p{L}/u.test(w)).length
      }
    }
    words += [
      ...root.querySelectorAll('.katex'),
    ].filter(el => el.getBoundingClientRect().height > 0).length
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
