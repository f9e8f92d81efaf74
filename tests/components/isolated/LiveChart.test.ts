import type { Ref } from 'vue'
// LiveChart is the one place a figure meets chart.js: it must hand over what the figure's config
// builds, redraw without animation, and keep the options object across an edit (rebuilt options make
// chart.js re-resolve every option: `npm run bench:redraw`).
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import LiveChart from '../../../packages/slidev-addon-training-cost/components/LiveChart.vue'
import { defineChart } from '../../../packages/slidev-addon-training-cost/figures/chart-config'

const CONFIG = defineChart({
  type: 'scatter',
  data: (input: { y: number }, theme) => ({
    datasets: [
      {
        label: 'y',
        data: [
          { x: 1, y: input.y },
        ],
        borderColor: theme.text,
      },
    ],
  }),
  options: (theme, range: { max: number } | undefined) => ({
    scales: {
      x: {
        max: range?.max,
        ticks: { color: theme.text },
      },
    },
  }),
  table: input => ({
    columns: ['x', 'y'],
    rows: [
      [
        '1',
        String(input.y),
      ],
    ],
    notes: ['a note'],
  }),
})

// Mounted from a template, as a slide does: vue-tsc infers the figure's types there, not through mount().
// The range is made once, as the figures make theirs: an inline object would be new at every render.
function mountChart(input: Ref<{ y: number }>) {
  const range = { max: 9 }
  return mount({
    components: { LiveChart },
    setup: () => ({ CONFIG, input, range }),
    template: '<LiveChart :config="CONFIG" :input="input" :range="range" :height="250" label="A test chart" />',
  })
}

describe('<LiveChart>', () => {
  it('draws the config\'s type with its data and options, without animation', () => {
    const drawn = mountChart(shallowRef({ y: 3 })).findComponent({ name: 'Scatter' })
    expect(drawn.props('data')).toEqual({
      datasets: [
        {
          label: 'y',
          data: [
            { x: 1, y: 3 },
          ],
          borderColor: '#000000',
        },
      ],
    })
    expect(drawn.props('options')).toEqual({
      scales: {
        x: {
          max: 9,
          ticks: { color: '#000000' },
        },
      },
    })
    expect(drawn.props('updateMode')).toBe('none')
    expect(drawn.attributes('aria-label')).toBe('A test chart')
  })

  it('gives new data on an edit and keeps the same options object', async () => {
    const input = shallowRef({ y: 3 })
    const wrapper = mountChart(input)
    const drawn = () => wrapper.findComponent({ name: 'Scatter' })
    const options = drawn().props('options')
    input.value = { y: 5 }
    await nextTick()
    expect((drawn().props('data') as { datasets: { data: { y: number }[] }[] }).datasets[0]!.data[0]!.y).toBe(5)
    expect(drawn().props('options')).toBe(options)
  })

  it('gives the chart a text alternative from the same input: a table captioned with its label, following edits', async () => {
    const input = shallowRef({ y: 3 })
    const wrapper = mountChart(input)
    const table = wrapper.find('[data-figure-table] table')
    expect(table.find('caption').text()).toBe('A test chart')
    expect(table.findAll('thead th').map(th => th.text())).toEqual(['x', 'y'])
    expect(table.findAll('tbody tr').map(tr => tr.findAll('th, td').map(c => c.text()))).toEqual([
      ['1', '3'],
    ])
    expect(wrapper.find('.chart-alternative-note').text()).toBe('a note')
    input.value = { y: 5 }
    await nextTick()
    expect(wrapper.find('[data-figure-table] tbody td').text()).toBe('5')
  })
})
