import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import ComputeOptimalFrontier from '../../components/ComputeOptimalFrontier.vue'
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

interface Point { x: number, y: number, label?: string }
function scatter(wrapper: ReturnType<typeof mount>): { datasets: { label: string, data: Point[] }[] } {
  return wrapper.findComponent({ name: 'Scatter' }).props('data') as { datasets: { label: string, data: Point[] }[] }
}

describe('<ComputeOptimalFrontier>', () => {
  it('marks GPT-3 ×11.7 and MT-NLG ×39.3 short of 20 tokens per parameter, Chinchilla on the line', async () => {
    await setAssumptions({})
    const wrapper = mount(ComputeOptimalFrontier)
    expect(wrapper.find('[data-model="gpt-3"] [data-value="shortfall"]').text()).toBe('×11.7')
    expect(wrapper.find('[data-model="mt-nlg"] [data-value="shortfall"]').text()).toBe('×39.3')
    expect(wrapper.find('[data-model="chinchilla"] [data-value="shortfall"]').text()).toBe('on it')
    const { datasets } = scatter(wrapper)
    expect(datasets[0]!.label).toBe('Compute-optimal: D = 20·N')
    expect(datasets[1]!.data).toHaveLength(9)
    expect(datasets[2]!.data).toHaveLength(6)
  })

  it('follows the tokens-per-parameter assumption', async () => {
    await setAssumptions({})
    const wrapper = mount(ComputeOptimalFrontier)
    await setAssumptions({ tokensPerParam: 10 })
    expect(scatter(wrapper).datasets[0]!.label).toBe('Compute-optimal: D = 10·N')
    expect(wrapper.find('[data-model="gpt-3"] [data-value="shortfall"]').text()).toBe('×5.83')
  })
})
