// Every chart's text is legible from the back of the room: at least 14 px in the slide's 980-px canvas,
// which is 18 px when the deck is projected at 1280 × 720 (issue 16). Canvas text is not in the DOM, so
// the rule is held here, on each figure's options, for every chart in figures/.
import type { ChartTheme } from '../../packages/slidev-addon-training-cost/composables/chart-theme'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { TEST_CHART_THEME } from './support/chart-theme'

/**
 * The smallest chart text, in the slide's CSS px: the deck's one smallest size, `--deck-text-min` in
 * the addon's styles/figures.css (14 × 1280 / 980 ≈ 18.3 px projected), which the slides' own text uses too.
 */
const MIN_CHART_FONT_PX = Number(/--deck-text-min:\s*(\d+(?:\.\d+)?)px/.exec(readFileSync(new URL('../../packages/slidev-addon-training-cost/styles/figures.css', import.meta.url), 'utf8'))?.[1])

const THEME = TEST_CHART_THEME

const modules = import.meta.glob<Record<string, unknown>>('../../packages/slidev-addon-training-cost/figures/*.ts', { eager: true })
const charts = Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports)
  .filter(([name, value]) => name.endsWith('_CHART') && typeof value === 'object' && value !== null && 'options' in value)
  .map(([name, value]) => [`${file.replace('../../packages/slidev-addon-training-cost/figures/', '')} ${name}`, value as { options: (theme: ChartTheme, range: unknown) => unknown, fixedRange?: () => unknown }] as const))

/** Every font size set anywhere in an options object (`font.size`, `fontSize`, a plugin's `font`). */
function fontSizes(value: unknown, path = ''): { path: string, px: number }[] {
  if (value === null || typeof value !== 'object')
    return []
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = `${path}.${key}`
    if ((key === 'size' && path.endsWith('font')) || key === 'fontSize') {
      return typeof inner === 'number'
        ? [
            { path: at, px: inner },
          ]
        : []
    }
    return fontSizes(inner, at)
  })
}

describe('chart text size', () => {
  it('reads the deck\'s smallest size from the addon styles/figures.css: 18 px or more once the 980-px slide fills 1280 px', () => {
    expect(MIN_CHART_FONT_PX * 1280 / 980).toBeGreaterThanOrEqual(18)
  })

  it('finds every chart of figures/', () => {
    expect(charts.length).toBeGreaterThanOrEqual(13)
  })

  it.each(charts)('%s: every font at least 14 px of the 980-px slide', (_name, chart) => {
    const sizes = fontSizes(chart.options(THEME, chart.fixedRange?.()))
    expect(sizes.length).toBeGreaterThan(0)
    for (const { path, px } of sizes)
      expect(px, path).toBeGreaterThanOrEqual(MIN_CHART_FONT_PX)
  })

  it('draws point captions at 14 px at least', async () => {
    const { pointLabelsPlugin } = await import('../../packages/slidev-addon-training-cost/figures/point-labels')
    const fonts: string[] = []
    const ctx = {
      save() {},
      restore() {},
      fillText() {},
      get font(): string {
        return fonts.at(-1) ?? ''
      },
      set font(value: string) {
        fonts.push(value)
      },
    }
    const chart = {
      ctx,
      data: { datasets: [] },
    }
    const plugin = pointLabelsPlugin(THEME) as unknown as { afterDatasetsDraw: (c: unknown) => void }
    plugin.afterDatasetsDraw(chart)
    expect(fonts).toHaveLength(1)
    expect(Number.parseFloat(fonts[0]!)).toBeGreaterThanOrEqual(MIN_CHART_FONT_PX)
  })
})
