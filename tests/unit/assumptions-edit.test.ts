// One edit of one assumption: every value goes through the engine's validateAssumptions.
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { applyEdit, changedFromDefaults, readTyped, validatePartial } from '../../packages/slidev-addon-training-cost/composables/assumptions-edit'

describe('readTyped: what typed text means', () => {
  it('reads MFU and goodput in percent or as a fraction', () => {
    expect(readTyped('mfu', '60')).toBe(0.6)
    expect(readTyped('mfu', '60%')).toBe(0.6)
    expect(readTyped('mfu', ' 0.6 ')).toBe(0.6)
    expect(readTyped('goodput', '67')).toBeCloseTo(0.67, 12)
    expect(readTyped('mfu', '0.5%')).toBe(0.005)
  })

  it('passes anything that is not a finite number to the validator unchanged', () => {
    for (const typed of ['abc', '', '1e999', '%', 'NaN', '--1'])
      expect(readTyped('mfu', typed)).toBe(typed)
    expect(readTyped('usdPerGpuHour', '2.5')).toBe('2.5')
  })
})

describe('applyEdit', () => {
  it('applies a valid value and keeps every other field', () => {
    const result = applyEdit(DEFAULT_ASSUMPTIONS, 'usdPerGpuHour', '2.5')
    expect(result).toEqual({
      ok: true,
      value: { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 2.5 },
    })
  })

  it.each([
    ['0', 'mfu must be a number in (0, 1]'],
    ['-5', 'mfu must be a number in (0, 1]'],
    ['abc', 'mfu must be a number in (0, 1]'],
    ['700', 'mfu must be a number in (0, 1]'],
    ['1e999', 'mfu must be a number in (0, 1]'],
    ['', 'mfu must be a number in (0, 1]'],
  ])('rejects MFU %j with the engine\'s range', (typed, range) => {
    const result = applyEdit(DEFAULT_ASSUMPTIONS, 'mfu', typed)
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) {
      expect(result.message).toContain('MFU')
      expect(result.message).toContain(range)
    }
  })

  it.each([
    ['gpus', '0', 'a positive integer'],
    ['gpus', '12.5', 'a positive integer'],
    ['gpus', '', 'a positive integer'],
    ['usdPerGpuHour', '-1', 'a number > 0'],
    ['tokensPerParam', 'twenty', 'a number > 0'],
    ['pue', '0.9', 'a number ≥ 1'],
    ['gridGramsCo2PerKwh', '-3', 'a number ≥ 0'],
    ['gpu', 'tpu-v9', 'gpu must be one of'],
    ['precision', 'fp4', 'precision must be one of'],
  ] as const)('rejects %s = %j (%s)', (key, typed, range) => {
    const result = applyEdit(DEFAULT_ASSUMPTIONS, key, typed)
    expect(result).toMatchObject({ ok: false })
    if (!result.ok)
      expect(result.message).toContain(range)
  })

  it('accepts huge but finite numbers and the exponent form', () => {
    expect(applyEdit(DEFAULT_ASSUMPTIONS, 'gpus', '1e6')).toEqual({
      ok: true,
      value: { ...DEFAULT_ASSUMPTIONS, gpus: 1e6 },
    })
    expect(applyEdit(DEFAULT_ASSUMPTIONS, 'usdPerGpuHour', '1e300')).toMatchObject({ ok: true })
  })

  it('a GPU without the current precision takes its own default precision', () => {
    const result = applyEdit({ ...DEFAULT_ASSUMPTIONS, precision: 'tf32' }, 'gpu', 'v100')
    expect(result).toMatchObject({
      ok: true,
      value: { gpu: 'v100', precision: 'fp16' },
    })
    const h100 = applyEdit({ ...DEFAULT_ASSUMPTIONS, precision: 'tf32' }, 'gpu', 'h100-sxm')
    expect(h100).toMatchObject({
      ok: true,
      value: { gpu: 'h100-sxm', precision: 'tf32' },
    })
  })

  it('a precision the GPU lacks is refused, naming what it supports', () => {
    const result = applyEdit({ ...DEFAULT_ASSUMPTIONS, gpu: 'v100', precision: 'fp16' }, 'precision', 'bf16')
    expect(result).toMatchObject({ ok: false })
    if (!result.ok)
      expect(result.message).toContain('v100 supports (fp16)')
  })
})

describe('validatePartial', () => {
  it('keeps what passes and names what does not', () => {
    const checked = validatePartial(DEFAULT_ASSUMPTIONS, { mfu: 0.4, usdPerGpuHour: 'cheap', gpus: -1 })
    expect(checked.value).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.4 })
    expect(checked.kept).toEqual(['mfu'])
    expect(checked.rejected.map(r => r.key).sort()).toEqual(['gpus', 'usdPerGpuHour'])
  })

  it('ignores keys that are not assumptions', () => {
    const checked = validatePartial(DEFAULT_ASSUMPTIONS, { mfu: 0.5, model: 'gpt-3', __proto__x: 1 } as Record<string, unknown>)
    expect(checked.value).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.5 })
  })
})

describe('changedFromDefaults', () => {
  it('lists the fields that differ', () => {
    expect(changedFromDefaults(DEFAULT_ASSUMPTIONS)).toEqual([])
    expect(changedFromDefaults({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6, gpus: 4096 })).toEqual(['mfu', 'gpus'])
  })
})
