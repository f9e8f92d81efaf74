import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatPercent, formatUsd, scalingWallRows } from '../../packages/llm-training-cost/src/engine'
import ScalingWallSummary from '../../packages/slidev-addon-training-cost/components/ScalingWallSummary.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

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

  it('shows the scale model\'s utilization, cost and time when the switch says so', async () => {
    const wrapper = mountFigure(ScalingWallSummary)
    expect(wrapper.get('table').attributes('data-utilization')).toBe('fixed MFU')
    expect(wrapper.get('[data-value="mfu"]').text()).toBe('45%')
    await setAssumptions({ scaleModel: true })
    expect(wrapper.get('table').attributes('data-utilization')).toBe('scale model')
    const [wall] = scalingWallRows({ ...DEFAULT_ASSUMPTIONS, scaleModel: true }).rows
    expect(wrapper.get('[data-value="mfu"]').text()).toBe(formatPercent(wall!.mfu!))
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe(formatUsd(wall!.costUsd!))
    // Which batch: each size's law batch, and 1T at the 2021 batch beside it.
    expect(wrapper.get('[data-value="batch"]').text()).toMatch(/^Each size at the batch-size law's batch for its compute \(1T: 101M tokens, 10T: \d+M tokens\); at the 2021 batch, 6\.29M tokens, 1T: 11\.\d% MFU, 18\.\d months, \$1\.9\dB\.$/)
  })

  it('names no batch at the fixed MFU', () => {
    const wrapper = mountFigure(ScalingWallSummary)
    expect(wrapper.find('[data-value="batch"]').exists()).toBe(false)
  })
})
