import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import RooflineChart from '../../components/RooflineChart.vue'
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

describe('<RooflineChart>', () => {
  it('draws the A100-80GB roof (ridge 153 FLOP/B at 312 TFLOP/s) and GPT-3\'s GEMMs, attention memory-bound', async () => {
    await setAssumptions({})
    const wrapper = mount(RooflineChart, {
      props: { model: 'gpt-3' },
    })
    const { datasets } = scatter(wrapper)
    const ridge = datasets[1]!.data[0]!
    expect(ridge.x).toBeCloseTo(153, 0)
    expect(ridge.y).toBe(312e12)
    expect(datasets.slice(2).map(d => d.label)).toEqual([
      'QKV: compute',
      'Scores QKᵀ: memory',
      'Attention × V: memory',
      'Output: compute',
      'MLP up: compute',
      'MLP down: compute',
    ])
    expect(datasets[2]!.data[0]!.y).toBe(312e12)
    expect(datasets[3]!.data[0]!.y).toBeLessThan(312e12)
  })

  it('moves the roof when the GPU changes', async () => {
    await setAssumptions({})
    const wrapper = mount(RooflineChart)
    await setAssumptions({ gpu: 'h100-sxm', precision: 'bf16' })
    const ridge = scatter(wrapper).datasets[1]!.data[0]!
    expect(ridge.y).toBe(989.5e12)
    expect(ridge.x).toBeCloseTo(295, 0)
  })
})
