import { describe, expect, it, vi } from 'vitest'
import ParallelismMemory from '../../packages/slidev-addon-training-cost/components/ParallelismMemory.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<ParallelismMemory>', () => {
  it('gPT-3 on A100-80GB: 35 GPUs at least, only ZeRO-3 and TP × PP fit, 6.8% bubble', async () => {
    const wrapper = mountFigure(ParallelismMemory, {
      props: { model: 'gpt-3' },
    })
    expect(wrapper.find('[data-value="minGpus"]').text()).toBe('35')
    expect(wrapper.find('[data-scheme="dp"] [data-value="bytesPerGpu"]').text()).toBe('2.8 TB')
    expect(wrapper.find('[data-scheme="tp-pp"] [data-value="bytesPerGpu"]').text()).toBe('43.8 GB')
    expect(wrapper.findAll('tr.fits').map(r => r.attributes('data-scheme'))).toEqual(['zero-3', 'tp-pp', 'tp-pp-dp-zero-1'])
    expect(wrapper.find('[data-value="bubble"]').text()).toContain('6.8%')
  })

  it('follows the GPU: on a 141 GB H200, 20 GPUs hold the state', async () => {
    const wrapper = mountFigure(ParallelismMemory)
    await setAssumptions({ gpu: 'h200' })
    expect(wrapper.find('[data-value="minGpus"]').text()).toBe('20')
  })
})
