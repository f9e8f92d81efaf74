import { describe, expect, it } from 'vitest'
import { formatChange } from '../../engine'

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
    const { formatRatio } = await import('../../engine')
    expect(formatRatio(1.7143)).toBe('1.7')
    expect(formatRatio(11.67)).toBe('12')
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—')
  })
})
