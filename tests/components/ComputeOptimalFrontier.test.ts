import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import ComputeOptimalFrontier from '../../components/ComputeOptimalFrontier.vue'
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
