// The "GPU" slide's table, assembled in the engine: the talk's accelerators, and the chosen one.
import { describe, expect, it } from 'vitest'
import { TALK_ACCELERATOR_IDS } from '../../packages/llm-training-cost/src/data/accelerators'
import { acceleratorSpan, acceleratorTable, DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'

describe('acceleratorTable', () => {
  it('lists the talk\'s accelerators, the chosen one marked, with its datasheet and cheapest offer as sources', () => {
    const table = acceleratorTable(DEFAULT_ASSUMPTIONS)
    expect(table.rows.map(r => r.accelerator.id)).toEqual([...TALK_ACCELERATOR_IDS])
    expect(table.rows.filter(r => r.selected).map(r => r.accelerator.id)).toEqual(['a100-80gb'])
    expect(table.sources[0]!.url).toMatch(/nvidia/)
  })

  it('adds a chosen accelerator from after the talk (H800) at the end', () => {
    const table = acceleratorTable({ ...DEFAULT_ASSUMPTIONS, gpu: 'h800' })
    expect(table.rows.at(-1)).toMatchObject({
      accelerator: { id: 'h800' },
      selected: true,
    })
    expect(table.rows).toHaveLength(TALK_ACCELERATOR_IDS.length + 1)
  })

  it('shows each chip at the scenario\'s precision where it has it, else its own 16-bit format', () => {
    const rows = acceleratorTable({ ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm', precision: 'fp8' }).rows
    expect(rows.find(r => r.accelerator.id === 'h100-sxm')).toMatchObject({ precision: 'fp8', peakFlopsPerSecond: 1979e12 })
    expect(rows.find(r => r.accelerator.id === 'v100')).toMatchObject({ precision: 'fp16', ownPrecision: true, peakFlopsPerSecond: 125e12 })
    expect(rows.find(r => r.accelerator.id === 'h100-sxm')!.ownPrecision).toBe(false)
  })

  it('marks only the chips without the scenario\'s precision: at bf16, the V100 (fp16) alone', () => {
    const table = acceleratorTable(DEFAULT_ASSUMPTIONS)
    expect(table.precision).toBe('bf16')
    expect(table.rows.filter(r => r.ownPrecision).map(r => [r.accelerator.id, r.precision])).toEqual([
      ['v100', 'fp16'],
    ])
  })

  it('prices a chip only from its own offers: no H200 from H100 rates', () => {
    const h200 = acceleratorTable(DEFAULT_ASSUMPTIONS).rows.find(r => r.accelerator.id === 'h200')!
    if (h200.prices)
      expect([h200.prices.low.acceleratorId, h200.prices.high.acceleratorId]).toEqual(['h200', 'h200'])
  })
})

describe('acceleratorSpan', () => {
  it('puts the B200 against the V100: compute grew faster than memory bandwidth (18× vs 8.6× at 16 bits)', () => {
    const span = acceleratorSpan('v100', 'b200', DEFAULT_ASSUMPTIONS)
    console.log(`V100 → B200: ${span.peakRatio.toFixed(1)}× dense 16-bit peak, ${span.bandwidthRatio.toFixed(1)}× HBM bandwidth`)
    // 2.25 PFLOP/s bf16 over the V100's 125 TFLOP/s fp16; 7.7 over 0.9 TB/s.
    expect(span.peakRatio).toBeCloseTo(2.25e15 / 125e12, 10)
    expect(span.bandwidthRatio).toBeCloseTo(7.7e12 / 900e9, 10)
    expect(span.peakRatio).toBeGreaterThan(span.bandwidthRatio)
  })

  it('follows the precision where both chips have it, each at its own where not', () => {
    // FP8: the H100 doubles, the A100 has none and stays at bf16.
    expect(acceleratorSpan('a100-80gb', 'h100-sxm', { precision: 'fp8' }).peakRatio).toBeCloseTo(1979e12 / 312e12, 6)
    expect(acceleratorSpan('a100-80gb', 'h100-sxm', { precision: 'bf16' }).peakRatio).toBeCloseTo(989.5e12 / 312e12, 2)
  })
})
