import { describe, expect, it, vi } from 'vitest'
import ModelSizeTimeline from '../../packages/slidev-addon-training-cost/components/ModelSizeTimeline.vue'
import { chart, mountFigure } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<ModelSizeTimeline>', () => {
  it('plots the earlier Transformers and the talk\'s seven models by decimal year and size', () => {
    const wrapper = mountFigure(ModelSizeTimeline)
    const [earlier, talk] = chart(wrapper).datasets
    expect(earlier!.data).toHaveLength(5)
    expect(talk!.data).toHaveLength(7)
    const gpt3 = talk!.data.find(p => p.label?.startsWith('GPT-3'))!
    expect(gpt3.x).toBeCloseTo(2020.375, 3)
    expect(gpt3.y).toBe(175e9)
    expect(wrapper.find('[data-value="growth"]').text()).toContain('Transformer (big) → PaLM')
    expect(wrapper.find('[data-sources]').exists()).toBe(true)
  })
})
