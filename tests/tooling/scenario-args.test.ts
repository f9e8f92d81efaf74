import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../packages/llm-training-cost/src/data/presets'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { parseAssumptionsQuery } from '../../packages/slidev-addon-training-cost/composables/assumptions-url'
import { readScenario } from '../../scripts/lib/scenario-args'

describe('export scenario options', () => {
  it('reads the command line\'s option names into assumptions and the deck\'s link form', () => {
    const scenario = readScenario({
      gpu: 'h100-sxm',
      mfu: '0.4',
      price: '2.5',
      gpus: '4096',
    })
    expect(scenario).toMatchObject({ ok: true })
    if (!scenario.ok)
      return
    expect(scenario.assumptions).toMatchObject({
      gpu: 'h100-sxm',
      precision: 'bf16',
      mfu: 0.4,
      usdPerGpuHour: 2.5,
      gpus: 4096,
    })
    // The deck reads the query back to exactly the same assumptions.
    expect(parseAssumptionsQuery(`?${scenario.query}`).value).toEqual(scenario.assumptions)
  })

  it('gives the defaults, and an empty query, without options', () => {
    const scenario = readScenario({})
    expect(scenario).toEqual({
      ok: true,
      assumptions: DEFAULT_ASSUMPTIONS,
      query: '',
      preset: null,
    })
  })

  it.each([
    [
      { mfu: '0' },
      '--mfu',
    ],
    [
      { mfu: '7' },
      '--mfu',
    ],
    [
      { mfu: 'abc' },
      '--mfu',
    ],
    [
      { price: '-5' },
      '--price',
    ],
    [
      { gpus: '2.5' },
      '--gpus',
    ],
    [
      { gpu: 'tpu-v9' },
      '--gpu',
    ],
    [
      { gpu: 'v100', precision: 'bf16' },
      '--precision',
    ],
    [
      { 'tokens-per-param': '1e999' },
      '--tokens-per-param',
    ],
    [
      { preset: 'nope' },
      '--preset',
    ],
  ])('rejects %o with one line naming %s', (values, option) => {
    const scenario = readScenario(values)
    expect(scenario).toMatchObject({ ok: false })
    if (scenario.ok)
      return
    expect(scenario.message).toMatch(new RegExp(`^${option}:`))
    expect(scenario.message).not.toContain('\n')
  })

  it('starts from a preset and lets options override it', () => {
    const preset = PRESETS[0]!
    const scenario = readScenario({ preset: preset.id, price: '3' })
    expect(scenario).toMatchObject({
      ok: true,
      preset: preset.id,
      assumptions: { usdPerGpuHour: 3, mfu: preset.assumptions.mfu ?? DEFAULT_ASSUMPTIONS.mfu },
    })
  })
})
