import { describe, expect, it, vi } from 'vitest'
import RooflineChart from '../../packages/slidev-addon-training-cost/components/RooflineChart.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<RooflineChart>', () => {
  it('draws the A100-80GB roof (ridge 153 FLOP/B at 312 TFLOP/s) and GPT-3\'s GEMMs, attention memory-bound', async () => {
    const wrapper = mountFigure(RooflineChart, {
      props: { model: 'gpt-3' },
    })
    const { datasets } = chart(wrapper)
    const ridge = datasets[1]!.data[0]!
    expect(ridge.x).toBeCloseTo(153, 0)
    expect(ridge.y).toBe(312e12)
    expect(datasets.slice(2).map(d => d.label)).toEqual([
      'QKV: compute',
      'Scores QKᵀ: memory',
      'Attention × V: memory',
      'Output: compute',
      'MLP up: compute',
      'MLP down: compute',
    ])
    expect(datasets[2]!.data[0]!.y).toBe(312e12)
    expect(datasets[3]!.data[0]!.y).toBeLessThan(312e12)
  })

  it('moves the roof when the GPU changes', async () => {
    const wrapper = mountFigure(RooflineChart)
    await setAssumptions({ gpu: 'h100-sxm', precision: 'bf16' })
    const ridge = chart(wrapper).datasets[1]!.data[0]!
    expect(ridge.y).toBe(989.5e12)
    expect(ridge.x).toBeCloseTo(295, 0)
  })
})
