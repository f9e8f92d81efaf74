import { describe, expect, it, vi } from 'vitest'
import SotaCostsClaim from '../../packages/slidev-addon-training-cost/components/SotaCostsClaim.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<SotaCostsClaim>', () => {
  it('says how far the engine is from SemiAnalysis\' compute cost and what MosaicML\'s price adds to it', async () => {
    const wrapper = mountFigure(SotaCostsClaim)
    expect(wrapper.get('[data-value="claim"]').classes()).toContain('deck-headline')
    // At the defaults the engine reproduces $326k and $1.75M; $450k and $2.5M are 38% and 43% above it.
    expect(wrapper.get('[data-value="engineVsComputeOnly"]').text()).toBe('0%')
    expect(wrapper.get('[data-value="priceOverEngine"]').text()).toBe('+38% to +43%')
    // A lower MFU makes the engine's compute dearer: now over SemiAnalysis, and the price less above it.
    await setAssumptions({ mfu: 0.3 })
    expect(wrapper.get('[data-value="engineVsComputeOnly"]').text()).toBe('+50%')
    expect(wrapper.get('[data-value="priceOverEngine"]').text()).toBe('-8% to -4%')
  })
})
