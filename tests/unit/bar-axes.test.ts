// A bar's length is its value: a bar chart whose value axis starts anywhere but zero hides the short
// bars and distorts every ratio between two bars (issue 25: the "Costs GPU" chart began at $1, so the
// $1.03 and $1.10 offers vanished). Held here on every bar chart config in figures/.
import type { ChartTheme } from '../../packages/slidev-addon-training-cost/composables/chart-theme'
import { describe, expect, it } from 'vitest'
import { TEST_CHART_THEME } from './support/chart-theme'

const THEME = TEST_CHART_THEME

interface AnyChart {
  type: string
  options: (theme: ChartTheme, range: unknown) => unknown
  fixedRange?: () => unknown
}

const modules = import.meta.glob<Record<string, unknown>>('../../packages/slidev-addon-training-cost/figures/*.ts', { eager: true })
const barCharts = Object.entries(modules).flatMap(([file, exports]) => Object.entries(exports)
  .filter(([, value]) => typeof value === 'object' && value !== null && 'options' in value && (value as AnyChart).type === 'bar')
  .map(([name, value]) => [`${file.replace('../../packages/slidev-addon-training-cost/figures/', '')} ${name}`, value as AnyChart] as const))

interface AxisOptions { type?: string, min?: number, beginAtZero?: boolean }

/** The axis the bars' lengths are read on: x for horizontal bars (indexAxis 'y'), else y. */
function valueAxis(options: { indexAxis?: string, scales?: Record<string, AxisOptions> }): AxisOptions | undefined {
  return options.scales?.[options.indexAxis === 'y'
    ? 'x'
    : 'y']
}

describe('bar charts', () => {
  it('finds every bar chart of figures/ (the prices, the sensitivity tornado, the two data-supply bars)', () => {
    expect(barCharts.length).toBeGreaterThanOrEqual(4)
  })

  it.each(barCharts)('%s: the value axis is linear and begins at zero', (_name, chart) => {
    const axis = valueAxis(chart.options(THEME, chart.fixedRange?.()) as Parameters<typeof valueAxis>[0])
    expect(axis).toBeDefined()
    expect(axis!.type ?? 'linear').toBe('linear')
    // Either pinned at 0 or free to start lower (negative changes) but never above it.
    expect(axis!.min === 0 || (axis!.min === undefined && axis!.beginAtZero === true)).toBe(true)
  })
})
