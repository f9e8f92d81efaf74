// Parameters counted from each published shape against the published size: FFN width, a gated MLP
// and fewer key/value heads (multi-query, grouped-query) are what make PaLM, LaMDA and Llama 3.1 come
// out right; the Transformer's own 12·d² per layer would miss PaLM by a fifth and LaMDA by half.
import { describe, expect, it } from 'vitest'
import { architectureOf, transformerParamsFigure } from '../../packages/llm-training-cost/src/engine'
import { layerParams, modelParamsFromShape } from '../../packages/llm-training-cost/src/engine/formulas/architecture'

function compare(label: string, predicted: number, published: number): number {
  const difference = predicted / published - 1
  console.log(`${label}: predicted ${(predicted / 1e9).toFixed(2)}B, published ${(published / 1e9).toFixed(2)}B, ${(difference * 100).toFixed(2)}%`)
  return difference
}

describe('parameters from the published shape', () => {
  it.each([
    // PaLM: multi-query attention, SwiGLU at d_ff = 4·d, shared 256k embedding: 540.35B published.
    { id: 'palm' as const, within: 0.001 },
    // LaMDA: gated GELU at d_ff = 65,536, attention 2·d wide; "137B non-embedding parameters".
    { id: 'lamda' as const, within: 0.01 },
    // Llama 3.1 405B: 8 key/value heads, SwiGLU at 53,248; the embedding counted once (tied).
    { id: 'llama-3.1-405b' as const, within: 0.01 },
    { id: 'gpt-3' as const, within: 0.01 },
    { id: 'mt-nlg' as const, within: 0.01 },
  ])('$id within $within of its published size', ({ id, within }) => {
    const figure = transformerParamsFigure(id)!
    expect(Math.abs(compare(id, figure.params.totalParams, figure.publishedParams))).toBeLessThan(within)
  })

  it('the Transformer\'s 12·d² per layer alone misses PaLM by about a fifth and LaMDA by about half', () => {
    for (const [id, missBy] of [
      ['palm', 0.2],
      ['lamda', 0.5],
    ] as const) {
      const shape = architectureOf(id)!
      const plain = modelParamsFromShape({
        layers: shape.layers,
        dModel: shape.dModel,
        heads: shape.heads,
        headDim: shape.headDim,
        vocab: shape.vocab,
      })
      const miss = compare(`${id}, as a plain Transformer`, plain.totalParams, transformerParamsFigure(id)!.publishedParams)
      expect(miss).toBeLessThan(-missBy + 0.05)
    }
  })

  it('counts each part: multi-query keeps one key/value head, a gate adds a third d × d_ff matrix', () => {
    const mqa = layerParams({
      dModel: 1000,
      heads: 10,
      headDim: 100,
      kvHeads: 1,
    })
    expect(mqa.attentionParams).toBe(2 * 1000 * 1000 + 2 * 1000 * 100)
    const gated = layerParams({
      dModel: 1000,
      heads: 10,
      headDim: 100,
      ffnHidden: 3000,
      gatedMlp: true,
    })
    expect(gated.mlpParams).toBe(3 * 1000 * 3000)
    expect(layerParams({ dModel: 1000, heads: 10, headDim: 100 }).totalParams).toBe(12 * 1000 ** 2)
  })

  it('laMDA has no sequence length: its paper gives none for pre-training', () => {
    expect(architectureOf('lamda')!.seqLen).toBeUndefined()
  })
})
