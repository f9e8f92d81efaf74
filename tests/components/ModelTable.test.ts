import { describe, expect, it, vi } from 'vitest'
import { CHINCHILLA_TABLE_1_IDS } from '../../packages/llm-training-cost/src/data/models'
import { DEFAULT_ASSUMPTIONS, estimateModel, formatCount, formatDayCount, formatFlops, formatUsd, modelCostSpan, modelRows } from '../../packages/llm-training-cost/src/engine'
import ModelTable from '../../packages/slidev-addon-training-cost/components/ModelTable.vue'
import { mountFigure, setAssumptions } from './support/mount-figure'

vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))

describe('<ModelTable>', () => {
  it('lists the six models of Chinchilla Table 1 with the engine\'s columns', () => {
    const wrapper = mountFigure(ModelTable)
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map(r => r.attributes('data-model'))).toEqual([...CHINCHILLA_TABLE_1_IDS])
    for (const row of rows) {
      const id = row.attributes('data-model') as typeof CHINCHILLA_TABLE_1_IDS[number]
      const run = estimateModel(id, DEFAULT_ASSUMPTIONS)
      expect(row.get('[data-value="trainingFlops"]').text()).toBe(formatFlops(run.trainingFlops))
      expect(row.get('[data-value="gpuHours"]').text()).toBe(formatCount(run.gpuHours))
      expect(row.get('[data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
      // The header says days: every row in days, none in hours or months.
      expect(row.get('[data-value="wallClockDays"]').text()).toBe(formatDayCount(run.wallClockDays))
      expect(row.get('[data-value="wallClockDays"]').text()).toMatch(/^[\d,.]+$/)
    }
    expect(wrapper.get('thead').text()).toContain('Days on 100k GPUs')
    // GPT-3 at the defaults: 3.15e23 FLOPs ÷ (312 TFLOP/s × 45% × 100,000 GPUs) = 0.26 days (6.2 hours).
    expect(wrapper.get('[data-model="gpt-3"] [data-value="wallClockDays"]').text()).toBe('0.26')
  })

  it('marks every model but Chinchilla as under-trained against 20 tokens per parameter', () => {
    const wrapper = mountFigure(ModelTable)
    const under = wrapper.findAll('tbody tr').filter(r => r.get('[data-value="tokensPerParam"]').classes('under'))
    expect(under.map(r => r.attributes('data-model'))).toEqual(CHINCHILLA_TABLE_1_IDS.filter(id => id !== 'chinchilla'))
    // GPT-3: 300B / 175B = 1.7 tokens per parameter against 20 (the shortfall, ×12, is the compute-optimal slide's).
    expect(wrapper.get('[data-model="gpt-3"] [data-value="tokensPerParam"]').text()).toBe('1.7')
    expect(wrapper.get('thead').text()).toContain('D / N (optimal 20)')
    // The slide leads with its claim: what the runs cost now, and how many trained short.
    const span = modelCostSpan(modelRows(CHINCHILLA_TABLE_1_IDS, DEFAULT_ASSUMPTIONS))!
    expect(wrapper.get('[data-value="costSpan"]').text().replace(/\s+/g, ' ')).toBe(`${formatUsd(span.cheapestUsd)}–${formatUsd(span.dearestUsd)} each now; 5 of 6 under-trained (red)`)
  })

  it('follows the price per GPU-hour and the cluster size', async () => {
    const wrapper = mountFigure(ModelTable)
    await setAssumptions({ usdPerGpuHour: 3, gpus: null })
    const run = estimateModel('gpt-3', { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 3 })
    expect(wrapper.get('[data-model="gpt-3"] [data-value="costUsd"]').text()).toBe(formatUsd(run.costUsd))
    expect(wrapper.get('[data-model="gpt-3"] [data-value="wallClockDays"]').text()).toBe('—')
  })
})
