import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimateTraining, formatUsd } from '../../packages/llm-training-cost/src/engine'
import SotaCosts from '../../packages/slidev-addon-training-cost/components/SotaCosts.vue'
import { chart, chartOptions, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<SotaCosts>', () => {
  it('puts "30B → $450k | $326k, 70B → $2.5M | $1.75M" beside the engine\'s cost and the difference', () => {
    const wrapper = mountFigure(SotaCosts)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => [
      r.get('[data-value="mosaicUsd"]').text(),
      r.get('[data-value="semiAnalysisUsd"]').text(),
    ])).toEqual([
      ['$450k', '$326k'],
      ['$2.5M', '$1.75M'],
    ])
    // At the defaults (45% MFU, $1.5/h) the engine reproduces SemiAnalysis.
    expect(rows[0]!.get('[data-value="costUsd"]').text()).toBe('$326k')
    expect(rows[1]!.get('[data-value="costUsd"]').text()).toBe('$1.75M')
    expect(rows[0]!.get('[data-value="changeVsComputeOnly"]').text()).toBe('0% vs compute only')
    // The price over the engine's cost, as the slide's claim puts it: $450k / $326k.
    expect(rows[0]!.get('[data-value="priceOverEngine"]').text()).toBe('price +38%')
  })

  it('charts the compute-optimal line and the published points, log–log', () => {
    const wrapper = mountFigure(SotaCosts, {
      props: { chart: true },
    })
    const [line, mosaic, semi, engine] = chart(wrapper).datasets
    expect(line!.data).toHaveLength(13)
    expect(line!.data[0]!.x).toBeCloseTo(1e9, 0)
    expect(mosaic!.data.map(p => p.y)).toEqual([450e3, 2.5e6])
    expect(semi!.data.map(p => p.y)).toEqual([326e3, 1.75e6])
    expect(engine!.data[1]!.y).toBeCloseTo(estimateTraining({ params: 70e9, tokens: 1.4e12 }, DEFAULT_ASSUMPTIONS).costUsd, 6)
    const options = chartOptions<{ scales: { x: { type: string }, y: { type: string } } }>(wrapper)
    expect([options.scales.x.type, options.scales.y.type]).toEqual(['logarithmic', 'logarithmic'])
  })

  it('follows the assumptions', async () => {
    const table = mountFigure(SotaCosts)
    const drawn = mountFigure(SotaCosts, {
      props: { chart: true },
    })
    await setAssumptions({ mfu: 0.3 })
    const run = estimateTraining({ params: 30e9, tokens: 610e9 }, { ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    expect(table.get('tbody tr [data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
    expect(chart(drawn).datasets[3]!.data[0]!.y).toBeCloseTo(run.costUsd, 6)
  })
})
