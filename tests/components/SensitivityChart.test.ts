import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import SensitivityChart from '../../components/SensitivityChart.vue'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('vue-chartjs', async () => (await import('./support/mocks')).vueChartjsStub())
vi.mock('../../composables/chart-theme', async () => (await import('./support/mocks')).chartThemeStub())
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

interface Data { labels: string[], datasets: { data: [number, number][] }[] }
const chartData = (wrapper: ReturnType<typeof mount>) => wrapper.findComponent({ name: 'Bar' }).props('data') as Data

describe('<SensitivityChart>', () => {
  it('ranks the inputs by how far they move the cost of a 1T model', () => {
    const wrapper = mount(SensitivityChart)
    const data = chartData(wrapper)
    expect(data.labels).toEqual([
      'Price per GPU-hour $1.03–$5.12',
      'Goodput 66.6%–100%',
      'MFU 40%–60%',
      'Tokens per parameter 20–22',
    ])
    const [low, high] = data.datasets
    // Price: $1.03 is −31% of $1.5, $5.12 is +241%.
    expect(low!.data[0]![1]).toBeCloseTo(1.03 / 1.5 - 1, 10)
    expect(high!.data[0]![1]).toBeCloseTo(5.12 / 1.5 - 1, 10)
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe('$356M')
    expect(wrapper.findAll('[data-sources] li').length).toBeGreaterThan(2)
  })

  it('drops the price bar for a GPU with no offer in the data', async () => {
    const wrapper = mount(SensitivityChart)
    setAssumptions(store, { gpu: 'b200', usdPerGpuHour: 6 })
    await nextTick()
    expect(chartData(wrapper).labels.some(l => l.startsWith('Price'))).toBe(false)
    setAssumptions(store, {})
  })
})
