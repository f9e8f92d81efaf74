import { describe, expect, it, vi } from 'vitest'
import ScenarioLine from '../../packages/slidev-addon-training-cost/components/ScenarioLine.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<ScenarioLine>', () => {
  it('names the default scenario in one line', () => {
    const text = mountFigure(ScenarioLine).text()
    expect(text).toBe('Computed for: NVIDIA A100 SXM 80GB · bf16 · MFU 45% · $1.5/GPU-hour · 100k GPUs · 20 tokens/parameter')
  })

  it('follows the assumptions, rounds what it prints and names goodput only when it is not 1', async () => {
    const wrapper = mountFigure(ScenarioLine)
    await setAssumptions({
      gpu: 'h100-sxm',
      mfu: 0.4,
      usdPerGpuHour: 2.5,
      gpus: 4096,
      tokensPerParam: 780 / 540,
      goodput: 0.67,
    })
    expect(wrapper.text()).toBe('Computed for: NVIDIA H100 SXM 80GB · bf16 · MFU 40% · $2.5/GPU-hour · 4.1k GPUs · 1.44 tokens/parameter · goodput 67%')
  })

  it('names the scale model\'s assumptions and the wall\'s switch when they differ from the defaults', async () => {
    const wrapper = mountFigure(ScenarioLine)
    await setAssumptions({ scaleModel: true, batchTokens: 2 * 3072 * 2048 })
    expect(wrapper.text()).toBe('Computed for: NVIDIA A100 SXM 80GB · bf16 · MFU 45% · $1.5/GPU-hour · 100k GPUs · 20 tokens/parameter · utilization scale model · global batch 12.6M tokens')
    // Beyond two changes the line counts them, so it stays within two lines on a slide.
    await setAssumptions({
      scaleModel: true,
      batchTokens: 2 * 3072 * 2048,
      restartMinutes: 30,
      pue: 1.3,
    })
    expect(wrapper.text()).toBe('Computed for: NVIDIA A100 SXM 80GB · bf16 · MFU 45% · $1.5/GPU-hour · 100k GPUs · 20 tokens/parameter · PUE 1.3 · 3 more on the Assumptions slide')
  })

  it('says so when no cluster size is set', async () => {
    const wrapper = mountFigure(ScenarioLine)
    await setAssumptions({ gpus: null })
    expect(wrapper.text()).toContain('no cluster size')
  })
})
