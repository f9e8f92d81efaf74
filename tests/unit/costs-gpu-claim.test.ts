// The "Costs GPU" claim: the term of an offer alone, for the panel's GPU.
import { describe, expect, it } from 'vitest'
import { GPU_PRICES } from '../../packages/llm-training-cost/src/data/prices'
import { offerTermSpan } from '../../packages/llm-training-cost/src/engine'

describe('offerTermSpan', () => {
  it('spans the A100 from Azure\'s 3-year $1.36 to AWS\'s on-demand $5.12: the term alone 3.8×', () => {
    const span = offerTermSpan({ gpu: 'a100-80gb' })!
    expect(span.low.usdPerGpuHour).toBe(1.36)
    expect(['1-year', '3-year']).toContain(span.low.term)
    expect(span.high.usdPerGpuHour).toBe(5.12)
    expect(span.high.term).toBe('on-demand')
    expect(span.ratio).toBeCloseTo(5.12 / 1.36, 9)
    // Nothing cheaper reserved, nothing dearer on demand, among the A100's instance offers.
    const a100 = GPU_PRICES.filter(o => o.acceleratorId.startsWith('a100') && !('gpuOnly' in o && o.gpuOnly))
    expect(Math.min(...a100.filter(o => o.term !== 'on-demand').map(o => o.usdPerGpuHour))).toBe(1.36)
    expect(Math.max(...a100.filter(o => o.term === 'on-demand').map(o => o.usdPerGpuHour))).toBe(5.12)
  })

  it('follows the panel\'s GPU, and has no claim for a chip without offers', () => {
    expect(offerTermSpan({ gpu: 'h100-sxm' })!.high.acceleratorId).toBe('h100-sxm')
    expect(offerTermSpan({ gpu: 'tpu-v4' })).toBeNull()
  })
})
