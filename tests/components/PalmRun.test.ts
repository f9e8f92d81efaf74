import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateModel, formatUsd } from '../../packages/llm-training-cost/src/engine'
import PalmRun from '../../packages/slidev-addon-training-cost/components/PalmRun.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<PalmRun>', () => {
  it('sets the engine\'s FLOPs and MFU beside PaLM\'s reported ones', () => {
    const wrapper = mountFigure(PalmRun)
    const row = (id: string) => wrapper.get(`[data-row="${id}"]`).findAll('td').map(td => td.text())
    // 6·N·D = 2.53e24 against the reported 2.56e24.
    expect(row('trainingFlops')[1]).toBe('2.56e24 FLOP')
    expect(row('trainingFlops')[2]).toBe('2.53e24 FLOP (-1%)')
    // MFU from 238.3K tokens/s: 46.2% with PaLM's attention term, 45.7% with 6N only.
    expect(row('mfu')[2]).toContain('46.2%')
    expect(row('mfuNoAttention')[2]).toContain('45.7%')
    // Over the 8.4M booked chip-hours only ~31% of peak.
    expect(row('wholeRun')[1]).toBe('8.4M chip-hours')
    expect(row('wholeRun')[2]).toBe('30.8%')
  })

  it('prices the same run on the current GPU and cluster, and follows the assumptions', async () => {
    const wrapper = mountFigure(PalmRun, {
      props: { today: true },
    })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe(formatUsd(estimateModel('palm', DEFAULT_ASSUMPTIONS).costUsd))
    await setAssumptions({ gpu: 'h100-sxm', usdPerGpuHour: 3.49 })
    const run = estimateModel('palm', { ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm', usdPerGpuHour: 3.49 })
    expect(wrapper.get('[data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
    expect(wrapper.text()).toContain('H100')
  })
})
