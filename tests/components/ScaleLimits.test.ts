import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ScaleLimits from '../../components/ScaleLimits.vue'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

const value = (wrapper: ReturnType<typeof mount>, name: string) => wrapper.get(`[data-value="${name}"]`).text()

describe('<ScaleLimits>', () => {
  it('computes each limit of a compute-optimal 1T model on 100,000 A100', () => {
    const wrapper = mount(ScaleLimits)
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
    const wrapper = mount(ScaleLimits)
    setAssumptions(store, { gpus: 16_384, gpu: 'h100-sxm' })
    await nextTick()
    // Llama 3's own scale: above its reported 90% effective training time.
    expect(value(wrapper, 'goodput')).toBe('91.9% goodput')
    expect(value(wrapper, 'powerWatts')).toBe('12.6 MW')
    setAssumptions(store, {})
  })
})
