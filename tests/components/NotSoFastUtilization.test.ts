import { describe, expect, it, vi } from 'vitest'
import NotSoFastUtilization from '../../components/NotSoFastUtilization.vue'
import { DEFAULT_ASSUMPTIONS, formatPercent, notSoFast } from '../../engine'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../composables/assumptions', () => import('./support/store'))

describe('<NotSoFastUtilization>', () => {
  it('draws the scale model\'s MFU against cluster size, with the bubble, the network and the two flat references', () => {
    const wrapper = mountFigure(NotSoFastUtilization)
    const byLabel = Object.fromEntries(chart(wrapper).datasets.map(d => [d.label, d.data]))
    const figure = notSoFast(DEFAULT_ASSUMPTIONS)
    expect(byLabel['MFU (scale model, selective recompute)']!.map(p => p.y)).toEqual(figure.points.map(p => p.effectiveMfu))
    expect(byLabel['Pipeline bubble']!.map(p => p.x)).toEqual(figure.points.map(p => p.gpus))
    expect(byLabel['Kernel efficiency']![0]!.y).toBe(figure.kernelEfficiency)
    expect(byLabel['Talk\'s MFU (45%)']![0]!.y).toBe(0.45)
    expect(wrapper.get('[data-value="effectiveMfu"]').text()).toBe(`${formatPercent(figure.atCluster!.model.step.effectiveMfu)} MFU on 100k GPUs, not 45%`)
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
