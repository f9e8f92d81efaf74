import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatPercent, formatWatts, scaleLimits } from '../../packages/llm-training-cost/src/engine'
import ScaleLimits from '../../packages/slidev-addon-training-cost/components/ScaleLimits.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

const value = (wrapper: VueWrapper, name: string) => wrapper.get(`[data-value="${name}"]`).text()

describe('<ScaleLimits>', () => {
  it('shows each limit of a compute-optimal 1T model on 100,000 A100, as the scale model computes it', () => {
    const wrapper = mountFigure(ScaleLimits)
    const limits = scaleLimits(DEFAULT_ASSUMPTIONS)
    expect(value(wrapper, 'trainingStateBytes')).toBe('16 TB')
    expect(wrapper.get('[data-limit="memory"]').text()).toContain('200 GPUs of 80 GB just to hold it')
    expect(value(wrapper, 'effectiveMfu')).toBe(`${formatPercent(limits.step!.effectiveMfu)} MFU`)
    expect(wrapper.get('[data-limit="utilization"]').text()).toMatch(/\d+ microbatches for \d+ pipeline stages/)
    expect(wrapper.get('[data-limit="utilization"] [data-value="batch"]').text()).toBe('at the batch-size law\'s 101M tokens')
    expect(value(wrapper, 'goodput')).toBe(`${formatPercent(limits.failures.goodput)} goodput`)
    expect(wrapper.get('[data-limit="failures"]').text()).toMatch(/\d+ interruptions a day/)
    // The systems' power, not the boards': 89 MW, not 44.
    expect(value(wrapper, 'powerWatts')).toBe(formatWatts(limits.power.facilityPowerWatts))
    expect(wrapper.get('[data-limit="power"]').text()).toContain(`the boards alone: ${formatWatts(limits.power.boardOnlyFacilityWatts)}`)
    expect(value(wrapper, 'tokens')).toBe('20T tokens')
    expect(wrapper.get('[data-limit="data"]').text()).toContain('200T')
    expect(wrapper.get('[data-limit="data"]').text()).toContain('36T')
    expect(wrapper.text()).not.toMatch(/NaN|Infinity|undefined/)
  })

  it('follows the cluster size and the GPU', async () => {
    const wrapper = mountFigure(ScaleLimits)
    await setAssumptions({ gpus: 16_384, gpu: 'h100-sxm' })
    const limits = scaleLimits({ ...DEFAULT_ASSUMPTIONS, gpus: 16_384, gpu: 'h100-sxm' })
    // Llama 3's own scale: above its reported 90% effective training time.
    expect(limits.failures.goodput).toBeGreaterThan(0.9)
    expect(value(wrapper, 'goodput')).toBe(`${formatPercent(limits.failures.goodput)} goodput`)
    expect(value(wrapper, 'powerWatts')).toBe(formatWatts(limits.power.facilityPowerWatts))
  })
})
