// The data module itself: every fact has a source, no impossible values.
import type { Source } from '../../data/source'
import { describe, expect, it } from 'vitest'
import { ACCELERATORS } from '../../data/accelerators'
import { DEFAULTS } from '../../data/defaults'
import { MODELS, TALK_MODEL_IDS } from '../../data/models'
import { GPU_PRICES, PRICE_CONVENTIONS } from '../../data/prices'
import * as claims from '../../data/published-claims'
import { CHINCHILLA_LOSS_FIT } from '../../data/scaling-laws'
import { CHECKED } from '../../data/source'
import { ACTIVATION_COEFFICIENTS, TRAINING_STATE_SCHEMES } from '../../data/training-state'

/** Every object under `value` that has a `source` key. */
function sourced(value: unknown, path = '', out: { path: string, source: unknown }[] = []): { path: string, source: unknown }[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => sourced(item, `${path}[${i}]`, out))
  }
  else if (value !== null && typeof value === 'object') {
    if ('source' in value)
      out.push({ path, source: (value as { source: unknown }).source })
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'source')
        sourced(child, `${path}.${key}`, out)
    }
  }
  return out
}

const ALL = {
  ACCELERATORS,
  DEFAULTS,
  MODELS,
  GPU_PRICES,
  PRICE_CONVENTIONS,
  CHINCHILLA_LOSS_FIT,
  TRAINING_STATE_SCHEMES,
  ACTIVATION_COEFFICIENTS,
  ...claims,
}

function isSource(source: unknown): source is Source {
  const s = source as Partial<Source>
  return typeof s.title === 'string' && s.title.length > 0
    && typeof s.url === 'string' && /^https:\/\/\S+$/.test(s.url)
    && typeof s.where === 'string' && s.where.length > 0
    && s.checked === CHECKED
}

describe('sources', () => {
  const entries = sourced(ALL)

  it('finds sourced entries in every export', () => {
    expect(entries.length).toBeGreaterThan(50)
  })

  it.each(entries)('$path has a title, https url, where and checked date', ({ source }) => {
    expect(isSource(source)).toBe(true)
  })

  it('every accelerator, model, price and default carries one', () => {
    for (const list of [
      ACCELERATORS,
      MODELS,
      GPU_PRICES,
      PRICE_CONVENTIONS,
      Object.values(DEFAULTS),
    ]) {
      for (const item of list) expect(isSource(item.source)).toBe(true)
    }
  })
})

describe('accelerators: no impossible values', () => {
  it.each(ACCELERATORS)('$id: peaks, memory, bandwidth and power are positive', (a) => {
    const peaks: Record<string, number | undefined> = a.peakFlopsPerSecond
    expect(Object.keys(peaks).length).toBeGreaterThan(0)
    for (const peak of Object.values(peaks))
      expect(peak).toBeGreaterThan(0)
    expect(a.memoryBytes).toBeGreaterThan(1e9)
    expect(a.memoryBandwidthBytesPerSecond).toBeGreaterThan(1e11)
    if (a.tdpWatts !== null)
      expect(a.tdpWatts).toBeGreaterThan(0)
    if (a.interconnectBandwidthBytesPerSecond !== null)
      expect(a.interconnectBandwidthBytesPerSecond).toBeGreaterThan(0)
  })

  it.each(ACCELERATORS)('$id: bf16 ≥ tf32; fp8 = 2 × bf16 where present (Hopper, Blackwell); dense figures below 5 PFLOP/s', (a) => {
    const { bf16, fp8, tf32, fp16 } = a.peakFlopsPerSecond as Partial<Record<'bf16' | 'fp8' | 'tf32' | 'fp16', number>>
    if (bf16 !== undefined && tf32 !== undefined)
      expect(bf16).toBeGreaterThanOrEqual(tf32)
    if (bf16 !== undefined && fp16 !== undefined)
      expect(fp16).toBe(bf16)
    if (fp8 !== undefined)
      expect(fp8).toBe(2 * bf16!)
    for (const peak of [bf16, fp8, tf32, fp16])
      expect(peak ?? 0).toBeLessThan(5e15)
  })

  it('the A100 peak is the 312 TFLOP/s every source uses; H100 SXM dense bf16 is half the 1,979 sparse figure', () => {
    const peak = (id: string): number | undefined => (ACCELERATORS.find(a => a.id === id)!.peakFlopsPerSecond as Record<string, number>).bf16
    expect(peak('a100-40gb')).toBe(312e12)
    expect(peak('a100-80gb')).toBe(312e12)
    expect(peak('h100-sxm')).toBe(1979e12 / 2)
  })
})

describe('models: no impossible values', () => {
  it.each(MODELS)('$id: params and tokens positive; architecture consistent', (m) => {
    expect(m.params).toBeGreaterThan(1e9)
    expect(m.tokens).toBeGreaterThan(1e10)
    if ('architecture' in m) {
      const arch = m.architecture
      expect(arch.layers).toBeGreaterThan(0)
      // 12·L·d² is the non-embedding count of a standard block (4d² attention + 8d² MLP). LaMDA is the
      // outlier at 0.38: its gated MLP is 8·d wide and its attention 2·d wide (128 heads × 128).
      const blockParams = 12 * arch.layers * arch.dModel ** 2
      expect(blockParams / m.params).toBeGreaterThan(0.35)
      expect(blockParams / m.params).toBeLessThan(1.5)
    }
  })

  it('ids are unique and include the talk\'s seven', () => {
    const ids = MODELS.map(m => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining([...TALK_MODEL_IDS]))
    expect(TALK_MODEL_IDS).toHaveLength(7)
  })
})

describe('prices and defaults', () => {
  it('every price is positive and refers to a known accelerator', () => {
    const ids = new Set(ACCELERATORS.map(a => a.id))
    for (const p of [
      ...GPU_PRICES,
      ...PRICE_CONVENTIONS,
    ]) {
      expect(p.usdPerGpuHour).toBeGreaterThan(0)
      expect(ids.has(p.acceleratorId)).toBe(true)
    }
  })

  it('the defaults are the talk\'s: A100, bf16, $1.5/h, 20 tokens/param, goodput 1', () => {
    expect(DEFAULTS.gpu.value).toBe('a100-80gb')
    expect(DEFAULTS.usdPerGpuHour.value).toBe(1.5)
    expect(DEFAULTS.tokensPerParam.value).toBe(20)
    expect(DEFAULTS.goodput.value).toBe(1)
    expect(DEFAULTS.mfu.value).toBeGreaterThan(0)
    expect(DEFAULTS.mfu.value).toBeLessThanOrEqual(1)
  })
})
