import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import ScaleLimits from '../../components/ScaleLimits.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../composables/assumptions', () => import('./support/store'))

const value = (wrapper: VueWrapper, name: string) => wrapper.get(`[data-value="${name}"]`).text()

describe('<ScaleLimits>', () => {
  it('computes each limit of a compute-optimal 1T model on 100,000 A100', () => {
    const wrapper = mountFigure(ScaleLimits)
    expect(value(wrapper, 'trainingStateBytes')).toBe('16 TB')
    expect(wrapper.get('[data-limit="memory"]').text()).toContain('200 GPUs of 80 GB')
    expect(value(wrapper, 'allReduceSeconds')).toBe('0.31 s')
    expect(wrapper.get('[data-limit="communication"]').text()).toContain('195 replicas')
    expect(value(wrapper, 'goodput')).toBe('50.7% goodput')
    expect(value(wrapper, 'powerWatts')).toBe('44 MW')
    expect(value(wrapper, 'tokens')).toBe('20T tokens')
    expect(wrapper.get('[data-limit="data"]').text()).toContain('200T')
    expect(wrapper.get('[data-limit="data"]').text()).toContain('15.6T')
  })

  it('follows the cluster size and the GPU', async () => {
    const wrapper = mountFigure(ScaleLimits)
    await setAssumptions({ gpus: 16_384, gpu: 'h100-sxm' })
    // Llama 3's own scale: above its reported 90% effective training time.
    expect(value(wrapper, 'goodput')).toBe('91.9% goodput')
    expect(value(wrapper, 'powerWatts')).toBe('12.6 MW')
  })
})
