// The "Costs GPU" slide: the cost of 1e21 FLOPs on each offer, and a GPU's price range.
import { describe, expect, it } from 'vitest'
import { GPU_PRICES } from '../../packages/llm-training-cost/src/data/prices'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { offerCosts, precisionOn, priceRange, REFERENCE_WORK_FLOPS } from '../../packages/llm-training-cost/src/engine/facts/gpu-offers'

describe('offerCosts', () => {
  it('prices 1e21 FLOPs on every offer at the current MFU', () => {
    const rows = offerCosts(DEFAULT_ASSUMPTIONS)
    expect(rows).toHaveLength(GPU_PRICES.length)
    // AWS p4d A100 on demand, $4.10: 1e21 / (312e12 × 0.45) s = 1,978 h → $8,112.
    const aws = rows[0]!
    expect(aws.offer.vendor).toBe('AWS')
    expect(aws.gpuHours).toBeCloseTo(1e21 / (312e12 * 0.45) / 3600, 6)
    expect(aws.costUsd).toBeCloseTo(aws.gpuHours * 4.1, 6)
  })

  it('runs a V100 in fp16 (it has no bf16) and an H100 in fp8 when fp8 is chosen', () => {
    const v100 = offerCosts(DEFAULT_ASSUMPTIONS).find(r => r.offer.acceleratorId === 'v100')!
    expect(v100.precision).toBe('fp16')
    expect(v100.peakFlopsPerSecond).toBe(125e12)
    expect(precisionOn('h100-sxm', 'fp8')).toBe('fp8')
    expect(precisionOn('a100-80gb', 'fp8')).toBe('bf16')
  })

  it('halves the hours when MFU doubles, and a unit of work is 1e21 FLOPs', () => {
    const at = (mfu: number) => offerCosts({ ...DEFAULT_ASSUMPTIONS, mfu })[0]!.gpuHours
    expect(at(0.3) / at(0.6)).toBeCloseTo(2, 10)
    expect(REFERENCE_WORK_FLOPS).toBe(1e21)
  })
})

describe('priceRange', () => {
  it('spans the A100 from the cheapest reserved offer to the dearest on-demand one', () => {
    const range = priceRange('a100-80gb')!
    // Azure's 3-year $1.36: GCP's $1.03 is a GPU-only rate (the VM billed apart), left out of ranges.
    expect(range.low.usdPerGpuHour).toBe(1.36)
    expect(range.low.vendor).toBe('Azure')
    expect(range.low.term).toBe('3-year')
    expect(range.high.usdPerGpuHour).toBe(5.12)
    expect(range.high.term).toBe('on-demand')
    // 40GB and 80GB share the 312 TFLOP/s peak and one price list.
    expect(priceRange('a100-40gb')).toEqual(range)
  })

  it('has no range for a chip with no offer: an H200 is not priced from H100 offers', () => {
    expect(priceRange('b200')).toBeNull()
    // Same 989.5 TFLOP/s BF16 peak as the H100 SXM, but its own product and price.
    expect(priceRange('h200')).toBeNull()
    expect(priceRange('h100-sxm')).not.toBeNull()
  })

  it('labels GCP\'s A100 rates GPU-only in the price rows', async () => {
    const { offerRows } = await import('../../packages/llm-training-cost/src/engine')
    const gcp = offerRows().filter(r => r.label.startsWith('GCP'))
    expect(gcp.length).toBeGreaterThan(0)
    for (const row of gcp)
      expect(row.label).toContain('GPU only')
    expect(GPU_PRICES.filter(p => p.vendor === 'GCP').every(p => 'gpuOnly' in p && p.gpuOnly)).toBe(true)
  })
})

describe('workCostByChip', () => {
  it('gives each chip one row, from its cheapest to its dearest offer', async () => {
    const { workCostByChip } = await import('../../packages/llm-training-cost/src/engine')
    const chips = workCostByChip(DEFAULT_ASSUMPTIONS)
    expect(chips.map(c => c.acceleratorId)).toEqual([
      'a100-40gb',
      'a100-80gb',
      'h100-sxm',
      'h100-pcie',
      'v100',
    ])
    const a100 = chips[0]!
    expect(a100.cheapest.offer.usdPerGpuHour).toBe(1.03)
    expect(a100.dearest.offer.usdPerGpuHour).toBe(4.1)
    expect(a100.cheapest.costUsd).toBeCloseTo(a100.gpuHours * 1.03, 6)
    // H100 SXM: 989.5 TFLOP/s, so 1e21 FLOPs take a third of the A100's hours.
    const h100 = chips.find(c => c.acceleratorId === 'h100-sxm')!
    expect(a100.gpuHours / h100.gpuHours).toBeCloseTo(989.5 / 312, 6)
  })
})
