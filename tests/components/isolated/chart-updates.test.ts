// Every chart redraws an assumption edit at once: vue-chartjs is told `update-mode="none"` (no
// animation, and chart.js skips resolving animation options on each update: `npm run bench:redraw`).
// LiveChart is the one place that says so; checked on the templates, so a new chart component cannot
// draw around it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const COMPONENTS = join(__dirname, '../../../packages/slidev-addon-training-cost/components')
const CHART_TAG = /<(?:Line|Bar|Scatter|Bubble|Doughnut|Pie|PolarArea|Radar|component)\b[^>]*>/g

const files = readdirSync(COMPONENTS)
  .filter(file => file.endsWith('.vue'))
  .map(file => ({
    file,
    text: readFileSync(join(COMPONENTS, file), 'utf8'),
  }))
const liveCharts = files.filter(f => /<LiveChart\b/.test(f.text)).map(f => f.file)
const rawCharts = files.flatMap(({ file, text }) => [
  ...text.matchAll(CHART_TAG),
].map(match => ({ file, tag: match[0] })))

describe('chart components', () => {
  it('draw the deck\'s chart.js charts through LiveChart (the scaling wall draws SVG)', () => {
    expect(liveCharts).toEqual(expect.arrayContaining([
      'ComputeOptimalFrontier.vue',
      'GpuPriceChart.vue',
      'ModelSizeTimeline.vue',
      'RooflineChart.vue',
      'SensitivityChart.vue',
      'SotaCosts.vue',
      'UtilizationChart.vue',
      'UtilizationCost.vue',
    ]))
  })

  it('liveChart updates without animation', () => {
    expect(rawCharts.filter(c => c.file === 'LiveChart.vue').map(c => c.tag)).toEqual([
      expect.stringContaining('update-mode="none"'),
    ])
  })

  it.each(rawCharts)('$file updates without animation', ({ tag }) => {
    expect(tag).toContain('update-mode="none"')
  })
})
