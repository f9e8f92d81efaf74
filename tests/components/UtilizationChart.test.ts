import { describe, expect, it, vi } from 'vitest'
import UtilizationChart from '../../packages/slidev-addon-training-cost/components/UtilizationChart.vue'
import { chart, mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<UtilizationChart>', () => {
  it('puts PaLM Table 3, MosaicML and Megatron-LM (converted to MFU) on one chart with the 60% and current lines', async () => {
    const wrapper = mountFigure(UtilizationChart)
    const byLabel = Object.fromEntries(chart(wrapper).datasets.map(d => [d.label, d.data]))
    expect(byLabel['PaLM Table 3, MFU']!.map(p => p.y)).toEqual([0.213, 0.325, 0.302, 0.462])
    expect(byLabel['MosaicML A100, HFU']!.map(p => p.y)).toEqual([0.5687, 0.6232, 0.6394])
    // Megatron-LM's 163 TFLOP/s rows: 52.2% HFU, 39.2% MFU.
    expect(byLabel['Megatron-LM A100, MFU']!.at(-1)!.y).toBeCloseTo(0.3918, 4)
    expect(byLabel['SemiAnalysis "~60%"']![0]!.y).toBe(0.6)
    expect(byLabel['Current MFU']![0]!.y).toBe(0.45)
  })

  it('moves the current-MFU line with the assumption', async () => {
    const wrapper = mountFigure(UtilizationChart)
    await setAssumptions({ mfu: 0.3 })
    const current = chart(wrapper).datasets.find(d => d.label === 'Current MFU')!
    expect(current.data[0]!.y).toBe(0.3)
  })
})
