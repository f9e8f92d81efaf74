import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import AcceleratorTable from '../../components/AcceleratorTable.vue'
import CompactSources from '../../components/CompactSources.vue'
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

describe('<AcceleratorTable>', () => {
  it('lists every accelerator with a price range where data/prices.ts has one, and highlights the chosen GPU', async () => {
    await setAssumptions({})
    const wrapper = mount(AcceleratorTable)
    const a100 = wrapper.find('[data-gpu="a100-80gb"]')
    expect(a100.classes()).toContain('selected')
    expect(a100.find('[data-value="price"]').text()).toBe('$1.8–$5.12')
    expect(wrapper.find('[data-gpu="h200"] [data-value="price"]').text()).toBe('—')
    expect(wrapper.find('[data-gpu="v100"] [data-value="price"]').text()).toBe('$3.06')
    expect(wrapper.findAll('tr.selected')).toHaveLength(1)
  })

  it('moves the highlight and the precision with the assumptions', async () => {
    await setAssumptions({})
    const wrapper = mount(AcceleratorTable)
    await setAssumptions({ gpu: 'h100-sxm', precision: 'fp8' })
    expect(wrapper.find('[data-gpu="h100-sxm"]').classes()).toContain('selected')
    expect(wrapper.find('[data-gpu="h100-sxm"]').text()).toContain('1.98 PFLOP/s')
    expect(wrapper.find('[data-gpu="a100-80gb"]').classes()).not.toContain('selected')
  })
})
