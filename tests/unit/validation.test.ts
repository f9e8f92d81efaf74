import { describe, expect, it } from 'vitest'
import { ACCELERATOR_IDS } from '../../packages/llm-training-cost/src/data/accelerators'
import { DEFAULT_ASSUMPTIONS, validateAssumptions } from '../../packages/llm-training-cost/src/engine'

function firstError(input: Parameters<typeof validateAssumptions>[0]) {
  const result = validateAssumptions(input)
  if (result.ok)
    throw new Error(`expected an error for ${JSON.stringify(input)}`)
  return result.errors[0]!
}

describe('validateAssumptions', () => {
  it('fills defaults and leaves gpus, model, params, active params, tokens and the global batch null when absent', () => {
    const result = validateAssumptions({})
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_ASSUMPTIONS,
        gpus: null,
        model: null,
        params: null,
        activeParams: null,
        tokens: null,
        // The scale model's options: off, its sourced defaults, or null (from the model or the layout search).
        scaleModel: false,
        tensorParallel: null,
        pipelineParallel: null,
        interleave: null,
        microbatchSequences: null,
        // Derived: the batch-size law's for the run (engine/scale-model/batch-size.ts).
        batchTokens: null,
        seqLen: null,
        recompute: 'selective',
        sequenceParallel: false,
        interNodeGbps: null,
        layers: null,
        dModel: null,
        heads: null,
        vocab: null,
        contextParallel: null,
        zeroStage: null,
        fsdp: false,
        // A mixture of experts: none unless given (a model's experts come from its shape).
        expertParallel: null,
        experts: null,
        topK: null,
        expertFfn: null,
        sharedExperts: null,
        denseLayers: null,
        kvHeads: null,
        headDim: null,
        ffnHidden: null,
        gatedMlp: false,
        untiedEmbeddings: false,
      },
    })
  })

  it('accepts decimal strings in every form the command line gets ("1e12", "70e9", "0.45", "1024")', () => {
    const result = validateAssumptions({
      params: '1e12',
      tokens: '70e9',
      mfu: '0.45',
      gpus: '1024',
      usdPerGpuHour: '2.5',
    })
    expect(result).toMatchObject({
      ok: true,
      value: {
        params: 1e12,
        tokens: 70e9,
        mfu: 0.45,
        gpus: 1024,
        usdPerGpuHour: 2.5,
      },
    })
  })

  it.each([
    [
      { mfu: 0 },
      'mfu',
      'mfu must be a number in (0, 1]; got 0',
    ],
    [
      { mfu: 7 },
      'mfu',
      'mfu must be a number in (0, 1]; got 7',
    ],
    [
      { goodput: 1.5 },
      'goodput',
      'goodput must be a number in (0, 1]; got 1.5',
    ],
    [
      { usdPerGpuHour: -1 },
      'usdPerGpuHour',
      'usdPerGpuHour must be a number > 0; got -1',
    ],
    [
      { usdPerGpuHour: 0 },
      'usdPerGpuHour',
      'usdPerGpuHour must be a number > 0; got 0',
    ],
    [
      { gpus: 0 },
      'gpus',
      'gpus must be a positive integer; got 0',
    ],
    [
      { gpus: 2.5 },
      'gpus',
      'gpus must be a positive integer; got 2.5',
    ],
    [
      { tokensPerParam: 0 },
      'tokensPerParam',
      'tokensPerParam must be a number > 0; got 0',
    ],
    [
      { mfu: Number.NaN },
      'mfu',
      'mfu must be a number in (0, 1]; got NaN',
    ],
    [
      { usdPerGpuHour: Number.POSITIVE_INFINITY },
      'usdPerGpuHour',
      'usdPerGpuHour must be a number > 0; got Infinity',
    ],
    [
      { params: 'lots' },
      'params',
      'params must be a number > 0; got "lots"',
    ],
  ])('%j → error on %s naming the value and the range', (input, field, message) => {
    const error = firstError(input)
    expect(error.field).toBe(field)
    expect(error.message).toBe(message)
  })

  it('rejects an unknown GPU id and lists the known ones', () => {
    const error = firstError({ gpu: 'a100' })
    expect(error.field).toBe('gpu')
    for (const id of ACCELERATOR_IDS)
      expect(error.message).toContain(id)
  })

  it('rejects a precision the GPU lacks, listing what it supports', () => {
    expect(firstError({ gpu: 'a100-80gb', precision: 'fp8' }).message).toBe('precision must be one a100-80gb supports (bf16, fp16, tf32); got "fp8"')
    expect(firstError({ gpu: 'v100', precision: 'bf16' }).message).toContain('(fp16)')
    expect(firstError({ precision: 'int4' }).field).toBe('precision')
  })

  it('defaults precision to bf16, or fp16 on the V100 which has no bf16', () => {
    const v100 = validateAssumptions({ gpu: 'v100' })
    expect(v100).toMatchObject({
      ok: true,
      value: { precision: 'fp16' },
    })
    const h100 = validateAssumptions({ gpu: 'h100-sxm', precision: 'fp8' })
    expect(h100).toMatchObject({
      ok: true,
      value: { precision: 'fp8' },
    })
  })

  it('rejects an unknown model id', () => {
    expect(firstError({ model: 'gpt-5' }).field).toBe('model')
  })

  it('reports every bad field, not only the first', () => {
    const result = validateAssumptions({ mfu: 2, usdPerGpuHour: -1, gpu: 'nope' })
    expect(result).toMatchObject({ ok: false })
    if (!result.ok)
      expect(result.errors.map(e => e.field).sort()).toEqual(['gpu', 'mfu', 'usdPerGpuHour'])
  })
})

describe('a mixture of experts', () => {
  it('takes active parameters up to the total, and names the option when above', () => {
    const moe = validateAssumptions({ params: '671e9', activeParams: '37e9' })
    expect(moe).toMatchObject({
      ok: true,
      value: { params: 671e9, activeParams: 37e9 },
    })
    const over = validateAssumptions({ params: 70e9, activeParams: 80e9 })
    expect(over).toMatchObject({
      ok: false,
      errors: [
        { field: 'activeParams', message: 'activeParams must be at most params (70000000000); got 80000000000' },
      ],
    })
  })
})
