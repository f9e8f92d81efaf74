// Laws the engine must obey for any valid input (fast-check property tests).
import type { AssumptionField } from '../../packages/llm-training-cost/src/engine'
import type { ZeroStage } from '../../packages/llm-training-cost/src/engine/formulas/memory'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASSUMPTION_SCHEMA, estimateTraining, fieldSpec, perGpuMemory, validateAssumptions } from '../../packages/llm-training-cost/src/engine'
import { scenarioArbitrary } from './support/assumption-arbitraries'

// Every scenario field, drawn over its schema range; without --gpus (null) too.
const assumptions = scenarioArbitrary({ absent: 'null-too' })

const params = fc.double({ min: 1e6, max: 1e14, noNaN: true })
const tokens = fc.option(fc.double({ min: 1e6, max: 1e16, noNaN: true }), { nil: undefined })

/** `actual` within one part in 10⁹ of `expected` (floating-point reassociation): a failure prints both. */
function expectRelativelyEqual(actual: number, expected: number): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(actual), Math.abs(expected)))
}

describe('laws of the estimate', () => {
  it('cost is linear in price', () => {
    fc.assert(fc.property(params, tokens, assumptions, fc.double({ min: 0.1, max: 10, noNaN: true }), (n, d, a, k) => {
      const base = estimateTraining({ params: n, tokens: d }, a)
      const scaled = estimateTraining({ params: n, tokens: d }, { ...a, usdPerGpuHour: a.usdPerGpuHour * k })
      expectRelativelyEqual(scaled.costUsd, base.costUsd * k)
    }))
  })

  it('cost is inverse in MFU', () => {
    fc.assert(fc.property(params, tokens, assumptions, (n, d, a) => {
      const half = { ...a, mfu: a.mfu / 2 }
      expectRelativelyEqual(estimateTraining({ params: n, tokens: d }, half).costUsd, 2 * estimateTraining({ params: n, tokens: d }, a).costUsd)
    }))
  })

  it('doubling GPUs halves wall-clock and keeps GPU-hours', () => {
    fc.assert(fc.property(params, tokens, assumptions, fc.integer({ min: 1, max: 1_000_000 }), (n, d, a, gpus) => {
      const one = estimateTraining({ params: n, tokens: d }, { ...a, gpus })
      const two = estimateTraining({ params: n, tokens: d }, { ...a, gpus: 2 * gpus })
      expectRelativelyEqual(two.wallClockDays!, one.wallClockDays! / 2)
      expect(two.gpuHours).toBe(one.gpuHours)
    }))
  })

  it('every numeric output is finite and positive for any valid input', () => {
    fc.assert(fc.property(params, tokens, assumptions, (n, d, a) => {
      const run = estimateTraining({ params: n, tokens: d }, a)
      for (const [key, value] of Object.entries(run)) {
        if (typeof value === 'number') {
          expect(value, key).toSatisfy(Number.isFinite)
          // A grid of 0 g/kWh (within the schema's range) emits nothing; everything else is positive.
          if (key === 'co2Kg' && a.gridGramsCo2PerKwh === 0)
            expect(value, key).toBe(0)
          else
            expect(value, key).toBeGreaterThan(0)
        }
      }
      expect(run.wallClockDays === null).toBe(a.gpus === null)
    }))
  })
})

describe('laws of memory', () => {
  const layout = fc.record({
    params,
    dataParallel: fc.integer({ min: 1, max: 4096 }),
    tensorParallel: fc.integer({ min: 1, max: 8 }),
    pipelineParallel: fc.integer({ min: 1, max: 64 }),
    activationBytes: fc.double({ min: 0, max: 1e11, noNaN: true }),
  })

  it('memory per GPU never grows with a higher ZeRO stage', () => {
    fc.assert(fc.property(layout, (run) => {
      const totals = ([0, 1, 2, 3] as ZeroStage[]).map(zeroStage => perGpuMemory({ ...run, zeroStage }).totalBytes)
      for (let i = 1; i < totals.length; i++)
        expect(totals[i]!).toBeLessThanOrEqual(totals[i - 1]!)
    }))
  })

  it('memory per GPU never grows with more data-parallel ranks to partition over', () => {
    fc.assert(fc.property(layout, fc.constantFrom<ZeroStage>(0, 1, 2, 3), (run, zeroStage) => {
      const fewer = perGpuMemory({ ...run, zeroStage }).totalBytes
      const more = perGpuMemory({ ...run, zeroStage, dataParallel: run.dataParallel * 2 }).totalBytes
      expect(more).toBeLessThanOrEqual(fewer)
    }))
  })
})

describe('laws of validation', () => {
  const notANumber = fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 'abc', '', '1e', '0x10', 'NaN', 'Infinity', true, {}, []),
    fc.string().filter(s => Number.isNaN(Number(s)) || s.trim() === ''),
  )
  // Every numeric field of the schema, scenario and workload alike.
  const fields = (Object.keys(ASSUMPTION_SCHEMA) as AssumptionField[]).filter(key => !['choice', 'flag'].includes(fieldSpec(key).kind))

  it('rejects any non-numeric or non-finite value, naming the field', () => {
    fc.assert(fc.property(fc.constantFrom(...fields), notANumber, (field, value) => {
      const result = validateAssumptions({ [field]: value })
      expect(result).toMatchObject({ ok: false })
      if (!result.ok) {
        expect(result.errors[0]!.field).toBe(field)
        expect(result.errors[0]!.message).toContain(field)
      }
    }))
  })

  it('rejects MFU and goodput outside (0, 1], naming the field and the range', () => {
    const outside = fc.oneof(fc.double({ max: 0, noNaN: true, noDefaultInfinity: true }), fc.double({ min: 1.000001, noNaN: true, noDefaultInfinity: true }))
    fc.assert(fc.property(fc.constantFrom('mfu', 'goodput'), outside, (field, value) => {
      const result = validateAssumptions({ [field]: value })
      expect(result).toMatchObject({ ok: false })
      if (!result.ok) {
        expect(result.errors[0]!.field).toBe(field)
        expect(result.errors[0]!.message).toContain('(0, 1]')
      }
    }))
  })

  it('rejects non-positive prices and non-integer or non-positive GPU counts', () => {
    fc.assert(fc.property(fc.double({ max: 0, noNaN: true, noDefaultInfinity: true }), (price) => {
      const result = validateAssumptions({ usdPerGpuHour: price })
      expect(result).toMatchObject({ ok: false })
    }))
    fc.assert(fc.property(fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0, max: 1e6, noNaN: true }).filter(x => !Number.isInteger(x))), (gpus) => {
      const result = validateAssumptions({ gpus })
      expect(result).toMatchObject({ ok: false })
      if (!result.ok)
        expect(result.errors[0]!.message).toContain('positive integer')
    }))
  })

  it('accepts every valid assumptions object unchanged', () => {
    fc.assert(fc.property(assumptions, (a) => {
      const result = validateAssumptions(a)
      expect(result).toMatchObject({ ok: true })
      if (result.ok)
        expect(result.value).toMatchObject(a)
    }))
  })
})
