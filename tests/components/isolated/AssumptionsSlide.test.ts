import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, ref } from 'vue'
import AssumptionsSlide from '../../../packages/slidev-addon-training-cost/components/AssumptionsSlide.vue'
import { initAssumptions, resetAssumptionsStoreForTests, setAssumption } from '../../../packages/slidev-addon-training-cost/composables/assumptions'
import { useSlidePanelShown } from '../../../packages/slidev-addon-training-cost/composables/assumptions-layer'

const active = ref(true)
const print = ref(false)
// useSlideState reads Slidev's slide context, which needs a running Slidev app.
vi.mock('../../../packages/slidev-addon-training-cost/composables/slide-state', () => ({
  useSlideState: () => ({
    isActive: computed(() => active.value),
    isPrint: computed(() => print.value),
  }),
}))

beforeEach(() => {
  resetAssumptionsStoreForTests()
  initAssumptions({ search: '', storage: null, session: null })
  active.value = true
  print.value = false
})

describe('<AssumptionsSlide>', () => {
  it('on screen: the full panel, and the drawer steps aside', () => {
    const wrapper = mount(AssumptionsSlide)
    expect(wrapper.find('[data-assumptions-panel]').exists()).toBe(true)
    expect(useSlidePanelShown().value).toBe(1)
    wrapper.unmount()
    expect(useSlidePanelShown().value).toBe(0)
  })

  it('in print and off screen: a table of the values, with no inputs', async () => {
    print.value = true
    setAssumption('mfu', '60')
    const wrapper = mount(AssumptionsSlide)
    expect(wrapper.find('input').exists()).toBe(false)
    expect(wrapper.find('[data-figure="assumptions"]').text()).toContain('60')
    expect(useSlidePanelShown().value).toBe(0)
    print.value = false
    await wrapper.vm.$nextTick()
    expect(wrapper.find('input').exists()).toBe(true)
    active.value = false
    await wrapper.vm.$nextTick()
    expect(wrapper.find('input').exists()).toBe(false)
    expect(useSlidePanelShown().value).toBe(0)
  })
})
