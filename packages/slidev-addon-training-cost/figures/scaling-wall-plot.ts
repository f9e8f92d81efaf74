/**
 * The scaling wall's log–log plot as SVG geometry: one quantity (cost or days) against parameters, the
 * band between optimistic and pessimistic assumptions, the engine's line, the 1T and 10T points and
 * the published figures. Pure mapping from numbers the engine computed to pixels and path strings.
 *
 * Why SVG here and not chart.js like the other charts: this slide redraws two of these plots on every
 * assumption edit, and chart.js rebuilds its option resolvers, scales and layout on every update
 * (`Config.update()` clears its caches). Measured with `npm run bench:redraw`, the two chart.js updates
 * took 4–6 ms (p50) and 10–13 ms (p95) of the 16 ms frame; Vue patching a few path strings takes a
 * fraction of a millisecond, and the figure prints as vectors.
 */
import type { AssumptionBounds, ScalingWallFigure } from 'llm-training-cost'
import type { FigureTable } from './figure-table'
import { chipName, formatCount, formatDays, formatPercent, formatUsd, MISSING } from 'llm-training-cost'
import { atDecades } from './figure-table'

export interface WallPoint { x: number, y: number | null }

export interface WallSeries {
  /** Axis title of the quantity, with its unit. */
  yTitle: string
  /** What the dark line is, for the legend: the engine at the fixed MFU, or the scale model. */
  lineLabel: string
  line: readonly WallPoint[]
  low: readonly WallPoint[]
  high: readonly WallPoint[]
  /** The engine's value at the marked sizes (1T, 10T). */
  marked: readonly WallPoint[]
  /** Published figures at those sizes. */
  published: readonly WallPoint[]
  format: (value: number) => string
  /** How the axis labels its powers of ten (the tooltips use `format`). */
  tickFormat: (value: number) => string
  /** Values below this are not drawn, and the axis starts at or above it; the table keeps them. */
  floor: number | null
}

/**
 * The shortest wall-clock time the days plot draws: a quarter of an hour (0.01 days). Starting or
 * restarting a job on a large cluster alone takes about 10 minutes (MegaScale; the restart-time
 * assumption's default), so a shorter "run" on 100k GPUs, like 100M parameters in 0.1 s, is not a
 * figure anyone could reach, and its ticks (1e-7 days) would only push the meaningful part together.
 */
export const DAYS_PLOT_FLOOR = 0.01

/** What each mark is, for tooltips and tests (the band's label depends on its bounds: `bandLabels`). */
const WALL_LABELS = {
  line: 'Engine, current assumptions',
  marked: 'Engine',
  published: 'Published (SemiAnalysis)',
} as const

/** The SVG's own coordinate box, in CSS pixels of the slide (Slidev scales the whole slide). */
export interface PlotFrame {
  width: number
  height: number
  fontSize: number
}

export interface AxisTick {
  /** Position along the axis, in px. */
  at: number
  value: number
  /** null: a grid line without a label. */
  label: string | null
}

export interface PlotMark {
  cx: number
  cy: number
  /** The same point as a diamond's corners, for the published figures. */
  diamond: string
  title: string
}

export interface ScalingWallPlot {
  /** The plotting area, in px. */
  area: { left: number, right: number, top: number, bottom: number, width: number, height: number }
  /** Baseline of the x tick labels; right edge of the y tick labels. */
  xTickLabelY: number
  yTickLabelX: number
  xTicks: AxisTick[]
  yTicks: AxisTick[]
  /** Where the axis titles sit: x centred under the ticks, y rotated left of them. */
  xTitle: { x: number, y: number }
  yTitle: { x: number, y: number }
  /** SVG path data; empty when there is nothing to draw. */
  linePath: string
  bandPath: string
  lowPath: string
  highPath: string
  marked: PlotMark[]
  published: PlotMark[]
}

/** Digits and a unit letter in the deck's font are about 0.6 em wide: enough to keep labels inside. */
const CHAR_EM = 0.6
/** Labelled y decades at least this far apart, in font sizes, or every other one is labelled. */
const LABEL_SPACING_EM = 1.6
/** Half the diagonal of a published figure's diamond, in px. */
const DIAMOND_PX = 8

