import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import SourceNote from '../../components/SourceNote.vue'
import UtilizationChart from '../../components/UtilizationChart.vue'
import { setAssumptions as setStoreAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))
vi.mock('vue-chartjs', async () => (await import('./support/mocks')).vueChartjsStub())
vi.mock('../../composables/chart-theme', async () => (await import('./support/mocks')).chartThemeStub())

// Slidev registers the deck's components globally; so does this test.
config.global.components = { CompactSources, SourceNote }

async function setAssumptions(patch: Partial<Assumptions>): Promise<void> {
  setStoreAssumptions(store, patch)
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
