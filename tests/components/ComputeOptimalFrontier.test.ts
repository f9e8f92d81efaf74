import { describe, expect, it, vi } from 'vitest'
import ComputeOptimalFrontier from '../../packages/slidev-addon-training-cost/components/ComputeOptimalFrontier.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<ComputeOptimalFrontier>', () => {
  it('marks GPT-3 ×11.7 and MT-NLG ×39.3 short of 20 tokens per parameter, Chinchilla on the line', async () => {
    const wrapper = mountFigure(ComputeOptimalFrontier)
    expect(wrapper.find('[data-model="gpt-3"] [data-value="shortfall"]').text()).toBe('×11.7')
    expect(wrapper.find('[data-model="mt-nlg"] [data-value="shortfall"]').text()).toBe('×39.3')
    expect(wrapper.find('[data-model="chinchilla"] [data-value="shortfall"]').text()).toBe('on it')
    const { datasets } = chart(wrapper)
    expect(datasets[0]!.label).toBe('Compute-optimal: D = 20·N')
    expect(datasets[1]!.data).toHaveLength(9)
    expect(datasets[2]!.data).toHaveLength(6)
  })

  it('follows the tokens-per-parameter assumption', async () => {
    const wrapper = mountFigure(ComputeOptimalFrontier)
    await setAssumptions({ tokensPerParam: 10 })
    expect(chart(wrapper).datasets[0]!.label).toBe('Compute-optimal: D = 10·N')
    expect(wrapper.find('[data-model="gpt-3"] [data-value="shortfall"]').text()).toBe('×5.83')
  })
})