function finite(point: WallPoint): point is { x: number, y: number } {
  return point.y !== null && Number.isFinite(point.y) && point.y > 0 && Number.isFinite(point.x) && point.x > 0
}

/** Whole decades around every value: [10^floor(log min), 10^ceil(log max)], at least one decade. */
function decadeDomain(values: readonly number[]): { min: number, max: number } {
  if (values.length === 0)
    return { min: 0, max: 1 }
  const min = Math.floor(Math.log10(Math.min(...values)) + 1e-9)
  const max = Math.ceil(Math.log10(Math.max(...values)) - 1e-9)
  return {
    min,
    max: Math.max(max, min + 1),
  }
}

function decadeTicks(domain: { min: number, max: number }, toPx: (log: number) => number, format: (v: number) => string, every: number): AxisTick[] {
  const ticks: AxisTick[] = []
  for (let exponent = domain.min; exponent <= domain.max; exponent++) {
    const value = 10 ** exponent
    ticks.push({
      at: toPx(exponent),
      value,
      label: (exponent - domain.min) % every === 0
        ? format(value)
        : null,
    })
  }
  return ticks
}

/** "M x y L x y …", a new "M" after every gap (a null or non-positive value). */
export function pathThrough(points: readonly WallPoint[], toX: (v: number) => number, toY: (v: number) => number): string {
  let path = ''
  let drawing = false
  for (const point of points) {
    if (!finite(point)) {
      drawing = false
      continue
    }
    path += `${drawing ? 'L' : 'M'}${toX(point.x).toFixed(1)} ${toY(point.y).toFixed(1)}`
    drawing = true
  }
  return path
}

/** The closed area between `low` and `high` where both exist (same x positions, as the engine gives). */
function bandThrough(low: readonly WallPoint[], high: readonly WallPoint[], toX: (v: number) => number, toY: (v: number) => number): string {
  const pairs = low.map((l, i) => [l, high[i]] as const).filter(([l, h]) => h && finite(l) && finite(h)) as [WallPoint, WallPoint][]
  if (pairs.length < 2)
    return ''
  const top = pairs.map(([, h]) => `${toX(h.x).toFixed(1)} ${toY(h.y!).toFixed(1)}`)
  const bottom = pairs.map(([l]) => `${toX(l.x).toFixed(1)} ${toY(l.y!).toFixed(1)}`).reverse()
  return `M${top.join('L')}L${bottom.join('L')}Z`
}

/** The series as drawn: points below its floor become gaps. */
function clipped(series: WallSeries): WallSeries {
  const floor = series.floor
  if (floor === null)
    return series
  const clip = (points: readonly WallPoint[]): WallPoint[] => points.map(p => (p.y !== null && p.y < floor
    ? { x: p.x, y: null }
    : p))
  return {
    ...series,
    line: clip(series.line),
    low: clip(series.low),
    high: clip(series.high),
    marked: clip(series.marked),
    published: clip(series.published),
  }
}

