import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import AcceleratorTable from '../../components/AcceleratorTable.vue'
import CompactSources from '../../components/CompactSources.vue'
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

describe('<AcceleratorTable>', () => {
  it('lists every accelerator with a price range where data/prices.ts has one, and highlights the chosen GPU', async () => {
    await setAssumptions({})
    const wrapper = mount(AcceleratorTable)
    const a100 = wrapper.find('[data-gpu="a100-80gb"]')
    expect(a100.classes()).toContain('selected')
    expect(a100.find('[data-value="price"]').text()).toBe('$1.8–$5.12')
    expect(wrapper.find('[data-gpu="h200"] [data-value="price"]').text()).toBe('—')
    expect(wrapper.find('[data-gpu="v100"] [data-value="price"]').text()).toBe('$3.06')
    expect(wrapper.findAll('tr.selected')).toHaveLength(1)
  })

  it('moves the highlight and the precision with the assumptions', async () => {
    await setAssumptions({})
    const wrapper = mount(AcceleratorTable)
    await setAssumptions({ gpu: 'h100-sxm', precision: 'fp8' })
    expect(wrapper.find('[data-gpu="h100-sxm"]').classes()).toContain('selected')
    expect(wrapper.find('[data-gpu="h100-sxm"]').text()).toContain('1.98 PFLOP/s')
    expect(wrapper.find('[data-gpu="a100-80gb"]').classes()).not.toContain('selected')
  })
})
