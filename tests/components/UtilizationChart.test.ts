import type { ShallowRef } from 'vue'
import type { Assumptions } from '../../engine'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { computed, defineComponent, h, nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import SourceNote from '../../components/SourceNote.vue'
import UtilizationChart from '../../components/UtilizationChart.vue'
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

describe('<UtilizationChart>', () => {
  it('puts PaLM Table 3, MosaicML and Megatron-LM (converted to MFU) on one chart with the 60% and current lines', async () => {
    await setAssumptions({})
    const wrapper = mount(UtilizationChart)
    const byLabel = Object.fromEntries(scatter(wrapper).datasets.map(d => [d.label, d.data]))
    expect(byLabel['PaLM Table 3, MFU']!.map(p => p.y)).toEqual([0.213, 0.325, 0.302, 0.462])
    expect(byLabel['MosaicML A100, HFU']!.map(p => p.y)).toEqual([0.5687, 0.6232, 0.6394])
    // Megatron-LM's 163 TFLOP/s rows: 52.2% HFU, 39.2% MFU.
    expect(byLabel['Megatron-LM A100, MFU']!.at(-1)!.y).toBeCloseTo(0.3918, 4)
    expect(byLabel['SemiAnalysis "~60%"']![0]!.y).toBe(0.6)
    expect(byLabel['Current MFU']![0]!.y).toBe(0.45)
  })

  it('moves the current-MFU line with the assumption', async () => {
    await setAssumptions({})
    const wrapper = mount(UtilizationChart)
    await setAssumptions({ mfu: 0.3 })
    const current = scatter(wrapper).datasets.find(d => d.label === 'Current MFU')!
    expect(current.data[0]!.y).toBe(0.3)
  })
})
