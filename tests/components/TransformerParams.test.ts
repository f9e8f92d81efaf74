import { describe, expect, it, vi } from 'vitest'
import TransformerParams from '../../packages/slidev-addon-training-cost/components/TransformerParams.vue'
import { mountFigure } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<TransformerParams>', () => {
  it('gPT-3: 12·d² = 1.81B per layer, 96 layers = 174B, with embedding 175B against the published 175B', () => {
    const wrapper = mountFigure(TransformerParams, {
      props: { model: 'gpt-3' },
    })
    expect(wrapper.find('[data-value="layerParams"]').text()).toBe('1.81B')
    expect(wrapper.find('[data-value="layerStackParams"]').text()).toBe('174B')
    expect(wrapper.find('[data-value="totalParams"]').text()).toBe('175B')
    expect(wrapper.find('[data-value="publishedParams"]').text()).toContain('-0.2%')
  })

  it('follows the model it is given', () => {
    const wrapper = mountFigure(TransformerParams, {
      props: { model: 'chinchilla' },
    })
    // 80 × 12 × 8192² = 64.4B; no vocabulary in data, so no embedding row.
    expect(wrapper.find('[data-value="layerStackParams"]').text()).toBe('64.4B')
    expect(wrapper.find('[data-value="embeddingParams"]').exists()).toBe(false)
  })
})
