import { describe, expect, it, vi } from 'vitest'
import AcceleratorTable from '../../packages/slidev-addon-training-cost/components/AcceleratorTable.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<AcceleratorTable>', () => {
  it('lists every accelerator with a price range where data/prices.ts has one, and highlights the chosen GPU', async () => {
    const wrapper = mountFigure(AcceleratorTable)
    const a100 = wrapper.find('[data-gpu="a100-80gb"]')
    expect(a100.classes()).toContain('selected')
    expect(a100.find('[data-value="price"]').text()).toBe('$1.8–$5.12')
    expect(wrapper.find('[data-gpu="h200"] [data-value="price"]').text()).toBe('—')
    // The 32 GB SXM2 part, priced from an offer of that part (AWS p3dn.24xlarge, $31.212 ÷ 8).
    expect(wrapper.find('[data-gpu="v100"] [data-value="price"]').text()).toBe('$3.9')
    expect(wrapper.findAll('tr.selected')).toHaveLength(1)
  })

  it('leads with the claim: the B200 against the V100, in FLOP/s and in memory bandwidth', async () => {
    const wrapper = mountFigure(AcceleratorTable, {
      props: { from: 'v100', to: 'b200' },
    })
    expect(wrapper.get('[data-value="span"]').text().replace(/\s+/g, ' ')).toBe('V100 → B200: 18× the FLOP/s, 8.6× the memory bandwidth')
    // FP8 where the B200 has it; the V100 stays at its FP16.
    await setAssumptions({ precision: 'fp8', gpu: 'h100-sxm' })
    expect(wrapper.get('[data-value="span"]').text()).toContain('36×')
  })

  it('moves the highlight and the precision with the assumptions', async () => {
    const wrapper = mountFigure(AcceleratorTable)
    await setAssumptions({ gpu: 'h100-sxm', precision: 'fp8' })
    expect(wrapper.find('[data-gpu="h100-sxm"]').classes()).toContain('selected')
    expect(wrapper.find('[data-gpu="h100-sxm"]').text()).toContain('1.98 PFLOP/s')
    // The precision is said once, in the header; a chip without fp8 says its own.
    expect(wrapper.find('thead').text()).toContain('Dense fp8 peak')
    expect(wrapper.find('[data-gpu="h100-sxm"] .precision').exists()).toBe(false)
    expect(wrapper.find('[data-gpu="v100"] .precision').text()).toBe('fp16')
    expect(wrapper.find('[data-gpu="a100-80gb"]').classes()).not.toContain('selected')
  })
})
