/**
 * A chart.js plugin that writes each point's `label` beside it: a slide is read from the back of a
 * room, where no one can hover for a tooltip. Points without a label are left bare.
 */
import type { Chart, Plugin } from 'chart.js'
import type { ChartTheme } from '../composables/chart-theme'

/** A chart point that may carry its own caption. */
export interface LabelledPoint {
  x: number
  y: number
  label?: string
  /** Where the caption goes relative to the point; default right. */
  align?: 'left' | 'right' | 'above' | 'below'
}

const OFFSET_PX = 8

function isLabelled(raw: unknown): raw is LabelledPoint {
  return typeof raw === 'object' && raw !== null && typeof (raw as LabelledPoint).label === 'string'
}

export function pointLabelsPlugin(theme: ChartTheme): Plugin<'scatter' | 'line'> {
  return {
    id: 'deckPointLabels',
    afterDatasetsDraw(chart: Chart) {
      const { ctx } = chart
      ctx.save()
      ctx.fillStyle = theme.text
      ctx.font = `${theme.fontSize - 2}px Inter, ui-sans-serif, system-ui, sans-serif`
      chart.data.datasets.forEach((dataset, i) => {
        if (!chart.isDatasetVisible(i))
          return
        const meta = chart.getDatasetMeta(i)
        dataset.data.forEach((raw, j) => {
          const element = meta.data[j]
          if (!isLabelled(raw) || !element)
            return
          const align = raw.align ?? 'right'
          ctx.textAlign = align === 'left'
            ? 'right'
            : align === 'right'
              ? 'left'
              : 'center'
          ctx.textBaseline = align === 'above'
            ? 'bottom'
            : align === 'below'
              ? 'top'
              : 'middle'
          const dx = align === 'left'
            ? -OFFSET_PX
            : align === 'right'
              ? OFFSET_PX
              : 0
          const dy = align === 'above'
            ? -OFFSET_PX
            : align === 'below'
              ? OFFSET_PX
              : 0
          ctx.fillText(raw.label!, element.x + dx, element.y + dy)
        })
      })
      ctx.restore()
    },
  }
}
