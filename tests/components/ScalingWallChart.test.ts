import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatDays, formatUsd } from '../../packages/llm-training-cost/src/engine'
import ScalingWallChart from '../../packages/slidev-addon-training-cost/components/ScalingWallChart.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

function marks(wrapper: VueWrapper, series: string): { cy: number, title: string }[] {
  return wrapper.findAll(`[data-series="${series}"]`).map(node => ({
    cy: Number(node.attributes('cy') ?? node.attributes('points')?.split(/[ ,]/)[1]),
    title: node.find('title').text(),
  }))
}

function pathOf(wrapper: VueWrapper, series: string): string {
  return wrapper.find(`[data-series="${series}"]`).attributes('d') ?? ''
}

describe('<ScalingWallChart>', () => {
  it('draws cost from 100M to 10T parameters with its band, 1T and 10T marked and published', () => {
    const wrapper = mountFigure(ScalingWallChart, {
      props: { quantity: 'cost' },
    })
    // 41 points: one move and 40 segments.
    expect(pathOf(wrapper, 'line').match(/[ML]/g)).toHaveLength(41)
    expect(pathOf(wrapper, 'band')).toMatch(/^M.*Z$/)
    const xLabels = wrapper.findAll('text').map(t => t.text())
    expect(xLabels).toEqual(expect.arrayContaining([
      '100M',
      '1T',
      '10T',
      'Parameters (log scale)',
      'Training cost (USD, log)',
    ]))
    const engine = marks(wrapper, 'marked')
    expect(engine).toHaveLength(2)
    expect(engine[0]!.title).toContain(formatUsd(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd))
    const published = marks(wrapper, 'published').map(m => m.title)
    expect(published).toEqual([
      expect.stringContaining('$300M'),
      expect.stringContaining('$30B'),
    ])
  })

  it('draws days on the current cluster, with no published points', () => {
    const wrapper = mountFigure(ScalingWallChart, {
      props: { quantity: 'days' },
    })
    expect(marks(wrapper, 'marked')[0]!.title).toContain(formatDays(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).wallClockDays))
    expect(wrapper.findAll('[data-series="published"]')).toHaveLength(0)
    expect(wrapper.text()).toContain('MFU 40%–60%')
  })

  it('follows MFU: the engine\'s points move up by log10(1.5) decades at half the MFU, the band stays', async () => {
    const wrapper = mountFigure(ScalingWallChart, {
      props: { quantity: 'cost' },
    })
    const before = marks(wrapper, 'marked')
    const band = pathOf(wrapper, 'band')
    await setAssumptions({ mfu: 0.3 })
    const after = marks(wrapper, 'marked')
    expect(after[0]!.title).toContain(formatUsd(estimateTraining({ params: 1e12 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.3 }).costUsd))
    // Both marks move by the same number of pixels: the ratio is the same at every size on a log axis.
    const shift0 = before[0]!.cy - after[0]!.cy
    const shift1 = before[1]!.cy - after[1]!.cy
    expect(shift0).toBeGreaterThan(0)
    expect(shift1).toBeCloseTo(shift0, 6)
    expect(pathOf(wrapper, 'band')).toBe(band)
  })
})
