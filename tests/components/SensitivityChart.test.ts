import { describe, expect, it, vi } from 'vitest'
import SensitivityChart from '../../packages/slidev-addon-training-cost/components/SensitivityChart.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<SensitivityChart>', () => {
  it('ranks the inputs by how far they move the cost of a 1T model', () => {
    const wrapper = mountFigure(SensitivityChart)
    const data = chart<[number, number]>(wrapper)
    expect(data.labels).toEqual([
      'Global batch (scale model) 6.29M–101M',
      'Price per GPU-hour $1.36–$5.12',
      'Goodput 66.6%–100%',
      'MFU 40%–60%',
      'Tokens per parameter 20–22',
    ])
    const [low, high] = data.datasets
    // The batch: at the 2021 batch the scale model's 1T run costs several times the law's.
    expect(low!.data[0]![1]).toBeGreaterThan(2)
    expect(high!.data[0]![1]).toBeCloseTo(0, 10)
    // Price: $1.36 (Azure 3-year, an instance price) is −9% of $1.5, $5.12 is +241%.
    expect(low!.data[1]![1]).toBeCloseTo(1.36 / 1.5 - 1, 10)
    expect(high!.data[1]![1]).toBeCloseTo(5.12 / 1.5 - 1, 10)
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe('$356M')
    expect(wrapper.findAll('[data-sources] a').length).toBeGreaterThan(1)
  })

  it('follows the panel\'s batch: at the 2021 batch the law\'s end saves most of the cost', async () => {
    const wrapper = mountFigure(SensitivityChart)
    await setAssumptions({ batchTokens: 3072 * 2048 })
    const data = chart<[number, number]>(wrapper)
    const row = data.labels.indexOf('Global batch (scale model) 6.29M–101M')
    expect(data.datasets[0]!.data[row]![1]).toBeCloseTo(0, 10)
    expect(data.datasets[1]!.data[row]![1]).toBeLessThan(-0.5)
  })

  it('drops the price bar for a GPU with no offer in the data', async () => {
    const wrapper = mountFigure(SensitivityChart)
    await setAssumptions({ gpu: 'b200', usdPerGpuHour: 6 })
    expect(chart(wrapper).labels.some(l => l.startsWith('Price'))).toBe(false)
  })
})
