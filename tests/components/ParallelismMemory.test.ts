import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import ParallelismMemory from '../../components/ParallelismMemory.vue'
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

describe('<ParallelismMemory>', () => {
  it('gPT-3 on A100-80GB: 35 GPUs at least, only ZeRO-3 and TP × PP fit, 6.8% bubble', async () => {
    await setAssumptions({})
    const wrapper = mount(ParallelismMemory, {
      props: { model: 'gpt-3' },
    })
    expect(wrapper.find('[data-value="minGpus"]').text()).toBe('35')
    expect(wrapper.find('[data-scheme="dp"] [data-value="bytesPerGpu"]').text()).toBe('2.8 TB')
    expect(wrapper.find('[data-scheme="tp-pp"] [data-value="bytesPerGpu"]').text()).toBe('43.8 GB')
    expect(wrapper.findAll('tr.fits').map(r => r.attributes('data-scheme'))).toEqual(['zero-3', 'tp-pp', 'tp-pp-dp-zero-1'])
    expect(wrapper.find('[data-value="bubble"]').text()).toContain('6.8%')
  })

  it('follows the GPU: on a 141 GB H200, 20 GPUs hold the state', async () => {
    await setAssumptions({})
    const wrapper = mount(ParallelismMemory)
    await setAssumptions({ gpu: 'h200' })
    expect(wrapper.find('[data-value="minGpus"]').text()).toBe('20')
  })
})
