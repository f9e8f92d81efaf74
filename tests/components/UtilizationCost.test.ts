import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateModel } from '../../packages/llm-training-cost/src/engine'
import UtilizationCost from '../../packages/slidev-addon-training-cost/components/UtilizationCost.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<UtilizationCost>', () => {
  it('prices GPT-3 from 21.3% (its own MFU) to 60%, cost ∝ 1/MFU, the current MFU marked', async () => {
    const wrapper = mountFigure(UtilizationCost, {
      props: { model: 'gpt-3' },
    })
    const [curve, published, current] = chart(wrapper).datasets
    expect(curve!.data[0]!.x).toBeCloseTo(0.213, 6)
    expect(curve!.data.at(-1)!.x).toBeCloseTo(0.6, 6)
    expect(curve!.data[0]!.y / curve!.data.at(-1)!.y).toBeCloseTo(0.6 / 0.213, 6)
    expect(published!.data.map(p => p.label)).toContain('PaLM 46.2%')
    expect(current!.data[0]!.y).toBeCloseTo(estimateModel('gpt-3', DEFAULT_ASSUMPTIONS).costUsd, 0)
    expect(wrapper.find('[data-current] [data-value="costUsd"]').text()).toBe('$935k')
  })

  it('follows the MFU and price assumptions', async () => {
    const wrapper = mountFigure(UtilizationCost)
    await setAssumptions({ mfu: 0.3, usdPerGpuHour: 3 })
    expect(wrapper.find('[data-current]').text()).toContain('30%')
    expect(wrapper.find('[data-current] [data-value="costUsd"]').text()).toBe('$2.8M')
  })
})
