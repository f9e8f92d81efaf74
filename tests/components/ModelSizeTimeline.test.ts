import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import ModelSizeTimeline from '../../components/ModelSizeTimeline.vue'
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

describe('<ModelSizeTimeline>', () => {
  it('plots the earlier Transformers and the talk\'s seven models by decimal year and size', () => {
    const wrapper = mount(ModelSizeTimeline)
    const [earlier, talk] = scatter(wrapper).datasets
    expect(earlier!.data).toHaveLength(5)
    expect(talk!.data).toHaveLength(7)
    const gpt3 = talk!.data.find(p => p.label?.startsWith('GPT-3'))!
    expect(gpt3.x).toBeCloseTo(2020.375, 3)
    expect(gpt3.y).toBe(175e9)
    expect(wrapper.find('[data-value="growth"]').text()).toContain('Transformer (big) → PaLM')
    expect(wrapper.find('[data-sources]').exists()).toBe(true)
    void setAssumptions
  })
})
