import { describe, expect, it, vi } from 'vitest'
import ScalingWallSummary from '../../components/ScalingWallSummary.vue'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatUsd } from '../../engine'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../composables/assumptions', () => import('./support/store'))

describe('<ScalingWallSummary>', () => {
  it('shows the published $300M and $30B beside the engine\'s figure and the difference', () => {
    const wrapper = mountFigure(ScalingWallSummary)
    const [oneT, tenT] = wrapper.findAll('tbody tr')
    expect(oneT!.get('[data-value="publishedUsd"]').text()).toBe('$300M')
    expect(tenT!.get('[data-value="publishedUsd"]').text()).toBe('$30B')
    const engine = estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd
    expect(oneT!.get('[data-value="costUsd"]').text()).toBe(formatUsd(engine))
    expect(oneT!.text()).toContain('(+19%)')
  })

  it('follows MFU by 1/MFU', async () => {
    const wrapper = mountFigure(ScalingWallSummary)
    await setAssumptions({ mfu: 0.6 })
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe(formatUsd(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd * 0.45 / 0.6))
  })
})
