import type { StoreHolder } from './support/mocks'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ModelTable from '../../components/ModelTable.vue'
import { DEFAULT_ASSUMPTIONS, estimateModel, formatCount, formatFlops, formatUsd } from '../../engine'
import { setAssumptions } from './support/mocks'

const store = vi.hoisted((): StoreHolder => ({}))
vi.mock('../../composables/assumptions', async () => (await import('./support/mocks')).assumptionsStub(store))

const SIX = [
  'lamda',
  'gpt-3',
  'jurassic-1',
  'gopher',
  'mt-nlg',
  'chinchilla',
] as const

describe('<ModelTable>', () => {
  it('lists the six models of Chinchilla Table 1 with the engine\'s columns', () => {
    const wrapper = mount(ModelTable)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual([...SIX])
    for (const row of rows) {
      const id = row.attributes('data-model') as typeof SIX[number]
      const run = estimateModel(id, DEFAULT_ASSUMPTIONS)
      expect(row.get('[data-value="trainingFlops"]').text()).toBe(formatFlops(run.trainingFlops))
      expect(row.get('[data-value="gpuHours"]').text()).toBe(formatCount(run.gpuHours))
      expect(row.get('[data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
      expect(row.get('[data-value="wallClockDays"]').text()).not.toBe('—')
    }
  })

  it('marks every model but Chinchilla as under-trained against 20 tokens per parameter', () => {
    const wrapper = mount(ModelTable)
    const under = wrapper.findAll('tbody tr').filter(r => r.get('[data-value="tokensPerParam"]').classes('under'))
    expect(under.map(r => r.attributes('data-model'))).toEqual([
      'lamda',
      'gpt-3',
      'jurassic-1',
      'gopher',
      'mt-nlg',
    ])
    // GPT-3: 300B / 175B = 1.7 tokens per parameter, 3.5T wanted: ×12 short.
    expect(wrapper.get('[data-model="gpt-3"] [data-value="tokensPerParam"]').text()).toBe('1.7 (×12 short)')
  })

  it('follows the price per GPU-hour and the cluster size', async () => {
    const wrapper = mount(ModelTable)
    setAssumptions(store, { usdPerGpuHour: 3, gpus: null })
    await nextTick()
    const run = estimateModel('gpt-3', { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(wrapper.get('[data-model="gpt-3"] [data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
    expect(wrapper.get('[data-model="gpt-3"] [data-value="wallClockDays"]').text()).toBe('—')
    setAssumptions(store, {})
  })
})
