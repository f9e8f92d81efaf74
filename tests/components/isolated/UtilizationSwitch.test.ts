import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed } from 'vue'
import UtilizationSwitch from '../../../packages/slidev-addon-training-cost/components/UtilizationSwitch.vue'
import { initAssumptions, resetAssumptionsStoreForTests, setAssumption, useAssumptions } from '../../../packages/slidev-addon-training-cost/composables/assumptions'

// Slidev's print mode needs a running Slidev app: a flag read at mount stands in for it.
const printing = vi.hoisted(() => ({ on: false }))
vi.mock('../../../packages/slidev-addon-training-cost/composables/print-mode', () => ({
  usePrintMode: () => computed(() => printing.on),
}))

beforeEach(() => {
  printing.on = false
  resetAssumptionsStoreForTests()
  initAssumptions({ search: '', storage: null, session: null })
})

describe('<UtilizationSwitch>', () => {
  it('starts at the talk\'s fixed MFU and switches the scale model on and off', async () => {
    const wrapper = mount(UtilizationSwitch)
    const [fixed, scale] = wrapper.findAll('button')
    expect([
      fixed!.text(),
      scale!.text(),
    ]).toEqual(['fixed MFU', 'scale model'])
    expect(fixed!.attributes('aria-pressed')).toBe('true')
    await scale!.trigger('click')
    expect(useAssumptions().assumptions.value.scaleModel).toBe(true)
    expect(scale!.attributes('aria-pressed')).toBe('true')
    expect(fixed!.attributes('aria-pressed')).toBe('false')
    await fixed!.trigger('click')
    expect(useAssumptions().assumptions.value.scaleModel).toBe(false)
  })

  it('follows a change made elsewhere (the panel, a link, another window)', async () => {
    const wrapper = mount(UtilizationSwitch)
    setAssumption('scaleModel', true)
    await wrapper.vm.$nextTick()
    expect(wrapper.findAll('button')[1]!.attributes('aria-pressed')).toBe('true')
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Utilization')
  })

  it('in print states the choice as text, with no buttons', () => {
    printing.on = true
    setAssumption('scaleModel', true)
    const wrapper = mount(UtilizationSwitch)
    expect(wrapper.findAll('button')).toHaveLength(0)
    expect(wrapper.text()).toBe('Utilization: scale model')
  })
})
