import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import SourceNote from '../../components/SourceNote.vue'
import UtilizationCost from '../../components/UtilizationCost.vue'
import { DEFAULT_ASSUMPTIONS, estimateModel } from '../../engine'
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

describe('<UtilizationCost>', () => {
  it('prices GPT-3 from 21.3% (its own MFU) to 60%, cost ∝ 1/MFU, the current MFU marked', async () => {
    await setAssumptions({})
    const wrapper = mount(UtilizationCost, {
      props: { model: 'gpt-3' },
    })
    const [curve, published, current] = scatter(wrapper).datasets
    expect(curve!.data[0]!.x).toBeCloseTo(0.213, 6)
    expect(curve!.data.at(-1)!.x).toBeCloseTo(0.6, 6)
    expect(curve!.data[0]!.y / curve!.data.at(-1)!.y).toBeCloseTo(0.6 / 0.213, 6)
    expect(published!.data.map(p => p.label)).toContain('PaLM 46.2%')
    expect(current!.data[0]!.y).toBeCloseTo(estimateModel('gpt-3', DEFAULT_ASSUMPTIONS).costUsd, 0)
    expect(wrapper.find('[data-current] [data-value="costUsd"]').text()).toBe('$935k')
  })

  it('follows the MFU and price assumptions', async () => {
    await setAssumptions({})
    const wrapper = mount(UtilizationCost)
    await setAssumptions({ mfu: 0.3, usdPerGpuHour: 3 })
    expect(wrapper.find('[data-current]').text()).toContain('30%')
    expect(wrapper.find('[data-current] [data-value="costUsd"]').text()).toBe('$2.8M')
  })
})
