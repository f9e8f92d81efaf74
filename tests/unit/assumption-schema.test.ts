// The one schema of the assumptions: everything derived from it agrees with it.
import { describe, expect, it } from 'vitest'
import { USAGE } from '../../packages/llm-training-cost/src/cli/estimate-args.ts'
import { ASSUMPTION_SCHEMA } from '../../packages/llm-training-cost/src/data/assumptions'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, describeRange, fieldSpec, SLIDER_STEPS, sliderOf, sliderPosition, sliderValue, validateAssumptions, WORKLOAD_KEYS } from '../../packages/llm-training-cost/src/engine'
import { DEFAULTS, inRange } from '../../packages/llm-training-cost/src/engine/assumptions/validation'
import { helpLine, SCENARIO_OPTIONS } from '../../scripts/lib/scenario-args'

const ALL_KEYS = Object.keys(ASSUMPTION_SCHEMA) as (keyof typeof ASSUMPTION_SCHEMA)[]

describe('the schema', () => {
  it('names every field once: options and labels are unique', () => {
    const options = ALL_KEYS.map(key => fieldSpec(key).option)
    const labels = ALL_KEYS.map(key => fieldSpec(key).label)
    expect(new Set(options).size).toBe(options.length)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('splits the fields into the store\'s (in panel order) and the command line\'s workload', () => {
    expect(ASSUMPTION_KEYS).toEqual([
      'gpu',
      'precision',
      'mfu',
      'usdPerGpuHour',
      'gpus',
      'tokensPerParam',
      'goodput',
      'pue',
      'gridGramsCo2PerKwh',
      'scaleModel',
      'batchTokens',
      'recompute',
      'storageWriteTbPerSecond',
      'restartMinutes',
    ])
    expect(WORKLOAD_KEYS.slice(0, 4)).toEqual([
      'model',
      'params',
      'activeParams',
      'tokens',
    ])
    expect(WORKLOAD_KEYS).toContain('tensorParallel')
    expect([
      ...ASSUMPTION_KEYS,
      ...WORKLOAD_KEYS,
    ].sort()).toEqual([...ALL_KEYS].sort())
  })

  it('keeps the design\'s control labels', () => {
    expect(ASSUMPTION_KEYS.map(key => fieldSpec(key).label)).toEqual(expect.arrayContaining([
      'GPU',
      'MFU',
      'Price per GPU-hour',
      'GPUs',
      'Tokens per parameter',
    ]))
  })

  it.each(ASSUMPTION_KEYS)('%s: its default is sourced and passes its own validation', (key) => {
    const spec = fieldSpec(key)
    expect(spec.default?.source.url).toMatch(/^https:\/\//)
    expect(DEFAULTS[key].value).toBe(DEFAULT_ASSUMPTIONS[key])
    const checked = validateAssumptions({ [key]: DEFAULT_ASSUMPTIONS[key] })
    expect(checked.ok ? checked.value[key] : checked.errors).toBe(DEFAULT_ASSUMPTIONS[key])
  })

  it('gives the workload no default where it must be named, a sourced one where it need not', () => {
    const checked = validateAssumptions({})
    for (const key of WORKLOAD_KEYS) {
      const spec = fieldSpec(key)
      const value = checked.ok ? checked.value[key] : checked.errors
      if (spec.kind === 'flag')
        expect(value, key).toBe(false)
      else if (spec.absent === 'none')
        expect(value, key).toBeNull()
      else
        expect(spec.default?.source.url, key).toMatch(/^https:\/\//)
    }
  })
})

describe('validation read off the schema', () => {
  const numeric = ALL_KEYS.filter(key => !['choice', 'flag'].includes(fieldSpec(key).kind))

  it.each(numeric)('%s: the range\'s ends are kept or refused as the schema says, with the range in the message', (key) => {
    const spec = fieldSpec(key)
    if (spec.kind === 'choice' || spec.kind === 'flag')
      throw new Error('numeric fields only')
    const { min, minOpen, max, maxOpen } = spec.range
    const atMin = validateAssumptions({ [key]: min })
    expect(atMin.ok).toBe(!minOpen && inRange(min, spec.range))
    if (!atMin.ok)
      expect(atMin.errors[0]!.message).toBe(`${key} must be ${describeRange(key)}; got ${min}`)
    expect(validateAssumptions({ [key]: min - 1 }).ok).toBe(false)
    if (max !== undefined) {
      expect(validateAssumptions({ [key]: max }).ok).toBe(!maxOpen)
      expect(validateAssumptions({ [key]: max + 1 }).ok).toBe(false)
    }
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'abc',
      '',
      {},
    ])
      expect(validateAssumptions({ [key]: bad }).ok).toBe(false)
  })

  it('states the ranges as the messages always did', () => {
    expect(describeRange('mfu')).toBe('a number in (0, 1]')
    expect(describeRange('usdPerGpuHour')).toBe('a number > 0')
    expect(describeRange('pue')).toBe('a number ≥ 1')
    expect(describeRange('gridGramsCo2PerKwh')).toBe('a number ≥ 0')
    expect(describeRange('gpus')).toBe('a positive integer')
    expect(describeRange('gpu')).toMatch(/^one of v100, /)
  })

  it('refuses a fractional GPU count', () => {
    expect(validateAssumptions({ gpus: 2.5 })).toMatchObject({
      ok: false,
      errors: [
        { field: 'gpus' },
      ],
    })
  })
})

describe('what the command line and the export derive', () => {
  it('--help lists every field with its option and the schema\'s default, never a typed one', () => {
    for (const key of ALL_KEYS) {
      const spec = fieldSpec(key)
      const line = USAGE.split('\n').find(l => l.startsWith(`  --${spec.option} `))
      expect(line, `--${spec.option} in --help`).toBe(helpLine(key))
      if (spec.absent === 'default')
        expect(line).toContain(`(default ${String(spec.default?.value)})`)
      else if (spec.absent === 'derived')
        expect(line).toContain(`(default ${spec.derivedAs})`)
      else
        expect(line).not.toContain('(default')
    }
  })

  it('the export takes exactly the scenario fields, plus --preset', () => {
    expect(Object.keys(SCENARIO_OPTIONS).sort()).toEqual([
      ...ASSUMPTION_KEYS.map(key => fieldSpec(key).option),
      'preset',
    ].sort())
  })

  it('the export\'s help starts from the store\'s defaults: 100k GPUs', () => {
    expect(helpLine('gpus', 'store')).toContain(`(default ${DEFAULT_ASSUMPTIONS.gpus})`)
  })
})

describe('sliders, read off the schema', () => {
  const withSlider = ASSUMPTION_KEYS.filter(key => sliderOf(key) !== null)

  it('exist for MFU, price, GPUs, tokens per parameter and the scale model\'s batch, storage and restart', () => {
    expect(withSlider).toEqual([
      'mfu',
      'usdPerGpuHour',
      'gpus',
      'tokensPerParam',
      'batchTokens',
      'storageWriteTbPerSecond',
      'restartMinutes',
    ])
  })

  it.each(withSlider)('%s: every position gives a valid value, and the value goes back to its position', (key) => {
    for (let position = 0; position <= SLIDER_STEPS; position += 50) {
      const value = sliderValue(key, position)
      expect(validateAssumptions({ [key]: value }).ok, `${key} at ${position}: ${value}`).toBe(true)
      expect(Math.abs(sliderPosition(key, value) - position)).toBeLessThanOrEqual(8)
    }
  })

  it('for GPUs run on a log scale, whole numbers, from 8 to a million', () => {
    expect(sliderValue('gpus', 0)).toBe(8)
    expect(sliderValue('gpus', SLIDER_STEPS)).toBe(1_000_000)
    expect(sliderPosition('gpus', 100_000)).toBe(Math.round(Math.log(100_000 / 8) / Math.log(1_000_000 / 8) * SLIDER_STEPS))
    expect(Number.isInteger(sliderValue('gpus', 333))).toBe(true)
  })

  it('a value off the track sits at its end', () => {
    expect(sliderPosition('mfu', 1)).toBe(SLIDER_STEPS)
    expect(sliderPosition('usdPerGpuHour', 0.01)).toBe(0)
  })
})
