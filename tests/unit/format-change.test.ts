import { describe, expect, it } from 'vitest'
import { formatChange } from '../../packages/llm-training-cost/src/engine'

describe('formatChange', () => {
  it('signs the relative difference in whole percent', () => {
    expect(formatChange(356e6, 300e6)).toBe('+19%')
    expect(formatChange(240e6, 300e6)).toBe('−20%'.replace('−', '-'))
    expect(formatChange(1.745e6, 1.75e6)).toBe('0%')
  })

  it('prints a dash when it cannot compare', () => {
    expect(formatChange(1, 0)).toBe('—')
    expect(formatChange(null, 1)).toBe('—')
    expect(formatChange(Number.NaN, 1)).toBe('—')
  })
})

describe('formatRatio', () => {
  it('keeps two significant digits', async () => {
    const { formatRatio } = await import('../../packages/llm-training-cost/src/engine')
    expect(formatRatio(1.7143)).toBe('1.7')
    expect(formatRatio(11.67)).toBe('12')
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—')
  })
})

describe('formatChangeRange', () => {
  it('signs both ends of a range of differences, and prints one figure where they round alike', async () => {
    const { formatChangeRange } = await import('../../packages/llm-training-cost/src/engine')
    expect(formatChangeRange({ low: 0.381, high: 0.433 })).toBe('+38% to +43%')
    // Both ends signed: "-8–4%" would read as minus eight to plus four.
    expect(formatChangeRange({ low: -0.08, high: -0.04 })).toBe('-8% to -4%')
    expect(formatChangeRange({ low: -0.0028, high: -0.0004 })).toBe('0%')
    expect(formatChangeRange({ low: 0.5, high: 0.5 })).toBe('+50%')
    // Ends given the wrong way round are put in order, not refused.
    expect(formatChangeRange({ low: 0.433, high: 0.381 })).toBe('+38% to +43%')
  })

  it('prints a dash for a missing or broken range', async () => {
    const { formatChangeRange } = await import('../../packages/llm-training-cost/src/engine')
    expect(formatChangeRange(null)).toBe('—')
    expect(formatChangeRange({ low: Number.NaN, high: 1 })).toBe('—')
    expect(formatChangeRange({ low: 0, high: Number.POSITIVE_INFINITY })).toBe('—')
  })
})
