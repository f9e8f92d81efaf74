import { describe, expect, it, vi } from 'vitest'
import WorkCostTable from '../../components/WorkCostTable.vue'
import { DEFAULT_ASSUMPTIONS, formatUsd, workCostByChip } from '../../engine'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../composables/assumptions', () => import('./support/store'))

describe('<WorkCostTable>', () => {
  it('prices 1e21 FLOPs on each GPU from its cheapest to its dearest offer', () => {
    const wrapper = mountFigure(WorkCostTable)
    // The work, 10²¹ FLOPs, is the slide's title; the header names the column only.
    expect(wrapper.findAll('thead th').map(th => th.text())).toEqual([
      'GPU',
      'GPU-hours',
      'Cheapest offer',
      'Dearest offer',
    ])
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-gpu'))).toEqual([
      'a100-40gb',
      'a100-80gb',
      'h100-sxm',
      'h100-pcie',
      'v100',
    ])
    const a100 = workCostByChip(DEFAULT_ASSUMPTIONS)[0]!
    expect(rows[0]!.get('[data-value="gpuHours"]').text()).toBe('1.98k')
    expect(rows[0]!.get('[data-value="cheapestUsd"]').text()).toContain(formatUsd(a100.cheapest.costUsd))
    expect(rows[0]!.get('[data-value="dearestUsd"]').text()).toContain(formatUsd(a100.dearest.costUsd))
    // The chosen GPU's row stands out.
    expect(rows[1]!.classes()).toContain('font-bold')
  })

  it('follows MFU', async () => {
    const wrapper = mountFigure(WorkCostTable)
    await setAssumptions({ mfu: 0.9 })
    expect(wrapper.get('tbody tr [data-value="gpuHours"]').text()).toBe('989')
  })
})
