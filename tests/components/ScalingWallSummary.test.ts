import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ScalingWallSummary from '../../components/ScalingWallSummary.vue'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatUsd } from '../../engine'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

describe('<ScalingWallSummary>', () => {
  it('shows the published $300M and $30B beside the engine\'s figure and the difference', () => {
    const wrapper = mount(ScalingWallSummary)
    const [oneT, tenT] = wrapper.findAll('tbody tr')
    expect(oneT!.get('[data-value="publishedUsd"]').text()).toBe('$300M')
    expect(tenT!.get('[data-value="publishedUsd"]').text()).toBe('$30B')
    const engine = estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd
    expect(oneT!.get('[data-value="costUsd"]').text()).toBe(formatUsd(engine))
    expect(oneT!.text()).toContain('(+19%)')
  })

  it('follows MFU by 1/MFU', async () => {
    const wrapper = mount(ScalingWallSummary)
    setAssumptions(store, { mfu: 0.6 })
    await nextTick()
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe(formatUsd(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd * 0.45 / 0.6))
    setAssumptions(store, {})
  })
})
