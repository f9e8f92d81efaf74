import type { Model } from '../../packages/llm-training-cost/src/data/models'
// One value per fact: a fact stated in two places drifts (Llama 3's vocabulary was 128,000 in one file
// and 128,256 in another; TPU memory was noted in GiB and stored as decimal GB). Where it can be checked
// mechanically, a fact is held here to one value, and a value derived from it to that value.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACCELERATORS, BYTES_PER_MEMORY_UNIT } from '../../packages/llm-training-cost/src/data/accelerators'
import { PUBLISHED_TRAINING_SETS } from '../../packages/llm-training-cost/src/data/data-supply'
import { LLAMA3_VOCAB, MODELS } from '../../packages/llm-training-cost/src/data/models'
import { SCALE_RUNS } from '../../packages/llm-training-cost/src/data/scale-runs'

const dataDir = new URL('../../packages/llm-training-cost/src/data/', import.meta.url)
const dataText = readdirSync(dataDir).filter(f => f.endsWith('.ts')).map(f => [
  f,
  readFileSync(new URL(f, dataDir), 'utf8'),
] as const)

/** Number literals equal to `value` in data/ (1_2 and 1.2e3 forms included), with their files. */
function literalsOf(value: number): string[] {
  return dataText.flatMap(([file, text]) => [
    ...text.matchAll(/(?<![\w.])\d[\d_]*(?:\.\d+)?(?:e\d+)?(?![\w.])/g),
  ]
    .filter(m => Number(m[0].replaceAll('_', '')) === value)
    .map(() => file))
}

/** The published runs in data/scale-runs.ts that are a model of data/models.ts: their shapes are that model's. */
const SAME_MODEL: Record<string, string> = {
  'llama3-405b-': 'llama-3.1-405b',
  'mt-nlg-': 'mt-nlg',
}

describe('one value per fact', () => {
  it('writes Llama 3\'s vocabulary once (LLAMA3_VOCAB) and BLOOM\'s padded embedding once', () => {
    expect(literalsOf(LLAMA3_VOCAB.value)).toEqual(['models.ts'])
    expect(literalsOf(128_000)).toEqual([])
    expect(literalsOf(250_880)).toEqual(['scale-runs.ts'])
  })

  it.each(Object.entries(SAME_MODEL))('runs %s have the shape of model %s', (prefix, modelId) => {
    const model: Model = MODELS.find(m => m.id === modelId)!
    const arch = model.architecture!
    const runs = SCALE_RUNS.filter(r => r.id.startsWith(prefix))
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) {
      expect(run.shape.params, run.id).toBe(model.params)
      expect(run.shape.layers, run.id).toBe(arch.layers)
      expect(run.shape.dModel, run.id).toBe(arch.dModel)
      expect(run.shape.heads, run.id).toBe(arch.heads)
      expect(run.shape.vocab, run.id).toBe(arch.vocab)
      if (arch.kvHeads !== undefined)
        expect(run.shape.kvHeads, run.id).toBe(arch.kvHeads)
      if (arch.ffnHidden !== undefined)
        expect(run.shape.ffnHidden, run.id).toBe(arch.ffnHidden)
    }
  })

  it('gives every NeMo Llama 3 shape the same vocabulary', () => {
    const llama3 = SCALE_RUNS.filter(r => /llama3/i.test(r.id))
    expect(llama3.length).toBeGreaterThan(3)
    for (const run of llama3)
      expect(run.shape.vocab, run.id).toBe(LLAMA3_VOCAB.value)
  })

  it.each(ACCELERATORS)('$id: memory stored as the source states it, converted in one place', (a) => {
    expect(a.memoryBytes).toBe(a.memoryAsStated.value * BYTES_PER_MEMORY_UNIT[a.memoryAsStated.unit])
    // A source noted in GiB is stored in GiB (the TPUs' "32 GiB" were stored as 32e9 bytes).
    const stated = /\d+ ?(GiB|GB)\b/.exec(a.source.where.replace(/TB\/s|GB\/s/g, ''))
    if (stated)
      expect(a.memoryAsStated.unit, a.source.where).toBe(stated[1])
  })

  it('takes the training sets of the deck\'s own models from the models', () => {
    for (const set of PUBLISHED_TRAINING_SETS) {
      const model = MODELS.find(m => m.id === set.id || (set.id === 'llama-3-405b' && m.id === 'llama-3.1-405b'))
      if (model)
        expect(set.tokens, set.id).toBe(model.tokens)
    }
  })
})
