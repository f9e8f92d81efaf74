import { describe, expect, it } from 'vitest'
import { GPU_PRICES } from '../../../packages/llm-training-cost/src/data/prices'
import GpuPriceChart from '../../../packages/slidev-addon-training-cost/components/GpuPriceChart.vue'
import { mountFigure } from '../support/mount-figure'

describe('<GpuPriceChart>', () => {
  const data = mountFigure(GpuPriceChart).findComponent({ name: 'Bar' }).props('data') as { labels: string[], datasets: { label: string, data: (number | null)[] }[] }

  it('has one row per vendor, chip and month, and a bar per commitment', () => {
    expect(data.datasets.map(d => d.label)).toEqual(['On demand', '1-year reserved', '3-year reserved'])
    expect(data.labels[0]).toBe('AWS A100 SXM 40GB (2021-06)')
    expect(data.datasets[0]!.data[0]).toBe(4.1)
    expect(data.datasets[1]!.data[0]).toBe(2.4)
    expect(data.datasets[2]!.data[0]).toBe(1.45)
  })

  it('shows every offer in data/prices.ts exactly once', () => {
    const shown = data.datasets.flatMap(d => d.data).filter(v => v !== null)
    expect(shown).toHaveLength(GPU_PRICES.length)
    expect(shown.sort()).toEqual(GPU_PRICES.map(p => p.usdPerGpuHour).sort())
  })
})
