import type { Assumptions } from '../../engine'
import type { StoreHolder } from './support/mocks'
import { config, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CompactSources from '../../components/CompactSources.vue'
import SourceNote from '../../components/SourceNote.vue'
import TransformerParams from '../../components/TransformerParams.vue'
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

describe('<TransformerParams>', () => {
  it('gPT-3: 12·d² = 1.81B per layer, 96 layers = 174B, with embedding 175B against the published 175B', () => {
    const wrapper = mount(TransformerParams, {
      props: { model: 'gpt-3' },
    })
    expect(wrapper.find('[data-value="layerParams"]').text()).toBe('1.81B')
    expect(wrapper.find('[data-value="layerStackParams"]').text()).toBe('174B')
    expect(wrapper.find('[data-value="totalParams"]').text()).toBe('175B')
    expect(wrapper.find('[data-value="publishedParams"]').text()).toContain('-0.2%')
    void setAssumptions
  })

  it('follows the model it is given', () => {
    const wrapper = mount(TransformerParams, {
      props: { model: 'chinchilla' },
    })
    // 80 × 12 × 8192² = 64.4B; no vocabulary in data, so no embedding row.
    expect(wrapper.find('[data-value="layerStackParams"]').text()).toBe('64.4B')
    expect(wrapper.find('[data-value="embeddingParams"]').exists()).toBe(false)
  })
})
