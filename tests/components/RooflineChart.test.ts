import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import RooflineChart from '../../components/RooflineChart.vue'
import SourceNote from '../../components/SourceNote.vue'
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
