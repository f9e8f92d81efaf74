import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { DEFAULT_ASSUMPTIONS } from '../../../packages/llm-training-cost/src/engine'
import AssumptionsPanel from '../../../packages/slidev-addon-training-cost/components/AssumptionsPanel.vue'
import { initAssumptions, resetAssumptionsStoreForTests, setAssumption, useAssumptions } from '../../../packages/slidev-addon-training-cost/composables/assumptions'

function labelled(wrapper: ReturnType<typeof mount>, label: string) {
  const element = wrapper.findAll('label').find(l => l.text().replace(' •', '').trim() === label)
  expect(element, `no label "${label}"`).toBeDefined()
  const id = element!.attributes('for')!
  return wrapper.find(`#${id}`)
}

beforeEach(() => {
  resetAssumptionsStoreForTests()
  initAssumptions({ search: '', storage: null, session: null })
})

describe('<AssumptionsPanel>', () => {
  it('has a labelled control for every assumption the issue names', () => {
    const wrapper = mount(AssumptionsPanel)
    for (const label of [
      'GPU',
      'Precision',
      'MFU',
      'Price per GPU-hour',
      'GPUs',
      'Tokens per parameter',
      'Goodput',
      'PUE',
      'Grid intensity',
      'Utilization',
      'Global batch',
      'Recompute',
      'Checkpoint write bandwidth',
      'Restart time',
    ])
      expect(labelled(wrapper, label).exists(), label).toBe(true)
    expect((labelled(wrapper, 'MFU').element as HTMLInputElement).value).toBe('45')
    expect((labelled(wrapper, 'GPU').element as HTMLSelectElement).value).toBe('a100-80gb')
  })

  it('switches the utilization between the fixed MFU and the scale model from its menu', async () => {
    const wrapper = mount(AssumptionsPanel)
    const menu = labelled(wrapper, 'Utilization')
    expect((menu.element as HTMLSelectElement).value).toBe('false')
    expect(menu.findAll('option').map(o => o.text())).toEqual(['fixed MFU', 'scale model'])
    await menu.setValue('true')
    expect(useAssumptions().assumptions.value.scaleModel).toBe(true)
  })

  it('leaves the global batch empty for the batch-size law\'s, says what that is, and keeps what a person sets', async () => {
    const wrapper = mount(AssumptionsPanel)
    const batch = labelled(wrapper, 'Global batch')
    expect((batch.element as HTMLInputElement).value).toBe('')
    expect(batch.attributes('placeholder')).toBe('law\'s: 101M for 1.01T')
    expect(wrapper.find('[data-field="batchTokens"]').text()).toContain('default: the batch-size law')
    await batch.setValue(String(3072 * 2048))
    expect(useAssumptions().assumptions.value.batchTokens).toBe(3072 * 2048)
    expect(batch.attributes('placeholder')).toBeUndefined()
    await batch.setValue('')
    expect(useAssumptions().assumptions.value.batchTokens).toBeNull()
  })

  it('applies a valid value at once, and marks what differs from the defaults', async () => {
    const wrapper = mount(AssumptionsPanel)
    await labelled(wrapper, 'MFU').setValue('60')
    expect(useAssumptions().assumptions.value.mfu).toBe(0.6)
    expect(wrapper.find('[data-changed]').text()).toBe('Changed: MFU.')
    expect(wrapper.find('[data-field="mfu"]').classes()).toContain('changed')
    expect(wrapper.find('[data-field="mfu"]').text()).toContain('default: 45%')
  })

  it('an invalid value shows the range at the control, keeps the typed text and the last valid value', async () => {
    const wrapper = mount(AssumptionsPanel)
    await labelled(wrapper, 'MFU').setValue('50')
    for (const bad of ['0', '-5', 'abc', '700', '1e999', '']) {
      const input = labelled(wrapper, 'MFU')
      await input.setValue(bad)
      const message = wrapper.find('[data-field="mfu"] [role="alert"]')
      expect(message.exists(), bad).toBe(true)
      expect(message.text()).toContain('(0, 1]')
      expect(input.attributes('aria-invalid')).toBe('true')
      expect((input.element as HTMLInputElement).value).toBe(bad)
      expect(useAssumptions().assumptions.value.mfu).toBe(0.5)
    }
  })

  it('keeps a draft when the panel closes and opens again', async () => {
    const first = mount(AssumptionsPanel)
    await labelled(first, 'Price per GPU-hour').setValue('cheap')
    first.unmount()
    const second = mount(AssumptionsPanel)
    expect((labelled(second, 'Price per GPU-hour').element as HTMLInputElement).value).toBe('cheap')
    expect(second.find('[data-field="usdPerGpuHour"] [role="alert"]').text()).toContain('a number > 0')
  })

  it('follows a change made elsewhere (another window, a preset)', async () => {
    const wrapper = mount(AssumptionsPanel)
    setAssumption('usdPerGpuHour', 2.5)
    await nextTick()
    expect((labelled(wrapper, 'Price per GPU-hour').element as HTMLInputElement).value).toBe('2.5')
    await wrapper.find('[data-preset="h100-2024"]').trigger('click')
    expect((labelled(wrapper, 'GPU').element as HTMLSelectElement).value).toBe('h100-sxm')
    expect((labelled(wrapper, 'Price per GPU-hour').element as HTMLInputElement).value).toBe('3.49')
    expect(wrapper.find('[data-preset="h100-2024"]').attributes('aria-pressed')).toBe('true')
  })

  it('changing the GPU offers only its precisions', async () => {
    const wrapper = mount(AssumptionsPanel)
    await labelled(wrapper, 'GPU').setValue('v100')
    expect(useAssumptions().assumptions.value).toMatchObject({ gpu: 'v100', precision: 'fp16' })
    expect(labelled(wrapper, 'Precision').findAll('option').map(o => o.text())).toEqual(['fp16'])
  })

  it('reset to defaults brings every control back', async () => {
    const wrapper = mount(AssumptionsPanel)
    await labelled(wrapper, 'GPUs').setValue('4096')
    await labelled(wrapper, 'MFU').setValue('abc')
    await wrapper.findAll('button').find(b => b.text() === 'Reset to defaults')!.trigger('click')
    expect(useAssumptions().assumptions.value).toEqual(DEFAULT_ASSUMPTIONS)
    expect((labelled(wrapper, 'GPUs').element as HTMLInputElement).value).toBe('100000')
    expect((labelled(wrapper, 'MFU').element as HTMLInputElement).value).toBe('45')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('copy link puts the scenario in the query string with the command line\'s names', async () => {
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    })
    const wrapper = mount(AssumptionsPanel)
    setAssumption('mfu', '40')
    setAssumption('usdPerGpuHour', '2.5')
    await wrapper.findAll('button').find(b => b.text() === 'Copy link')!.trigger('click')
    await nextTick()
    expect(writeText).toHaveBeenCalledTimes(1)
    const link = new URL((writeText.mock.calls[0] as unknown as [string])[0])
    expect(Object.fromEntries(link.searchParams)).toEqual({ mfu: '0.4', price: '2.5' })
  })

  it('escape closes the drawer, and keys stay inside the panel', async () => {
    const wrapper = mount(AssumptionsPanel, { attachTo: document.body })
    const heard = vi.fn()
    window.addEventListener('keydown', heard)
    await labelled(wrapper, 'GPU').trigger('keydown', { key: 'ArrowRight' })
    expect(heard).not.toHaveBeenCalled()
    await labelled(wrapper, 'MFU').trigger('keydown', { key: 'Escape' })
    expect(wrapper.emitted('close')).toHaveLength(1)
    window.removeEventListener('keydown', heard)
    wrapper.unmount()
  })
})
