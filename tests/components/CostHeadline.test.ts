import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import CostHeadline from '../../components/CostHeadline.vue'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatFlops, formatUsd } from '../../engine'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

describe('<CostHeadline>', () => {
  it('shows the engine\'s cost of a compute-optimal 1T model and what it is made of', () => {
    const wrapper = mount(CostHeadline)
    const run = estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS)
    expect(wrapper.get('.headline[data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
    expect(wrapper.get('[data-value="trainingFlops"]').text()).toBe(formatFlops(1.2e26))
    expect(wrapper.text()).toContain('20T')
    expect(wrapper.text()).toContain('100k GPUs')
  })

  it('follows the assumptions: 60% MFU costs three quarters of 45%', async () => {
    const wrapper = mount(CostHeadline)
    setAssumptions(store, { mfu: 0.6 })
    await nextTick()
    const run = estimateTraining({ params: 1e12 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(wrapper.get('.headline').text()).toBe(formatUsd(run.costUsd))
    expect(run.costUsd / estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd).toBeCloseTo(0.75, 10)
    setAssumptions(store, {})
  })
})
