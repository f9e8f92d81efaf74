// The data module itself: every fact has a source, dated, and no impossible values.
import type { AcceleratorId, StatedAbsences } from '../../packages/llm-training-cost/src/data/accelerators'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACCELERATOR_IDS, ACCELERATORS } from '../../packages/llm-training-cost/src/data/accelerators'
import { DEFAULTS } from '../../packages/llm-training-cost/src/data/assumptions'
import { byId } from '../../packages/llm-training-cost/src/data/by-id'
import * as clusterFabric from '../../packages/llm-training-cost/src/data/cluster-fabric'
import * as kernelEfficiency from '../../packages/llm-training-cost/src/data/kernel-efficiency'
import { MODELS, TALK_MODEL_IDS } from '../../packages/llm-training-cost/src/data/models'
import { DATA_MODULES as PACKAGE_DATA_MODULES } from '../../packages/llm-training-cost/src/data/modules'
import * as prices from '../../packages/llm-training-cost/src/data/prices'
import { GPU_PRICES, PRICE_CONVENTIONS } from '../../packages/llm-training-cost/src/data/prices'
import * as sinceTheTalk from '../../packages/llm-training-cost/src/data/since-the-talk'
import * as source from '../../packages/llm-training-cost/src/data/source'
import * as systemPower from '../../packages/llm-training-cost/src/data/system-power'
import * as version from '../../packages/llm-training-cost/src/data/version'
import { shapeParams } from '../../packages/llm-training-cost/src/engine/scale-model/experts'

/**
 * Every module of data/, by file name: the package's own list (the references slide walks it) and that
 * list's file, which holds no fact. A new file left out fails the first test below.
 */
const DATA_MODULES: Record<string, object> = {
  ...PACKAGE_DATA_MODULES,
  modules: {},
}

/**
 * Every source under `value`: the value of each `source` key, and every object that says `where` in a
 * document (lists such as a preset's `sources`), with the path that leads to it.
 */
function sourced(value: unknown, path = '', out: { path: string, source: unknown }[] = []): { path: string, source: unknown }[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => sourced(item, `${path}[${i}]`, out))
  }
  else if (value !== null && typeof value === 'object') {
    if ('where' in value)
      out.push({ path, source: value })
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source' && !(child !== null && typeof child === 'object' && 'where' in child))
        out.push({ path: `${path}.source`, source: child })
      sourced(child, `${path}.${key}`, out)
    }
  }
  return out
}

const entries = Object.entries(DATA_MODULES).flatMap(([file, module]) => sourced(module, file))
const TODAY = Date.now()

