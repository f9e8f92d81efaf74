/**
 * The numbers behind a figure as a small table of text: what a screen reader announces for a chart,
 * what a PDF carries as searchable text, and what the handout prints under the slide. Built by each
 * figure's config from the same engine result the chart draws (`ChartConfig.table`), formatted with
 * the engine's helpers, so the table and the picture cannot disagree.
 */
export interface FigureTable {
  /** Column headers; the first names what a row is. */
  columns: readonly string[]
  /** One row per point, bar or series, each cell already formatted (a missing value is the engine's "—"). */
  rows: readonly (readonly string[])[]
  /** What the chart draws that is no row: a reference line, a constant ("Current MFU: 45%"). */
  notes?: readonly string[]
}

/**
 * Points of several series in long form, one row per point: the series' label (and the point's own
 * caption, where it has one), then its formatted coordinates.
 *
 * @example
 * pointRows([{ label: 'MosaicML', points: [{ x: 7e9, y: 0.45 }] }], p => formatCount(p.x), p => formatPercent(p.y))
 * // [['MosaicML', '7B', '45%']]
 */
export function pointRows<Point extends object>(
  series: readonly { label: string, points: readonly Point[] }[],
  ...cells: ((point: Point) => string)[]
): string[][] {
  const caption = (point: Point): string | undefined => 'label' in point && typeof point.label === 'string' && point.label !== ''
    ? point.label
    : undefined
  return series.flatMap(s => s.points.map((p) => {
    const own = caption(p)
    return [
      own === undefined
        ? s.label
        : `${s.label}: ${own}`,
      ...cells.map(cell => cell(p)),
    ]
  }))
}

/**
 * The points of a dense curve that sit on whole powers of ten of `x`: what a compact table keeps of
 * a line drawn through dozens of points on a log axis.
 *
 * @example
 * atDecades([{ x: 1e9 }, { x: 1.78e9 }, { x: 1e10 }], p => p.x) // [{ x: 1e9 }, { x: 1e10 }]
 */
export function atDecades<Point>(points: readonly Point[], x: (point: Point) => number): Point[] {
  return points.filter((p) => {
    const log = Math.log10(x(p))
    return Math.abs(log - Math.round(log)) < 1e-6
  })
}
