/**
 * The two kinds of scatter dataset the deck's charts draw: a line through points (a frontier, a roof, a
 * cost curve) and points in one colour (published runs, models). Same look on every chart.
 */
import type { LabelledPoint } from './point-labels'

/** A line through `data` with no markers, `widthPx` wide (dashed when `dashPx` is given). */
export function lineSeries(label: string, data: LabelledPoint[], color: string, widthPx = 3, dashPx?: [number, number]) {
  return {
    label,
    data,
    showLine: true,
    borderColor: color,
    backgroundColor: color,
    borderWidth: widthPx,
    borderDash: dashPx,
    pointRadius: 0,
  }
}

/** Filled markers of `radiusPx` in one colour. */
export function pointSeries(label: string, data: LabelledPoint[], color: string, radiusPx: number) {
  return {
    label,
    data,
    borderColor: color,
    backgroundColor: color,
    pointRadius: radiusPx,
  }
}