describe('sources', () => {
  it('the walk covers every file in data/', () => {
    const files = readdirSync(new URL('../../packages/llm-training-cost/src/data/', import.meta.url)).map(f => f.replace(/\.ts$/, ''))
    expect(Object.keys(DATA_MODULES).sort()).toEqual(files.sort())
    // The package's own list (the references slide walks it) holds every module but itself.
    expect(Object.keys(PACKAGE_DATA_MODULES).sort()).toEqual(files.filter(f => f !== 'modules').sort())
  })

  it('finds sourced entries in every data module that states facts', () => {
    expect(entries.length).toBeGreaterThan(100)
    const modules = new Set(entries.map(e => e.path.split('.')[0]))
    // The registry of documents holds references, not facts; decoder-shape and by-id hold no fact.
    const factless = [
      'source',
      'decoder-shape',
      'by-id',
      'version',
      'modules',
    ]
    expect([...modules].sort()).toEqual(Object.keys(DATA_MODULES).filter(m => !factless.includes(m)).sort())
  })

  it('dates the dataset by its newest check (the estimate\'s datasetVersion)', () => {
    const newest = entries.map(e => (e.source as { checked: string }).checked).sort().at(-1)
    expect(version.DATASET_VERSION).toBe(newest)
  })

  it.each(entries)('$path has a title, https url, where and a checked day', ({ source }) => {
    expect(source).toMatchObject({
      title: expect.stringMatching(/\S/),
      url: expect.stringMatching(/^https:\/\/\S+$/),
      where: expect.stringMatching(/\S/),
      checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
  })

  it.each(entries)('$path was checked on a real day, not in the future, not before the source appeared', ({ source }) => {
    const { checked, published } = source as { checked: string, published?: string }
    const day = Date.parse(`${checked}T00:00:00Z`)
    // Date.parse rolls 2026-02-30 over to March (or gives NaN): a round trip catches days that do not exist.
    expect(Number.isNaN(day)
      ? 'not a date'
      : new Date(day).toISOString().slice(0, 10)).toBe(checked)
    expect(day, `checked ${checked} is in the future`).toBeLessThanOrEqual(TODAY)
    if (published !== undefined)
      expect(day, `checked ${checked}, before the source appeared (${published})`).toBeGreaterThanOrEqual(Date.parse(published))
  })

  it.each(Object.entries(source.REFERENCES))('reference %s: a publication date, where given, is an ISO date in the past', (_, ref) => {
    const published: string | undefined = 'published' in ref
      ? ref.published
      : undefined
    if (published === undefined)
      return
    expect(published).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    const day = Date.parse(published)
    expect(Number.isNaN(day)
      ? 'not a date'
      : new Date(day).toISOString()).toMatch(new RegExp(`^${published}`))
    expect(day).toBeLessThan(TODAY)
  })

  it('every accelerator, model, price and default carries one', () => {
    const withSource = new Set(entries.map(e => e.source))
    for (const list of [
      ACCELERATORS,
      MODELS,
      GPU_PRICES,
      PRICE_CONVENTIONS,
      Object.values(DEFAULTS),
    ]) {
      for (const item of list)
        expect(withSource).toContain(item.source)
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

  it.each(ACCELERATORS)('$id: bf16 ≥ tf32; fp8 = 2 × bf16 where present (Hopper, Blackwell); dense figures at most 5 PFLOP/s (GB200 FP8 is 5), a sparse figure would be above', (a) => {
    const { bf16, fp8, tf32, fp16 } = a.peakFlopsPerSecond as Partial<Record<'bf16' | 'fp8' | 'tf32' | 'fp16', number>>
    if (bf16 !== undefined && tf32 !== undefined)
      expect(bf16).toBeGreaterThanOrEqual(tf32)
    if (bf16 !== undefined && fp16 !== undefined)
      expect(fp16).toBe(bf16)
    if (fp8 !== undefined)
      expect(fp8).toBe(2 * bf16!)
    for (const peak of [bf16, fp8, tf32, fp16])
      expect(peak ?? 0).toBeLessThanOrEqual(5e15)
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
      // A mixture of experts holds most of its parameters in experts: its own shape's count is checked instead.
      const blockParams = 'experts' in arch
        ? shapeParams(arch).totalParams
        : 12 * arch.layers * arch.dModel ** 2
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

/**
 * What the deck needs of each accelerator, beyond its specifications: each file's entries for it, or
 * the absence it states. `has` reads the entries, `absent` the stated absences.
 */
const NEEDS: { what: string, has: (id: string) => boolean, absent: StatedAbsences }[] = [
  {
    what: 'price offers (GPU_PRICES or PRICE_CONVENTIONS in data/prices.ts, PRICES_SINCE_2024 in data/since-the-talk.ts) or a stated absence (PRICE_ABSENCES)',
    has: id => [
      ...GPU_PRICES,
      ...PRICE_CONVENTIONS,
      ...sinceTheTalk.PRICES_SINCE_2024,
    ].some(p => p.acceleratorId === id),
    absent: prices.PRICE_ABSENCES,
  },
  {
    // Required: every accelerator `--gpu` accepts works with the scale model, so none may state an absence.
    what: 'a cluster fabric (data/cluster-fabric.ts; required, no absence allowed)',
    has: id => clusterFabric.CLUSTER_FABRICS.some(f => f.acceleratorId === id),
    absent: {},
  },
  {
    what: 'system power (data/system-power.ts) or a stated absence (SYSTEM_POWER_ABSENCES)',
    has: id => systemPower.SYSTEM_POWER.some(s => (s.acceleratorIds as readonly string[]).includes(id)),
    absent: systemPower.SYSTEM_POWER_ABSENCES,
  },
  {
    what: 'a kernel efficiency (data/kernel-efficiency.ts, its own or through KERNEL_EFFICIENCY_ALIASES) or a stated absence (KERNEL_EFFICIENCY_ABSENCES)',
    has: (id) => {
      const own = kernelEfficiency.KERNEL_EFFICIENCY_ALIASES[id as AcceleratorId] ?? id
      return kernelEfficiency.KERNEL_EFFICIENCIES.some(k => k.acceleratorId === own)
    },
    absent: kernelEfficiency.KERNEL_EFFICIENCY_ABSENCES,
  },
]

describe('every accelerator is complete: each fact the deck needs, or its absence stated with why', () => {
  it.each(ACCELERATORS.map(a => [a.id, a] as const))('%s has its specifications: a 16-bit peak, memory, bandwidth', (_, a) => {
    const peaks: Partial<Record<string, number>> = a.peakFlopsPerSecond
    expect(peaks.bf16 ?? peaks.fp16, `${a.id}: no bf16 or fp16 peak in data/accelerators.ts`).toBeGreaterThan(0)
    expect(a.memoryBytes, `${a.id}: no memory`).toBeGreaterThan(0)
    expect(a.memoryBandwidthBytesPerSecond, `${a.id}: no memory bandwidth`).toBeGreaterThan(0)
  })

  it.each(ACCELERATORS.map(a => a.id))('%s has each of the rest, or says why not, never both', (id) => {
    const problems = NEEDS.flatMap(({ what, has, absent }) => {
      const stated = absent[id] !== undefined
      if (has(id) && stated)
        return [`${id} has ${what.split(' (')[0]} and states its absence too: drop the absence`]
      return has(id) || stated
        ? []
        : [`${id} lacks ${what}`]
    })
    expect(problems).toEqual([])
  })

  it('every stated absence names a known accelerator and says why', () => {
    for (const { absent } of NEEDS) {
      for (const [id, why] of Object.entries(absent)) {
        expect(ACCELERATOR_IDS).toContain(id)
        expect(why.length, `${id}: why`).toBeGreaterThan(20)
      }
    }
  })
})

describe('prices and defaults', () => {
  it('every price is positive and refers to a known accelerator', () => {
    const ids = ACCELERATORS.map(a => a.id)
    for (const p of [
      ...GPU_PRICES,
      ...PRICE_CONVENTIONS,
    ]) {
      expect(p.usdPerGpuHour).toBeGreaterThan(0)
      expect(ids).toContain(p.acceleratorId)
    }
  })

  it('every offer has an id of its own, across all the lists of offers', () => {
    const offers = [
      ...GPU_PRICES,
      ...PRICE_CONVENTIONS,
      ...sinceTheTalk.PRICES_SINCE_2024,
    ]
    const ids = offers.map(p => p.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').toEqual([])
    for (const id of ids)
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9.]+)*$/)
  })

  it('an offer is picked by its id; an id that is not there fails, naming it', () => {
    expect(byId(sinceTheTalk.PRICES_SINCE_2024, 'lyceum-b200-on-demand-2026-03-low').usdPerGpuHour).toBe(4.5)
    expect(sinceTheTalk.WALL_2026_OFFERS.b200.id).toBe('lyceum-b200-on-demand-2026-03-low')
    expect(() => byId(GPU_PRICES as readonly { id: string }[], 'no-such-offer')).toThrow(/no entry with id "no-such-offer"/)
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
