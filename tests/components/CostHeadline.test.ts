import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatFlops, formatUsd } from '../../packages/llm-training-cost/src/engine'
import CostHeadline from '../../packages/slidev-addon-training-cost/components/CostHeadline.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<CostHeadline>', () => {
  it('shows the engine\'s cost of a compute-optimal 1T model and what it is made of', () => {
    const wrapper = mountFigure(CostHeadline)
    const run = estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS)
    expect(wrapper.get('.headline[data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
    expect(wrapper.get('[data-value="trainingFlops"]').text()).toBe(formatFlops(1.2e26))
    expect(wrapper.text()).toContain('20T')
    expect(wrapper.text()).toContain('100k GPUs')
  })

  it('follows the assumptions: 60% MFU costs three quarters of 45%', async () => {
    const wrapper = mountFigure(CostHeadline)
    await setAssumptions({ mfu: 0.6 })
    const run = estimateTraining({ params: 1e12 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(wrapper.get('.headline').text()).toBe(formatUsd(run.costUsd))
    expect(run.costUsd / estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd).toBeCloseTo(0.75, 10)
  })
})
