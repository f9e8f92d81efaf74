import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatDays, notSoFast } from '../../packages/llm-training-cost/src/engine'
import NotSoFastTime from '../../packages/slidev-addon-training-cost/components/NotSoFastTime.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<NotSoFastTime>', () => {
  it('heads with the floor at the law\'s batch, and the floor at the 2021 batch beside it', () => {
    const wrapper = mountFigure(NotSoFastTime)
    const figure = notSoFast(DEFAULT_ASSUMPTIONS)
    const [law, talk] = figure.floors
    expect(wrapper.get('[data-value="floorDays"]').text()).toBe(`${formatDays(law!.floor.minimumWallClockDays)} at least, on any cluster: 49,152 sequences a step (the batch-size law's 101M tokens); ${formatDays(talk!.floor.minimumWallClockDays)} at the 2021 batch, 6.29M tokens`)
    const labels = chart(wrapper).datasets.map(d => d.label)
    expect(labels).toContain('Batch floor')
    expect(labels).toContain('Floor at the 2021 batch')
  })

  it('follows the panel\'s batch: 3,072 sequences, and the law\'s floor beside it', async () => {
    const wrapper = mountFigure(NotSoFastTime)
    await setAssumptions({ batchTokens: 3072 * 2048 })
    const figure = notSoFast({ ...DEFAULT_ASSUMPTIONS, batchTokens: 3072 * 2048 })
    expect(wrapper.get('[data-value="floorDays"]').text()).toMatch(/^10\.1 months at least, on any cluster: 3,072 sequences a step \(the 2021 batch, 6\.29M tokens\)/)
    expect(wrapper.get('[data-value="otherFloorDays"]').text()).toBe(`; ${formatDays(figure.floors[1]!.floor.minimumWallClockDays)} at the batch-size law's 101M tokens`)
    expect(chart(wrapper).datasets.map(d => d.label)).toContain('Floor at the law\'s batch')
  })
})
