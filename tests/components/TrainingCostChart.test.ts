import type { ChartData } from 'chart.js'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h } from 'vue'
import TrainingCostChart from '../../components/TrainingCostChart.vue'
import { DEFAULT_ASSUMPTIONS, estimateModel } from '../../engine'

// happy-dom has no canvas: stand in for vue-chartjs's <Bar> and keep what it is given.
vi.mock('vue-chartjs', () => ({
  Bar: defineComponent({
    name: 'Bar',
    props: {
      data: { type: Object, required: true },
      options: { type: Object, required: true },
    },
    setup: () => () => h('canvas'),
  }),
}))
// The theme reads Slidev's dark and print mode, which need a running Slidev app.
vi.mock('../../composables/chart-theme', () => ({
  useChartTheme: () => computed(() => ({
    text: '#000',
    grid: '#ccc',
    series: ['#00f'],
    fontSize: 16,
    animate: false,
  })),
}))

function barData(wrapper: ReturnType<typeof mount>): ChartData<'bar', number[], string> {
  return wrapper.findComponent({ name: 'Bar' }).props('data') as ChartData<'bar', number[], string>
}

describe('<TrainingCostChart>', () => {
  it('plots the engine\'s cost of each of the talk\'s models under the current assumptions', () => {
    const wrapper = mount(TrainingCostChart)
    const data = barData(wrapper)
    expect(data.labels).toEqual([
      'LaMDA',
      'GPT-3',
      'Jurassic-1 Jumbo',
      'Gopher',
      'Megatron-Turing NLG 530B',
      'Chinchilla',
      'PaLM 540B',
    ])
    const costs = data.datasets[0]!.data
    expect(costs).toHaveLength(7)
    expect(costs[1]).toBeCloseTo(estimateModel('gpt-3', DEFAULT_ASSUMPTIONS).costUsd, 6)
    // PaLM (540B × 780B tokens) is the most expensive run on the slide; LaMDA the cheapest.
    expect(Math.max(...costs)).toBe(costs[6])
    expect(Math.min(...costs)).toBe(costs[0])
    for (const cost of costs)
      expect(Number.isFinite(cost) && cost > 0).toBe(true)
  })

  it('shows only the models it is asked for, in that order', () => {
    const wrapper = mount(TrainingCostChart, {
      props: {
        models: ['chinchilla', 'gopher'],
      },
    })
    expect(barData(wrapper).labels).toEqual(['Chinchilla', 'Gopher'])
  })

  it('uses a log axis in dollars and no animation when the theme says print', () => {
    const wrapper = mount(TrainingCostChart)
    const options = wrapper.findComponent({ name: 'Bar' }).props('options') as { animation: unknown, scales: { y: { type: string } } }
    expect(options.scales.y.type).toBe('logarithmic')
    expect(options.animation).toBe(false)
  })
})
