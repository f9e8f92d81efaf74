import { describe, expect, it } from 'vitest'
import { formatBytes, formatCo2Kg, formatCount, formatDays, formatEnergyKwh, formatFlops, formatFlopsPerSecond, formatGpuHours, formatInteger, formatPercent, formatSeconds, formatUsd, MISSING } from '../../packages/llm-training-cost/src/engine'
import { formatDuration } from '../../packages/llm-training-cost/src/engine/format/numbers'

describe('format', () => {
  it('writes dollars as the talk does', () => {
    expect(formatUsd(325_854)).toBe('$326k')
    expect(formatUsd(1_745_000)).toBe('$1.75M')
    expect(formatUsd(308e6)).toBe('$308M')
    expect(formatUsd(28.9e9)).toBe('$28.9B')
    expect(formatUsd(950)).toBe('$950')
  })

  it('writes FLOPs in scientific notation with a lowercase e', () => {
    expect(formatFlops(1.27e26)).toBe('1.27e26 FLOP')
    expect(formatFlops(3.15e23)).toBe('3.15e23 FLOP')
  })

  it('writes durations in the unit a person would say', () => {
    expect(formatDays(33.9)).toBe('34 days')
    expect(formatDays(94.3)).toBe('3.1 months')
    expect(formatDays(802)).toBe('2.2 years')
    expect(formatDays(1)).toBe('24 hours')
    expect(formatDays(5.25)).toBe('5.3 days')
    expect(formatDuration(2.93e6)).toBe('34 days')
  })

  it('writes counts, hours, bytes, rates, percentages, energy and CO₂', () => {
    expect(formatCount(175e9)).toBe('175B')
    expect(formatCount(1.4e12)).toBe('1.4T')
    expect(formatGpuHours(217_236)).toBe('217k GPU-hours')
    expect(formatBytes(2.8e12)).toBe('2.8 TB')
    expect(formatBytes(80e9)).toBe('80 GB')
    expect(formatFlopsPerSecond(312e12)).toBe('312 TFLOP/s')
    expect(formatFlopsPerSecond(2.25e15)).toBe('2.25 PFLOP/s')
    expect(formatPercent(0.4573)).toBe('45.7%')
    expect(formatEnergyKwh(1_287_000)).toBe('1.29 GWh')
    expect(formatCo2Kg(552_123)).toBe('552 t CO₂e')
    expect(formatInteger(100_000)).toBe('100,000')
  })

  it('never prints NaN or Infinity: missing values are an em dash', () => {
    const formatters = [
      formatUsd,
      formatFlops,
      formatDays,
      formatDuration,
      formatCount,
      formatGpuHours,
      formatBytes,
      formatFlopsPerSecond,
      formatPercent,
      formatEnergyKwh,
      formatCo2Kg,
      formatInteger,
    ]
    for (const format of formatters) {
      for (const value of [
        Number.NaN,
        Number.POSITIVE_INFINITY,
        Number.NEGATIVE_INFINITY,
        null,
        undefined,
      ])
        expect(format(value)).toBe(MISSING)
    }
    expect(MISSING).toBe('—')
  })
})

describe('formatSeconds', () => {
  it('reads a step in seconds, a checkpoint interval in minutes, a long wait in hours', () => {
    expect(formatSeconds(10.94)).toBe('10.9 sec')
    expect(formatSeconds(156.6)).toBe('2.61 min')
    expect(formatSeconds(3 * 3600)).toBe('3 hr')
    expect(formatSeconds(Number.NaN)).toBe('—')
  })
})

describe('formatShare and formatDayCount', () => {
  it('shows a share at three significant digits, and a share just under all of it without rounding to 100%', async () => {
    const { formatShare } = await import('../../packages/llm-training-cost/src/engine')
    expect(formatShare(0.243127)).toBe('24.3%')
    expect(formatShare(0.0004913)).toBe('0.0491%')
    expect(formatShare(0.99951)).toBe('99.95%')
    expect(formatShare(0.999996)).toBe('99.9996%')
    expect(formatShare(1)).toBe('100%')
    expect(formatShare(Number.NaN)).toBe('—')
    // Never more than three significant digits away from 100%.
    for (const share of [0.5, 0.123456, 0.0123456, 0.000123456])
      expect(formatShare(share).replace(/\D/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(3)
  })

  it('counts days in days, for a column whose header names the unit', async () => {
    const { formatDayCount } = await import('../../packages/llm-training-cost/src/engine')
    expect(formatDayCount(0.2604)).toBe('0.26')
    expect(formatDayCount(33.9)).toBe('34')
    expect(formatDayCount(1234.4)).toBe('1,234')
    expect(formatDayCount(null)).toBe('—')
  })
})
