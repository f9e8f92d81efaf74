import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import ParallelismMemory from '../../components/ParallelismMemory.vue'
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

describe('<ParallelismMemory>', () => {
  it('gPT-3 on A100-80GB: 35 GPUs at least, only ZeRO-3 and TP × PP fit, 6.8% bubble', async () => {
    await setAssumptions({})
    const wrapper = mount(ParallelismMemory, {
      props: { model: 'gpt-3' },
    })
    expect(wrapper.find('[data-value="minGpus"]').text()).toBe('35')
    expect(wrapper.find('[data-scheme="dp"] [data-value="bytesPerGpu"]').text()).toBe('2.8 TB')
    expect(wrapper.find('[data-scheme="tp-pp"] [data-value="bytesPerGpu"]').text()).toBe('43.8 GB')
    expect(wrapper.findAll('tr.fits').map(r => r.attributes('data-scheme'))).toEqual(['zero-3', 'tp-pp', 'tp-pp-dp-zero-1'])
    expect(wrapper.find('[data-value="bubble"]').text()).toContain('6.8%')
  })

  it('follows the GPU: on a 141 GB H200, 20 GPUs hold the state', async () => {
    await setAssumptions({})
    const wrapper = mount(ParallelismMemory)
    await setAssumptions({ gpu: 'h200' })
    expect(wrapper.find('[data-value="minGpus"]').text()).toBe('20')
  })
})
