/**
 * What a chart.js figure is to `<LiveChart>`: its type, how the engine's result becomes chart data,
 * and its options. Kept apart from the data so an edit (new data) does not rebuild the options: chart.js
 * re-resolves every option on an options change, which was half of an edit's redraw
 * (`npm run bench:redraw`). Options depend on the theme and, where an axis follows the figure, on a
 * separate `range`.
 */
import type { ChartData, ChartOptions, Plugin } from 'chart.js'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'

export type ChartKind = 'bar' | 'line' | 'scatter'

export interface ChartConfig<Kind extends ChartKind, Input, Range = undefined> {
  type: Kind
  // The point type varies per chart (bars, floating bars, labelled points): only chart.js reads it.

  data: (input: Input, theme: ChartTheme) => ChartData<NoInfer<Kind>, any, string>
  options: (theme: ChartTheme, range: Range | undefined) => ChartOptions<NoInfer<Kind>>
  /**
   * The axis range when it follows published data only: computed once per chart, so an edit never
   * rebuilds the options. A `range` given to `<LiveChart>` takes its place.
   */
  fixedRange?: () => Range
  /**
   * The numbers the chart draws, as text (`figures/figure-table.ts`): from the same input as `data`,
   * formatted with the engine's helpers. `<LiveChart>` gives it to screen readers, to the PDF's text
   * and to the handout; required, so no chart is a picture only.
   */
  table: (input: Input) => FigureTable
  /** chart.js plugins of this figure, e.g. captions beside points. */
  plugins?: (theme: ChartTheme) => Plugin<NoInfer<Kind>>[]
}

/** Types a figure's config (the identity: it only checks that data, options and type agree). */
export function defineChart<Kind extends ChartKind, Input, Range = undefined>(config: ChartConfig<Kind, Input, Range>): ChartConfig<Kind, Input, Range> {
  return config
}