export function scalingWallPlot(unclipped: WallSeries, frame: PlotFrame, formatParams: (params: number) => string): ScalingWallPlot {
  const series = clipped(unclipped)
  const all = [
    series.line,
    series.low,
    series.high,
    series.marked,
    series.published,
  ].flat()
  const drawn = all.filter(finite)
  // The sizes span what the unclipped series spans, so the cost and days plots share their x axis.
  const xDomain = decadeDomain([
    unclipped.line,
    unclipped.low,
    unclipped.high,
    unclipped.marked,
    unclipped.published,
  ].flat().filter(finite).map(p => p.x))
  const yDomain = decadeDomain(drawn.map(p => p.y))
  const yDecades = yDomain.max - yDomain.min

  const font = frame.fontSize
  const widestYLabel = Math.max(1, ...Array.from({ length: yDecades + 1 }, (_, i) => series.tickFormat(10 ** (yDomain.min + i)).length))
  const left = Math.round(font * 1.6 + widestYLabel * font * CHAR_EM + 8)
  const right = frame.width - Math.round(font * 1.4)
  const top = Math.round(font * 0.8)
  const bottom = frame.height - Math.round(font * 3.2)
  const area = {
    left,
    right,
    top,
    bottom,
    width: right - left,
    height: bottom - top,
  }
  const xToPx = (log: number): number => area.left + (log - xDomain.min) / (xDomain.max - xDomain.min) * (area.right - area.left)
  const yToPx = (log: number): number => area.bottom - (log - yDomain.min) / (yDomain.max - yDomain.min) * (area.bottom - area.top)
  const toX = (value: number): number => xToPx(Math.log10(value))
  const toY = (value: number): number => yToPx(Math.log10(value))

  const pxPerYDecade = (area.bottom - area.top) / Math.max(1, yDecades)
  const yEvery = Math.max(1, Math.ceil(font * LABEL_SPACING_EM / pxPerYDecade))

  const mark = (kind: string) => (point: WallPoint): PlotMark[] => {
    if (!finite(point))
      return []
    const cx = toX(point.x)
    const cy = toY(point.y)
    const corners = [
      [cx, cy - DIAMOND_PX],
      [cx + DIAMOND_PX, cy],
      [cx, cy + DIAMOND_PX],
      [cx - DIAMOND_PX, cy],
    ] as const
    return [
      {
        cx,
        cy,
        diamond: corners.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '),
        title: `${kind}: ${formatParams(point.x)} parameters → ${series.format(point.y)}`,
      },
    ]
  }

  return {
    area,
    xTickLabelY: bottom + font * 1.3,
    yTickLabelX: left - 6,
    xTicks: decadeTicks(xDomain, xToPx, formatParams, 1),
    yTicks: decadeTicks(yDomain, yToPx, series.tickFormat, yEvery),
    xTitle: { x: (area.left + area.right) / 2, y: frame.height - font * 0.4 },
    yTitle: { x: font * 0.9, y: (area.top + area.bottom) / 2 },
    linePath: pathThrough(series.line, toX, toY),
    bandPath: bandThrough(series.low, series.high, toX, toY),
    lowPath: pathThrough(series.low, toX, toY),
    highPath: pathThrough(series.high, toX, toY),
    marked: series.marked.flatMap(mark(WALL_LABELS.marked)),
    published: series.published.flatMap(mark(WALL_LABELS.published)),
  }
}

export type WallQuantity = 'cost' | 'days'

/**
 * One quantity of the scaling wall as plot series: cost in dollars, or days on the current cluster
 * (`gpus`, for the axis title).
 */
export function wallSeries(figure: ScalingWallFigure, quantity: WallQuantity, gpus: number | null): WallSeries {
  const isCost = quantity === 'cost'
  const pick = (cost: number | null, days: number | null): number | null => (isCost ? cost : days)
  const points = (f: (p: ScalingWallFigure['points'][number]) => number | null): WallPoint[] => figure.points.map(p => ({
    x: p.params,
    y: f(p),
  }))
  const scale = figure.scaleModel?.unavailable === null
    ? figure.scaleModel
    : null
  const line = scale
    ? scale.points.map(p => ({
        x: p.params,
        y: pick(p.costUsd, p.days),
      }))
    : points(p => pick(p.costUsd, p.days))
  const marked = scale
    ? figure.marked.map(m => scale.points.find(p => p.params === m.claim.params)).flatMap(p => p
        ? [
            {
              x: p.params,
              y: pick(p.costUsd, p.days),
            },
          ]
        : [])
    : figure.marked.map(m => ({
        x: m.estimate.params,
        y: pick(m.estimate.costUsd, m.estimate.wallClockDays),
      }))
  return {
    lineLabel: scale
      ? 'scale model'
      : 'engine',
    yTitle: isCost
      ? 'Training cost (USD, log)'
      : `Days on ${formatCount(gpus)} GPUs (log)`,
    format: isCost ? formatUsd : formatDays,
    // Days from minutes to decades: plain numbers on the axis, words in the tooltip.
    tickFormat: isCost ? formatUsd : formatCount,
    floor: isCost ? null : DAYS_PLOT_FLOOR,
    line,
    low: points(p => pick(p.lowCostUsd, p.lowDays)),
    high: points(p => pick(p.highCostUsd, p.highDays)),
    marked,
    published: isCost
      ? figure.marked.map(m => ({ x: m.claim.params, y: m.claim.usd }))
      : [],
  }
}

