// The parameters of a modern decoder counted from its shape (embedding, attention at its real widths,
// gated MLP, norms, tied or untied output), against the counts the papers publish; and the scale
// model's layer taking its weights, FLOPs, activations and tensor-parallel traffic from the same shape.
import type { ScaleModelInput } from '../../packages/llm-training-cost/src/engine/scale-model/types'
import { describe, expect, it } from 'vitest'
import { LLAMA3_8B_SHAPE } from '../../packages/llm-training-cost/src/data/models'
import { architectureOf, getModel } from '../../packages/llm-training-cost/src/engine'
import { modelParamsFromShape } from '../../packages/llm-training-cost/src/engine/formulas/architecture'
import { hardwareRatesOf } from '../../packages/llm-training-cost/src/engine/scale-model/hardware'
import { layerConstants, layerTimes } from '../../packages/llm-training-cost/src/engine/scale-model/layer'

// Llama 3 8B and 70B are not models of data/models.ts: their shapes as the Llama 3 paper's Table 3
// gives them (32 layers × 4096, 32 heads, 8 KV heads, FFN 14,336; 80 × 8192, 64 heads, 8 KV heads,
// FFN 28,672; SwiGLU), the released tokenizer's 128,256 tokens, untied output (llama-models'
// model.py); published sizes "8B" and "70B" (Table 3).
const LLAMA3_8B = LLAMA3_8B_SHAPE
const LLAMA3_70B = {
  ...LLAMA3_8B,
  layers: 80,
  dModel: 8192,
  heads: 64,
  ffnHidden: 28672,
}

const CASES = [
  {
    name: 'Llama 3 8B',
    shape: LLAMA3_8B,
    published: 8e9,
    within: 0.01,
  },
  {
    name: 'Llama 3 70B',
    shape: LLAMA3_70B,
    published: 70e9,
    within: 0.01,
  },
  ...([
    ['Llama 3.1 405B', 'llama-3.1-405b'],
    ['Llama 2 70B', 'llama-2-70b'],
    ['PaLM 540B (multi-query)', 'palm'],
    ['GPT-3 175B', 'gpt-3'],
  ] as const).map(([name, id]) => ({
    name,
    shape: architectureOf(id)!,
    published: getModel(id).params,
    within: 0.02,
  })),
]

describe('parameters counted from a modern decoder\'s shape', () => {
  const rows = CASES.map(({ name, shape, published, within }) => {
    const counted = modelParamsFromShape(shape)
    return {
      name,
      counted,
      published,
      within,
      difference: counted.totalParams / published - 1,
    }
  })

  it('prints predicted against published', () => {
    console.table(rows.map(r => ({
      model: r.name,
      predicted: `${(r.counted.totalParams / 1e9).toFixed(2)}B`,
      published: `${(r.published / 1e9).toFixed(2)}B`,
      difference: `${(r.difference * 100).toFixed(2)}%`,
      embedding: `${(r.counted.embeddingParams / 1e9).toFixed(2)}B`,
      output: `${(r.counted.outputParams / 1e9).toFixed(2)}B`,
    })))
    expect(rows).toHaveLength(CASES.length)
  })

  it.each(rows)('$name is within $within of its published size', ({ difference, within }) => {
    expect(Math.abs(difference)).toBeLessThan(within)
  })

  it('counts Llama 3 8B to the parameter: 8,030,261,248 (the released checkpoint\'s size)', () => {
    expect(modelParamsFromShape(LLAMA3_8B).totalParams).toBe(8_030_261_248)
  })

  it('an untied output adds a second V × d; tied counts it once', () => {
    const untied = modelParamsFromShape(LLAMA3_8B)
    const tied = modelParamsFromShape({ ...LLAMA3_8B, tiedEmbeddings: true })
    expect(untied.totalParams - tied.totalParams).toBe(128_256 * 4096)
    expect(tied.outputParams).toBe(0)
    // Absent: tied (Megatron-LM's Eq. 2 counts V·h once).
    const { tiedEmbeddings: _, ...absent } = LLAMA3_8B
    expect(modelParamsFromShape(absent).totalParams).toBe(tied.totalParams)
  })

  it('norms are two gains per layer and a final one', () => {
    expect(modelParamsFromShape(LLAMA3_8B).normParams).toBe((2 * 32 + 1) * 4096)
  })
})

describe('the scale model\'s layer follows the shape', () => {
  const llama405 = {
    params: 405e9,
    ...architectureOf('llama-3.1-405b')!,
    seqLen: 8192,
    vocab: 128_256,
  } as ScaleModelInput['shape']
  const input: ScaleModelInput = {
    shape: llama405,
    cluster: {
      gpus: 8192,
      acceleratorId: 'h100-sxm',
      nvlinkDomainGpus: 8,
      interNodeBytesPerSecondPerGpu: 50e9,
    },
    batchTokens: 2048 * 8192,
    precision: 'bf16',
    recompute: 'none',
    sequenceParallel: true,
  }
  const rates = hardwareRatesOf(input)!
  const dims = { tensorParallel: 8, contextParallel: 1, microbatchSequences: 1 }

  it('weights of one layer are the parameter count\'s (Q and O at H·Q, K and V at H_kv·Q, three FFN matrices)', () => {
    const c = layerConstants(llama405)
    const d = 16384
    expect(c.layerParams).toBe(2 * d * 128 * 128 + 2 * d * 8 * 128 + 3 * d * 53248)
    expect(c.layerParams).toBe(modelParamsFromShape(llama405).perLayer.totalParams)
    // QKᵀ and A·V at the query heads' width: 4·H·Q·s forward per token.
    expect(c.attentionForwardFlopsPerToken).toBe(4 * 128 * 128 * 8192)
  })

  it('grouped KV shrinks the weights, FLOPs and stored K/V; the TP all-reduces (of width d) stay', () => {
    const gqa = layerConstants(llama405)
    const mha = layerConstants({ ...llama405, kvHeads: 128 })
    expect(mha.layerParams - gqa.layerParams).toBe(2 * 16384 * (128 - 8) * 128)
    expect(mha.splitBytesPerToken - gqa.splitBytesPerToken).toBe(2 * 2 * (128 - 8) * 128)
    const tGqa = layerTimes(gqa, rates, dims, input)
    const tMha = layerTimes(mha, rates, dims, {
      ...input,
      shape: { ...llama405, kvHeads: 128 },
    })
    expect(tMha.matmulSeconds).toBeGreaterThan(tGqa.matmulSeconds)
    expect(tMha.activationBytes).toBeGreaterThan(tGqa.activationBytes)
    expect(tMha.collectiveSeconds).toBe(tGqa.collectiveSeconds)
  })

  it('fewer KV heads than tensor ranks replicate the K and V projections: multi-query at t = 8 does them 8 times', () => {
    const mqa = layerConstants({ ...llama405, kvHeads: 1 })
    const split = layerTimes(mqa, rates, { ...dims, tensorParallel: 1 }, input).hardwareFlopsPerTokenPerLayer
    const at8 = layerTimes(mqa, rates, dims, input).hardwareFlopsPerTokenPerLayer
    expect(at8 - split).toBe(3 * 4 * 16384 * 128 * 7)
  })
})
