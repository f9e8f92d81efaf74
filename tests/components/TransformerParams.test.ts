import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import SourceNote from '../../components/SourceNote.vue'
import TransformerParams from '../../components/TransformerParams.vue'
import { DEFAULT_ASSUMPTIONS } from '../../engine'

// The store, as a ref the test can change: components must follow it.
const store = vi.hoisted(() => ({ assumptions: null as unknown as ShallowRef<Assumptions> }))
vi.mock('../../composables/assumptions', async () => {
  const { shallowRef } = await import('vue')
  const { DEFAULT_ASSUMPTIONS: defaults } = await import('../../engine')
  store.assumptions = shallowRef({ ...defaults })
  return {
    useAssumptions: () => ({ assumptions: store.assumptions }),
  }
})
// happy-dom has no canvas: stand in for vue-chartjs's <Scatter> and keep what it is given.
vi.mock('vue-chartjs', () => ({
  Scatter: defineComponent({
    name: 'Scatter',
    props: {
      data: { type: Object, required: true },
      options: { type: Object, required: true },
      plugins: {
        type: Array,
        default: () => [],
      },
    },
    setup: () => () => h('canvas'),
  }),
}))
// The theme reads Slidev's dark and print mode, which need a running Slidev app.
vi.mock('../../composables/useChartTheme', () => ({
  useChartTheme: () => computed(() => ({
    text: '#000',
    grid: '#ccc',
    series: [
      '#00f',
      '#f00',
      '#0f0',
      '#f0f',
      '#fa0',
      '#0ff',
      '#555',
    ],
    fontSize: 16,
    animate: false,
  })),
}))

// Slidev registers the deck's components globally; so does this test.
config.global.components = { CompactSources, SourceNote }

async function setAssumptions(patch: Partial<Assumptions>): Promise<void> {
  store.assumptions.value = {
    ...DEFAULT_ASSUMPTIONS,
    ...patch,
  }
  await nextTick()
}

describe('<TransformerParams>', () => {
  it('gPT-3: 12·d² = 1.81B per layer, 96 layers = 174B, with embedding 175B against the published 175B', () => {
    const wrapper = mount(TransformerParams, {
      props: { model: 'gpt-3' },
    })
    expect(wrapper.find('[data-value="layerParams"]').text()).toBe('1.81B')
    expect(wrapper.find('[data-value="layerStackParams"]').text()).toBe('174B')
    expect(wrapper.find('[data-value="totalParams"]').text()).toBe('175B')
    expect(wrapper.find('[data-value="publishedParams"]').text()).toContain('-0.2%')
    void setAssumptions
  })

  it('follows the model it is given', () => {
    const wrapper = mount(TransformerParams, {
      props: { model: 'chinchilla' },
    })
    // 80 × 12 × 8192² = 64.4B; no vocabulary in data, so no embedding row.
    expect(wrapper.find('[data-value="layerStackParams"]').text()).toBe('64.4B')
    expect(wrapper.find('[data-value="embeddingParams"]').exists()).toBe(false)
  })
})
