import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatPercent, notSoFast } from '../../packages/llm-training-cost/src/engine'
import NotSoFastUtilization from '../../packages/slidev-addon-training-cost/components/NotSoFastUtilization.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<NotSoFastUtilization>', () => {
  it('draws the scale model\'s MFU against cluster size, with the bubble, the network and the two flat references', () => {
    const wrapper = mountFigure(NotSoFastUtilization)
    const byLabel = Object.fromEntries(chart(wrapper).datasets.map(d => [d.label, d.data]))
    const figure = notSoFast(DEFAULT_ASSUMPTIONS)
    expect(byLabel['MFU (scale model, selective recompute)']!.map(p => p.y)).toEqual(figure.points.map(p => p.effectiveMfu))
    expect(byLabel['Pipeline bubble']!.map(p => p.x)).toEqual(figure.points.map(p => p.gpus))
    expect(byLabel['Kernel efficiency']![0]!.y).toBe(figure.kernelEfficiency)
    expect(byLabel['Talk\'s MFU (45%)']![0]!.y).toBe(0.45)
    expect(wrapper.get('[data-value="effectiveMfu"]').text()).toMatch(new RegExp(`^${formatPercent(figure.atCluster!.model.step.effectiveMfu)} MFU on 100k GPUs, not 45%`))
    // Which batch: the law's, and the MFU at the talk era's 6.3M beside it.
    expect(wrapper.get('[data-value="batch"]').text()).toBe(`at the batch-size law's 101M tokens; ${formatPercent(figure.compared!.effectiveMfu)} at the 2021 batch, 6.29M tokens`)
  })

  it('says the batch set in the panel, and the law\'s beside it', async () => {
    const wrapper = mountFigure(NotSoFastUtilization)
    await setAssumptions({ batchTokens: 16 * 2 ** 20 })
    const figure = notSoFast({ ...DEFAULT_ASSUMPTIONS, batchTokens: 16 * 2 ** 20 })
    expect(wrapper.get('[data-value="effectiveMfu"]').text()).toContain(formatPercent(figure.atCluster!.model.step.effectiveMfu))
    expect(wrapper.get('[data-value="batch"]').text()).toBe(`at a batch of 16.8M tokens (set); ${formatPercent(figure.compared!.effectiveMfu)} at the batch-size law's 101M tokens`)
  })

  it('follows the cluster size in its headline, and says why on a chip it has no data for', async () => {
    const wrapper = mountFigure(NotSoFastUtilization)
    await setAssumptions({ gpus: 4096 })
    const figure = notSoFast({ ...DEFAULT_ASSUMPTIONS, gpus: 4096 })
    expect(wrapper.get('[data-value="effectiveMfu"]').text()).toContain(formatPercent(figure.atCluster!.model.step.effectiveMfu))
    await setAssumptions({ gpu: 'tpu-v3' })
    expect(wrapper.get('[data-value="effectiveMfu"]').text()).toMatch(/no measured kernel efficiency for Google TPU v3/)
  })
})
