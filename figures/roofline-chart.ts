/**
 * Chart.js data and options for the roofline: the roof of one accelerator on log–log axes and the
 * GEMMs of one layer placed on it. Pure mapping from engine results; no figure is computed here.
 */
import type { ChartData, ChartOptions } from 'chart.js'
import type { ChartTheme } from '../composables/useChartTheme'
import type { GemmOnRoofline, RoofPoint } from '../engine'
import type { LabelledPoint } from './point-labels'
import { formatFlopsPerSecond, formatInteger } from '../engine'
import { chartFrame } from './chart-frame'
import { logAxis } from './log-axis'

export interface RooflineInput {
  gpuName: string
  roof: readonly RoofPoint[]
  ridge: RoofPoint
  gemms: readonly GemmOnRoofline[]
}

type Data = ChartData<'scatter', LabelledPoint[], string>

export function rooflineChartData(input: RooflineInput, theme: ChartTheme): Data {
  const color = (i: number): string => theme.series[i % theme.series.length]!
  return {
    datasets: [
      {
        label: `${input.gpuName} roof`,
        data: input.roof.map(p => ({ x: p.intensity, y: p.flopsPerSecond })),
        showLine: true,
        borderColor: theme.text,
        backgroundColor: theme.text,
        borderWidth: 3,
        pointRadius: 0,
      },
      {
        label: 'Ridge point',
        data: [
          {
            x: input.ridge.intensity,
            y: input.ridge.flopsPerSecond,
            label: `ridge ${formatInteger(input.ridge.intensity)} FLOP/B`,
            align: 'above',
          },
        ],
        borderColor: theme.text,
        backgroundColor: theme.text,
        pointRadius: 6,
        pointStyle: 'rectRot',
      },
      ...input.gemms.map((g, i) => ({
        // Stable labels per GEMM: a change of GPU moves points instead of redrawing the chart.
        label: `${g.name.replace('Attention scores', 'Scores').replace(' projection', '')}: ${g.bound}`,
        data: [
          { x: g.intensity, y: g.attainableFlopsPerSecond },
        ],
        borderColor: color(i),
        backgroundColor: color(i),
        pointRadius: 9,
        pointStyle: g.bound === 'memory'
          ? 'triangle'
          : 'circle',
      })),
    ],
  }
}

export function rooflineChartOptions(theme: ChartTheme): ChartOptions<'scatter'> {
  return {
    ...chartFrame(theme),
    plugins: {
      legend: {
        position: 'right',
        labels: {
          color: theme.text,
          font: { size: theme.fontSize - 2 },
          usePointStyle: true,
          boxWidth: 10,
        },
      },
      tooltip: {
        callbacks: {
          label: item => `${item.dataset.label}: ${formatInteger(item.parsed.x)} FLOP/B, ${formatFlopsPerSecond(item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: logAxis('Arithmetic intensity (FLOP per byte moved, log)', formatInteger, theme),
      y: logAxis('Attainable FLOP/s (log)', formatFlopsPerSecond, theme),
    },
  }
}