/**
 * The plot's numbers as text: one row per power of ten of the sizes drawn (the line runs through
 * dozens of points), the engine's line and both edges of the band;
 * the engine's marked points and the published figures as notes. `formatParams` names the sizes as
 * the axis does.
 */
export function wallTable(series: WallSeries, formatParams: (params: number) => string): FigureTable {
  const at = (points: readonly WallPoint[], i: number): string => {
    const y = points[i]?.y
    return y === null || y === undefined
      ? MISSING
      : series.format(y)
  }
  const marks = (kind: string, points: readonly WallPoint[]): string[] => points
    .filter(p => p.y !== null)
    .map(p => `${kind}: ${formatParams(p.x)} parameters → ${series.format(p.y!)}`)
  return {
    columns: [
      'Parameters',
      WALL_LABELS.line,
      'Band, low edge',
      'Band, high edge',
    ],
    rows: atDecades(series.line.map((p, i) => ({ x: p.x, i })), p => p.x).map(({ x, i }) => [
      formatParams(x),
      at(series.line, i),
      at(series.low, i),
      at(series.high, i),
    ]),
    notes: [
      ...marks(WALL_LABELS.marked, series.marked),
      ...marks(WALL_LABELS.published, series.published),
    ],
  }
}

/**
 * The band's price: a range over the chip's offers; one price when there is one, saying whose it is (a
 * chip with no offers, such as the TPU v4, takes the panel's price at both ends: "$1.5–$1.5" would
 * read as a range that happens to be narrow).
 */
function priceSpan({ optimistic, pessimistic, priceOffers }: AssumptionBounds): string {
  const low = formatUsd(optimistic.usdPerGpuHour)
  const high = formatUsd(pessimistic.usdPerGpuHour)
  if (priceOffers === 0)
    return `${low}/GPU-hour (the panel's price: no offers for ${chipName(optimistic.gpu)})`
  if (low === high)
    return `${low}/GPU-hour (the one price offered for ${chipName(optimistic.gpu)})`
  return `${low}–${high}/GPU-hour`
}

/**
 * What the band spans, from the bounds it was computed with: MFU always; price only moves cost, not
 * time. `caption` for the legend line, `title` for the band's tooltip.
 *
 * @example
 * bandLabels(assumptionBounds(DEFAULT_ASSUMPTIONS), 'cost').caption
 * // 'MFU 40%–60% (60%: SemiAnalysis' figure, an HFU; best published A100 MFU at scale 38.7%), $1.36–$5.12/GPU-hour'
 */
export function bandLabels(bounds: AssumptionBounds, quantity: WallQuantity): { caption: string, title: string } {
  const { optimistic, pessimistic } = bounds
  // SemiAnalysis' 60% is MosaicML's hardware FLOPs utilization: say so, with the best A100 MFU at scale.
  const best = bounds.bestPublishedA100Mfu
  const hfu = bounds.optimisticMfuIsHfu
    ? ` (${formatPercent(optimistic.mfu)}: SemiAnalysis' figure, an HFU${best
      ? `; best published A100 MFU at scale ${formatPercent(best.mfu)}`
      : ''})`
    : ''
  const mfu = `MFU ${formatPercent(pessimistic.mfu)}–${formatPercent(optimistic.mfu)}${hfu}`
  const end = (a: AssumptionBounds['optimistic']): string => quantity === 'cost'
    ? `MFU ${formatPercent(a.mfu)}, ${formatUsd(a.usdPerGpuHour)}/GPU-hour`
    : `MFU ${formatPercent(a.mfu)}`
  const bestNote = best
    ? `. Best published A100 MFU at scale: ${formatPercent(best.mfu)} (${best.label})`
    : ''
  return {
    caption: quantity === 'cost'
      ? `${mfu}, ${priceSpan(bounds)}`
      : mfu,
    title: `Band: optimistic (${end(optimistic)}) to pessimistic (${end(pessimistic)})${bestNote}`,
  }
}
