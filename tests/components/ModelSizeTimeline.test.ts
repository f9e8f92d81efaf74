import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import ModelSizeTimeline from '../../components/ModelSizeTimeline.vue'
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
