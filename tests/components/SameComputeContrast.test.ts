import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateModel } from '../../packages/llm-training-cost/src/engine'
import { chinchillaLoss } from '../../packages/llm-training-cost/src/engine/formulas/compute-optimal'
import SameComputeContrast from '../../packages/slidev-addon-training-cost/components/SameComputeContrast.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<SameComputeContrast>', () => {
  it('shows Gopher and Chinchilla with 6ND of the same order as the published 5.76e23, and Chinchilla winning on loss', async () => {
    const wrapper = mountFigure(SameComputeContrast)
    const cards = wrapper.findAll('[data-model]')
    expect(cards.map(c => c.attributes('data-model'))).toEqual(['gopher', 'chinchilla'])
    expect(cards[0]!.find('[data-value="trainingFlops"]').text()).toContain('5.04e23 FLOP')
    expect(cards[0]!.find('[data-value="trainingFlops"]').text()).toContain('-12.5%')
    expect(cards[1]!.find('[data-value="trainingFlops"]').text()).toContain('5.88e23 FLOP')
    expect(cards[1]!.find('[data-value="trainingFlops"]').text()).toContain('+2.1%')
    expect(wrapper.find('[data-value="publishedFlops"]').text()).toBe('5.76e23 FLOP')
    expect(chinchillaLoss(70e9, 1.4e12)).toBeLessThan(chinchillaLoss(280e9, 300e9))
    expect(cards[1]!.classes()).toContain('winner')
    expect(cards[1]!.find('[data-value="loss"]').text()).toBe('1.94')
  })

  it('follows the price assumption in its cost line', async () => {
    const wrapper = mountFigure(SameComputeContrast)
    const before = wrapper.findAll('[data-value="costUsd"]').map(c => c.text())
    expect(before[1]).toBe('$1.75M')
    await setAssumptions({ usdPerGpuHour: 3 })
    expect(wrapper.findAll('[data-value="costUsd"]')[1]!.text()).toBe('$3.49M')
    expect(estimateModel('chinchilla', { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 }).costUsd).toBeCloseTo(3.49e6, -4)
  })
})
