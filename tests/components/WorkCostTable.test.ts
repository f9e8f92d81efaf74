import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, formatUsd, workCostByChip, workCostSpan } from '../../packages/llm-training-cost/src/engine'
import WorkCostTable from '../../packages/slidev-addon-training-cost/components/WorkCostTable.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

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

describe('<WorkCostTable> claim', () => {
  it('leads with the range of the same work\'s cost and how far the offer alone moves one chip', async () => {
    const wrapper = mountFigure(WorkCostTable)
    const span = workCostSpan(workCostByChip(DEFAULT_ASSUMPTIONS))!
    const claim = wrapper.get('[data-value="span"]')
    expect(claim.classes()).toContain('deck-headline')
    expect(claim.text()).toBe(`Same work, ${formatUsd(span.cheapest.costUsd)}–${formatUsd(span.dearest.costUsd)}; the offer alone moves the A100 4×`)
    // Twice the MFU halves every cost; the offer's spread on one chip stays.
    await setAssumptions({ mfu: 0.9 })
    expect(wrapper.get('[data-value="span"]').text()).toContain(`${formatUsd(span.cheapest.costUsd / 2)}–${formatUsd(span.dearest.costUsd / 2)}`)
    expect(wrapper.get('[data-value="span"]').text()).toContain('A100 4×')
  })
})
