// The shareable link: the command line's option names in the query string, garbled input ignored.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, fieldSpec } from '../../packages/llm-training-cost/src/engine'
import { assumptionsQuery, audienceLink, parseAssumptionsQuery, shareableLink, withoutAssumptionParams } from '../../packages/slidev-addon-training-cost/composables/assumptions-url'
import { scenarioArbitrary } from './support/assumption-arbitraries'

describe('parseAssumptionsQuery', () => {
  it('reads the issue\'s example link', () => {
    const link = parseAssumptionsQuery('?gpu=h100-sxm&mfu=0.4&price=2.5&gpus=4096')
    expect(link).toMatchObject({ applies: true })
    expect(link.ignored).toEqual([])
    expect(link.value).toEqual({
      ...DEFAULT_ASSUMPTIONS,
      gpu: 'h100-sxm',
      precision: 'bf16',
      mfu: 0.4,
      usdPerGpuHour: 2.5,
      gpus: 4096,
    })
  })

  it('uses the command line\'s option names for every field', () => {
    expect(ASSUMPTION_KEYS.map(key => fieldSpec(key).option).sort()).toEqual([
      'batch-tokens',
      'checkpoint-tbps',
      'goodput',
      'gpu',
      'gpus',
      'grid-co2',
      'mfu',
      'precision',
      'price',
      'pue',
      'recompute',
      'restart-minutes',
      'scale-model',
      'tokens-per-param',
    ])
    const link = parseAssumptionsQuery('tokens-per-param=25&goodput=0.8&pue=1.2&grid-co2=50&precision=fp8&gpu=h100-sxm')
    expect(link.value).toMatchObject({
      tokensPerParam: 25,
      goodput: 0.8,
      pue: 1.2,
      gridGramsCo2PerKwh: 50,
      precision: 'fp8',
      gpu: 'h100-sxm',
    })
  })

  it.each([
    ['?mfu=abc', 'mfu'],
    ['?gpu=tpu-v9', 'gpu'],
    ['?mfu=%E0%A4%A', 'mfu'],
    ['?price=1e999', 'price'],
    ['?gpus=', 'gpus'],
    ['?mfu=', 'mfu'],
    ['?mfu=0', 'mfu'],
    ['?mfu=-5', 'mfu'],
    ['?mfu=700', 'mfu'],
    ['?pue=0.5', 'pue'],
    ['?precision=fp4', 'precision'],
  ])('%s is ignored with a notice naming %s', (search, param) => {
    const link = parseAssumptionsQuery(search)
    expect(link).toMatchObject({ applies: false })
    expect(link.value).toEqual(DEFAULT_ASSUMPTIONS)
    expect(link.ignored.map(i => i.param)).toContain(param)
  })

  it('keeps the good parameters of a partly bad link', () => {
    const link = parseAssumptionsQuery('?mfu=0.6&gpu=tpu-v9&price=%E0%A4%A&gpus=1e999')
    expect(link).toMatchObject({ applies: true })
    expect(link.value).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(link.ignored.map(i => i.param).sort()).toEqual(['gpu', 'gpus', 'price'])
  })

  it('a precision the linked GPU lacks is dropped; the GPU keeps its own', () => {
    const link = parseAssumptionsQuery('?gpu=v100&precision=bf16')
    expect(link.value).toMatchObject({ gpu: 'v100', precision: 'fp16' })
    expect(link.ignored.map(i => i.param)).toEqual(['precision'])
  })

  it('leaves Slidev\'s own parameters alone and applies nothing without assumptions', () => {
    expect(parseAssumptionsQuery('?clicks=2&print')).toEqual({ applies: false, value: DEFAULT_ASSUMPTIONS, ignored: [] })
    expect(parseAssumptionsQuery('')).toEqual({ applies: false, value: DEFAULT_ASSUMPTIONS, ignored: [] })
  })

  it('never throws and never yields a non-finite value, whatever the query', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(...ASSUMPTION_KEYS.map(key => fieldSpec(key).option)), fc.string(), (junk, param, value) => {
      const link = parseAssumptionsQuery(`${junk}&${param}=${value}`)
      for (const v of Object.values(link.value)) {
        if (typeof v === 'number')
          expect(v).toSatisfy(Number.isFinite)
      }
    }), { numRuns: 500 })
  })
})

describe('assumptionsQuery round trip', () => {
  it('writes only what differs from the defaults', () => {
    expect(assumptionsQuery(DEFAULT_ASSUMPTIONS)).toBe('')
    expect(assumptionsQuery({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })).toBe('mfu=0.6')
    expect(assumptionsQuery({ ...DEFAULT_ASSUMPTIONS, gpu: 'h100-sxm' })).toBe('gpu=h100-sxm&precision=bf16')
  })

  it('parses back to the same assumptions, for any valid scenario', () => {
    const scenario = scenarioArbitrary({ absent: 'never' })
    // Every scenario field is drawn: a field added to the schema and not here fails this line.
    expect(Object.keys(fc.sample(scenario, 1)[0]!).sort()).toEqual([...ASSUMPTION_KEYS].sort())
    fc.assert(fc.property(scenario, (a) => {
      const link = parseAssumptionsQuery(`?${assumptionsQuery(a)}`)
      expect(link.ignored).toEqual([])
      expect(link.value).toEqual(a)
    }), { numRuns: 300 })
  })
})

describe('shareableLink', () => {
  it('points at the audience view of the same slide and replaces old assumption parameters', () => {
    expect(shareableLink('http://localhost:3030/presenter/12?clicks=1&mfu=0.3', { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 }))
      .toBe('http://localhost:3030/12?clicks=1&mfu=0.6')
    expect(shareableLink('https://example.org/talk/presenter', DEFAULT_ASSUMPTIONS)).toBe('https://example.org/talk')
    expect(shareableLink('http://127.0.0.1:4173/5#x', { ...DEFAULT_ASSUMPTIONS, gpus: 4096 })).toBe('http://127.0.0.1:4173/5?gpus=4096')
  })

  it('withoutAssumptionParams keeps the rest', () => {
    expect(withoutAssumptionParams('?clicks=2&mfu=0.4&price=2')).toBe('clicks=2')
  })
})

describe('the audience\'s links', () => {
  it('never carry the speaker\'s password', () => {
    expect(shareableLink('http://192.168.1.20:3030/presenter/12?password=secret&clicks=1', { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 }))
      .toBe('http://192.168.1.20:3030/12?clicks=1&mfu=0.6')
  })

  it('point a phone at the server\'s network address, not the laptop\'s localhost', () => {
    expect(audienceLink('http://localhost:3030/presenter/12?password=pw', { ...DEFAULT_ASSUMPTIONS, gpus: 4096 }, ['http://192.168.1.20:3030/']))
      .toBe('http://192.168.1.20:3030/12?gpus=4096')
    expect(audienceLink('http://127.0.0.1:3030/5', DEFAULT_ASSUMPTIONS, [])).toBe('http://127.0.0.1:3030/5')
    expect(audienceLink('http://10.0.0.2:3030/5', DEFAULT_ASSUMPTIONS, ['http://192.168.1.20:3030/'])).toBe('http://10.0.0.2:3030/5')
  })
})
