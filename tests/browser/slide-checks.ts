/**
 * What the browser tests check on a rendered slide: that a chart's canvas has ink, and that nothing
 * leaves the slide's box.
 */
import type { Locator } from 'playwright-chromium'

/** Non-transparent pixels in a canvas: a chart that drew nothing has none. */
export async function inkedPixels(canvas: Locator): Promise<number> {
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

export interface OutsideOptions {
  /** How far past the box an edge may go, for sub-pixel layout. */
  tolerancePx?: number
  /**
   * A container whose size the slide must fit (a selector in the document), when it is not the slide
   * element's own: measured where the slide sits, and reported when it is scrolled.
   */
  boxSelector?: string
}

/**
 * Elements of `slide` whose box leaves the slide's box, described as `tag.classes "text"`. Not counted:
 * what has no size or is hidden; KaTeX's MathML copy and struts (off-box on purpose, invisible);
 * shapes inside an SVG (clipped to it: KaTeX's stretchy braces draw 8000 px paths), the SVG itself is
 * checked; the assumptions layer over the slide; what a box on the slide that scrolls holds beyond its
 * edges (measured by the part it shows).
 */
export async function elementsOutside(slide: Locator, options: OutsideOptions = {}): Promise<string[]> {
  // Overflow is what stays outside: an element caught mid-move (a slide transition, a redraw on a
  // loaded machine) is measured again half a second later, and only what is outside both times counts.
  const first = await measureOutside(slide, options)
  if (first.length === 0)
    return first
  await new Promise(r => setTimeout(r, 500))
  const again = new Set(await measureOutside(slide, options))
  return first.filter(o => again.has(o))
}

async function measureOutside(slide: Locator, { tolerancePx = 1, boxSelector }: OutsideOptions): Promise<string[]> {
  return slide.evaluate(async (root, [tolerance, selector]) => {
    // The deck slides in (`transition: slide-left`): measure once the transition has run, or an
    // entering slide sits half outside its box. Finite animations only, and at most 2 s.
    // A transition starts a frame or two after the route changes, so look again until none is left.
    const frame = (): Promise<void> => new Promise(r => requestAnimationFrame(() => r()))
    const until = performance.now() + 2000
    for (let quiet = 0; quiet < 2 && performance.now() < until;) {
      await frame()
      const running = document.getAnimations().filter(a => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity)
      if (running.length === 0) {
        quiet++
        continue
      }
      quiet = 0
      await Promise.race([
        Promise.all(running.map(a => a.finished.catch(() => undefined))),
        new Promise(r => setTimeout(r, Math.max(0, until - performance.now()))),
      ])
    }
    // And until the slide itself sits in its box: under load the transition may not have begun yet.
    const container = selector
      ? document.querySelector(selector as string)
      : null
    const boxNow = (): DOMRect => (container ?? root).getBoundingClientRect()
    for (const deadline = performance.now() + 3000; performance.now() < deadline;) {
      const r = (root as Element).getBoundingClientRect()
      const b = boxNow()
      if (Math.abs(r.left - b.left) < 2 && Math.abs(r.top - b.top) < 2)
        break
      await frame()
    }
    // The box has the container's size but sits where the slide is: a slide that is still moving
    // (a background window of a loaded machine gets few frames, and its transition can stall past the
    // wait) moves with everything on it, and that is Slidev's transition, not overflow. What the room
    // would see shifted, a container scrolled to show a focused element, is reported by itself.
    const size = boxNow()
    const at = (root as Element).getBoundingClientRect()
    const box = new DOMRect(at.left, at.top, size.width, size.height)
    const out: string[] = []
    if (container && (container.scrollTop !== 0 || container.scrollLeft !== 0))
      out.push(`${selector as string} scrolled by (${container.scrollLeft}, ${container.scrollTop})`)
    const slack = tolerance as number
    for (const element of root.querySelectorAll('*')) {
      // KaTeX's MathML and a chart's table are visually hidden for screen readers (clipped to a 1 px
      // box): their boxes lie where the text would flow, unseen.
      if (element.closest('.katex-mathml, .chart-alternative.screen') || element.classList.contains('strut') || element.closest('[data-assumptions-layer]'))
        continue
      // The content of a closed <details> is not drawn (Chromium still gives it boxes).
      if (element.closest('details:not([open]) > :not(summary)'))
        continue
      if (element.tagName.toLowerCase() !== 'svg' && element.closest('svg'))
        continue
      let r = element.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || getComputedStyle(element).visibility === 'hidden')
        continue
      // Inside a box on the slide that scrolls (the Assumptions slide's panel), what the room sees of
      // an element is the part in that box; the rest is reached by scrolling, not drawn off the slide.
      // The scrolling box itself is measured like any other element. Clipping without scrolling
      // (`overflow: hidden`) still counts: what it cuts off cannot be reached.
      for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(up)
        if (![overflowX, overflowY].some(o => o === 'auto' || o === 'scroll'))
          continue
        const clip = up.getBoundingClientRect()
        const left = Math.max(r.left, clip.left)
        const top = Math.max(r.top, clip.top)
        r = new DOMRect(left, top, Math.max(0, Math.min(r.right, clip.right) - left), Math.max(0, Math.min(r.bottom, clip.bottom) - top))
      }
      if (r.width === 0 || r.height === 0)
        continue
      if (r.left < box.left - slack || r.top < box.top - slack || r.right > box.right + slack || r.bottom > box.bottom + slack)
        out.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`)
    }
    return out
  }, [tolerancePx, boxSelector ?? null] as const)
}
