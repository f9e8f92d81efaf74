import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ScenarioLine from '../../components/ScenarioLine.vue'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

describe('<ScenarioLine>', () => {
  it('names the default scenario in one line', () => {
    const text = mount(ScenarioLine).text()
    expect(text).toBe('Computed for: NVIDIA A100 SXM 80GB · bf16 · MFU 45% · $1.5/GPU-hour · 100k GPUs · 20 tokens/parameter')
  })

  it('follows the assumptions, rounds what it prints and names goodput only when it is not 1', async () => {
    const wrapper = mount(ScenarioLine)
    setAssumptions(store, {
      gpu: 'h100-sxm',
      mfu: 0.4,
      usdPerGpuHour: 2.5,
      gpus: 4096,
      tokensPerParam: 780 / 540,
      goodput: 0.67,
    })
    await nextTick()
    expect(wrapper.text()).toBe('Computed for: NVIDIA H100 SXM 80GB · bf16 · MFU 40% · $2.5/GPU-hour · 4.1k GPUs · 1.44 tokens/parameter · goodput 67%')
  })

  it('says so when no cluster size is set', async () => {
    const wrapper = mount(ScenarioLine)
    setAssumptions(store, { gpus: null })
    await nextTick()
    expect(wrapper.text()).toContain('no cluster size')
  })
})
