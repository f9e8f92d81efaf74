import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import LayerMatrices from '../../components/LayerMatrices.vue'
import SourceNote from '../../components/SourceNote.vue'
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

describe('<LayerMatrices>', () => {
  it('renders the six GEMMs of a GPT-3 layer with KaTeX, their real shapes, FLOPs and the matmul share', () => {
    const wrapper = mount(LayerMatrices, {
      props: { model: 'gpt-3' },
    })
    const rows = wrapper.findAll('[data-gemm]')
    expect(rows.map(r => r.attributes('data-gemm'))).toEqual([
      'QKV projection',
      'Attention scores QKᵀ',
      'Attention × V',
      'Output projection',
      'MLP up',
      'MLP down',
    ])
    expect(wrapper.findAll('.katex').length).toBeGreaterThanOrEqual(7)
    expect(wrapper.find('.katex-error').exists()).toBe(false)
    expect(rows[0]!.text()).toContain('1.86e12 FLOP')
    expect(rows[0]!.text()).toContain('36,864')
    expect(rows[4]!.text()).toContain('49,152')
    expect(rows[1]!.text()).toContain('96')
    expect(wrapper.find('[data-value="matmulShare"]').text()).toBe('99.95%')
    expect(wrapper.find('[data-katex-matrix]').text()).toContain('12,288')
    void setAssumptions
  })
})
