// A label says how a number was obtained: a value worked out from others is 'derived', never
// 'measured'; its arithmetic is in its source and holds.
import { describe, expect, it } from 'vitest'
import { ATTENTION_EFFICIENCIES, KERNEL_EFFICIENCIES } from '../../packages/llm-training-cost/src/data/kernel-efficiency'

const ALL = [
  ...KERNEL_EFFICIENCIES,
  ...ATTENTION_EFFICIENCIES,
]

describe('how each efficiency was obtained', () => {
  it.each(ALL.map(e => [`${e.acceleratorId} ${'precision' in e
    ? e.precision
    : 'attention'}`, e] as const))('%s: a value whose source says DERIVED is labelled derived, and the other way round', (_name, e) => {
    expect(e.source.where.includes('DERIVED'), e.source.where).toBe(e.obtained === 'derived')
    if (e.obtained === 'derived')
      expect(e.referenceLabel).toBe('DERIVED')
  })

  it('derives the B200 BF16 value from the midpoint of 1,448–1,562 TFLOP/s (0.669 of 2,250, not 0.665)', () => {
    const b200 = KERNEL_EFFICIENCIES.find(e => e.acceleratorId === 'b200' && e.precision === 'bf16')!
    const midpoint = (1448 + 1562) / 2 / 2250
    expect(midpoint).toBeCloseTo(0.669, 3)
    expect(b200.value).toBeCloseTo(midpoint * 0.590 / (720 / 989.5), 12)
    expect(b200.source.where).toContain('0.669')
    expect(b200.source.where).toContain(b200.value.toFixed(3))
    const fp8 = KERNEL_EFFICIENCIES.find(e => e.acceleratorId === 'b200' && e.precision === 'fp8')!
    expect(fp8.source.where).toContain(fp8.value.toFixed(3))
  })
})
