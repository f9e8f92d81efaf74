import { describe, expect, it, vi } from 'vitest'
import { layerShapeOf } from '../../packages/llm-training-cost/src/engine'
import { transformerLayerGemms } from '../../packages/llm-training-cost/src/engine/formulas/matmul'
import LayerMatrices from '../../packages/slidev-addon-training-cost/components/LayerMatrices.vue'
import { mountFigure } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<LayerMatrices>', () => {
  it('renders the six GEMMs of a GPT-3 layer with KaTeX, their real shapes, FLOPs and the matmul share', () => {
    const wrapper = mountFigure(LayerMatrices, {
      props: { model: 'gpt-3' },
    })
    const rows = wrapper.findAll('[data-gemm]')
    // The engine's six GEMMs, in its order (tests/unit pins their names and shapes).
    expect(rows.map(r => r.attributes('data-gemm'))).toEqual(transformerLayerGemms(layerShapeOf('gpt-3')!).map(g => g.name))
    expect(rows).toHaveLength(6)
    expect(wrapper.findAll('.katex').length).toBeGreaterThanOrEqual(7)
    expect(wrapper.find('.katex-error').exists()).toBe(false)
    expect(rows[0]!.text()).toContain('1.86e12 FLOP')
    expect(rows[0]!.text()).toContain('36,864')
    expect(rows[4]!.text()).toContain('49,152')
    expect(rows[1]!.text()).toContain('96')
    expect(wrapper.find('[data-value="matmulShare"]').text()).toBe('99.95%')
    // The rows' shares: three significant digits at most (they carried four: 24.31%, 0.04913%).
    for (const row of rows) {
      const share = row.findAll('td').at(-1)!.text()
      expect(share).toMatch(/%$/)
      expect(share.replace(/\D/g, '').replace(/^0+/, '').length, share).toBeLessThanOrEqual(3)
    }
    expect(wrapper.find('[data-katex-matrix]').text()).toContain('12,288')
  })
})
