/**
 * Chart.js data and options for "Not so fast: failures eat the run": goodput (useful ÷ wall time) of
 * the wall's 1T run against cluster size at Llama 3's failure rate, with the checkpoint interval chosen
 * by Young/Daly; and each published run that reports its effective training time, beside what the same
 * model gives for that run. Pure mapping.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { NotSoFast } from 'llm-training-cost'
import type { ChartTheme } from '../composables/chart-theme'
import type { FigureTable } from './figure-table'
import type { LabelledPoint } from './point-labels'
import { formatCount, formatPercent } from 'llm-training-cost'
import { defineChart } from './chart-config'
import { lineSeries, pointSeries } from './datasets'
import { linearAxis } from './linear-axis'
import { clusterSizeOptions } from './not-so-fast-chart'

export function notSoFastGoodputData(figure: NotSoFast, theme: ChartTheme): ChartData<'scatter', LabelledPoint[], string> {
  const [line, published, predicted] = theme.series
  return {
    datasets: [
      {
        ...lineSeries(`Goodput of a ${formatCount(figure.params)} run`, figure.points.map(p => ({ x: p.gpus, y: p.goodput })), line, 4),
        pointRadius: 4,
      },
      {
        ...pointSeries('Published (at least)', figure.publishedGoodput.map(r => ({ x: r.gpus, y: r.reportedAtLeast, label: r.label })), published, 9),
        pointStyle: 'rectRot' as const,
      },
      {
        ...pointSeries('Model, same run', figure.publishedGoodput.map(r => ({ x: r.gpus, y: r.predicted, label: r.label })), predicted, 6),
        pointStyle: 'triangle' as const,
      },
    ],
  }
}

function notSoFastGoodputOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  return clusterSizeOptions(theme, formatPercent, linearAxis('Goodput (useful ÷ wall time)', formatPercent, theme, { min: 0, max: 1, stepSize: 0.25 }))
}

/** The numbers behind the chart: goodput at each cluster size, and each published run beside the model. */
function notSoFastGoodputTable(figure: NotSoFast): FigureTable {
  return {
    columns: ['GPUs', `Goodput of a ${formatCount(figure.params)} run`],
    rows: figure.points.map(p => [
      formatCount(p.gpus),
      formatPercent(p.goodput),
    ]),
    notes: figure.publishedGoodput.map(r => `${r.label}: published at least ${formatPercent(r.reportedAtLeast)}, model ${formatPercent(r.predicted)}`),
  }
}

export const NOT_SO_FAST_GOODPUT_CHART = defineChart({
  type: 'scatter',
  data: notSoFastGoodputData,
  options: notSoFastGoodputOptions,
  table: notSoFastGoodputTable,
})
