// Every chart redraws an assumption edit at once: vue-chartjs is told `update-mode="none"` (no
// animation, and chart.js skips resolving animation options on each update: `npm run bench:redraw`).
// Checked on the templates, so a new chart component cannot forget it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const COMPONENTS = join(__dirname, '../../components')
const CHART_TAG = /<(?:Line|Bar|Scatter|Bubble|Doughnut|Pie|PolarArea|Radar)\b[^>]*>/g

const charts = readdirSync(COMPONENTS)
  .filter(file => file.endsWith('.vue'))
  .flatMap(file => [
    ...readFileSync(join(COMPONENTS, file), 'utf8').matchAll(CHART_TAG),
  ].map(match => ({ file, tag: match[0] })))

describe('chart components', () => {
  it('finds the deck\'s eight chart.js charts (the scaling wall draws SVG)', () => {
    expect(charts.length).toBeGreaterThanOrEqual(8)
  })

  it.each(charts)('$file updates without animation', ({ tag }) => {
    expect(tag).toContain('update-mode="none"')
  })
})
