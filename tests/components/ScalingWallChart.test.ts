import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ScalingWallChart from '../../components/ScalingWallChart.vue'
import { DEFAULT_ASSUMPTIONS, estimateTraining } from '../../engine'
import { WALL_LABELS } from '../../figures/scaling-wall-chart'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('vue-chartjs', async () => (await import('./support/mocks')).vueChartjsStub())
vi.mock('../../composables/useChartTheme', async () => (await import('./support/mocks')).chartThemeStub())
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

interface Point { x: number, y: number | null }
function byLabel(wrapper: ReturnType<typeof mount>): Record<string, Point[]> {
  const data = wrapper.findComponent({ name: 'Line' }).props('data') as { datasets: { label: string, data: Point[] }[] }
  return Object.fromEntries(data.datasets.map(d => [d.label, d.data]))
}

describe('<ScalingWallChart>', () => {
  it('draws cost from 100M to 10T parameters inside its band, with 1T and 10T marked and published', () => {
    const sets = byLabel(mount(ScalingWallChart, {
      props: { quantity: 'cost' },
    }))
    const line = sets[WALL_LABELS.line]!
    expect(line).toHaveLength(41)
    expect(line[0]!.x).toBeCloseTo(1e8, -1)
    expect(line[40]!.x).toBeCloseTo(1e13, -6)
    line.forEach((p, i) => {
      expect(sets[WALL_LABELS.low]![i]!.y!).toBeLessThan(p.y!)
      expect(sets[WALL_LABELS.high]![i]!.y!).toBeGreaterThan(p.y!)
    })
    expect(sets[WALL_LABELS.marked]!.map(p => p.x)).toEqual([1e12, 1e13])
    expect(sets[WALL_LABELS.marked]![0]!.y).toBeCloseTo(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).costUsd, 0)
    expect(sets[WALL_LABELS.published]!.map(p => p.y)).toEqual([300e6, 30e9])
  })

  it('draws days on the current cluster, with no published points', () => {
    const wrapper = mount(ScalingWallChart, {
      props: { quantity: 'days' },
    })
    const sets = byLabel(wrapper)
    expect(sets[WALL_LABELS.marked]![0]!.y).toBeCloseTo(estimateTraining({ params: 1e12 }, DEFAULT_ASSUMPTIONS).wallClockDays!, 6)
    expect(sets[WALL_LABELS.published]).toEqual([])
    expect(wrapper.text()).toContain('MFU 40%–60%')
  })

  it('follows MFU: the line moves, the band does not', async () => {
    const wrapper = mount(ScalingWallChart, {
      props: { quantity: 'cost' },
    })
    const before = byLabel(wrapper)
    setAssumptions(store, { mfu: 0.3 })
    await nextTick()
    const after = byLabel(wrapper)
    expect(after[WALL_LABELS.marked]![0]!.y! / before[WALL_LABELS.marked]![0]!.y!).toBeCloseTo(1.5, 10)
    expect(after[WALL_LABELS.low]).toEqual(before[WALL_LABELS.low])
    setAssumptions(store, {})
  })
})
