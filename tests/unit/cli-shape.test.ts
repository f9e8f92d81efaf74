// The shape of a modern decoder on the command line (--kv-heads, --head-dim, --ffn-hidden, --gated-mlp,
// --untied-embeddings): parameters counted from a full custom shape, --params held to it, and published
// runs with modern shapes fed their own shape and layout through the command line.
import type { ScaleRun } from '../../packages/llm-training-cost/src/data/scale-runs'
import { describe, expect, it } from 'vitest'
import { LLAMA3_8B_SHAPE } from '../../packages/llm-training-cost/src/data/models'
import { SCALE_RUNS } from '../../packages/llm-training-cost/src/data/scale-runs'
import { modelParamsFromShape } from '../../packages/llm-training-cost/src/engine/formulas/architecture'
import { compareWithPublished } from '../../packages/llm-training-cost/src/engine/scale-model/published-runs'
import { estimate } from './support/estimate-cli'

const LLAMA3_8B_OPTIONS = '--layers 32 --d-model 4096 --heads 32 --kv-heads 8 --ffn-hidden 14336 --gated-mlp --untied-embeddings --vocab 128256 --seq-len 8192'.split(' ')
const LLAMA3_8B_PARAMS = modelParamsFromShape(LLAMA3_8B_SHAPE).totalParams
const H100_8 = '--gpu h100-sxm --gpus 8 --scale-model'.split(' ')

function json(...args: string[]): Record<string, any> {
  const { code, stdout, stderr } = estimate(...args, '--json')
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return JSON.parse(stdout)
}

describe('estimate: a custom modern shape', () => {
  it('without --params, the parameters are the shape\'s count, and 6ND uses them', () => {
    const out = json(...LLAMA3_8B_OPTIONS, ...H100_8)
    expect(out.params).toBe(LLAMA3_8B_PARAMS)
    expect(out.params).toBe(8_030_261_248)
    expect(out.trainingFlops).toBeCloseTo(6 * out.params * out.tokens, -8)
    expect(out.shapeFrom).toBe('the options (parameters counted from the shape)')
  })

  it('--params within 10% of the shape is taken as given', () => {
    const out = json(...LLAMA3_8B_OPTIONS, ...H100_8, '--params', '8e9')
    expect(out.params).toBe(8e9)
  })

  it.each([
    ['7e9', '7B', '-12.8%'],
    ['9e9', '9B', '+12.1%'],
  ])('--params %s, over 10% from the shape: exit 2 naming --params, --layers and both numbers', (params, given, difference) => {
    const { code, stdout, stderr } = estimate(...LLAMA3_8B_OPTIONS, ...H100_8, '--params', params)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('--params:')
    expect(stderr).toContain('--layers')
    expect(stderr).toContain(given)
    expect(stderr).toContain('8.03B')
    expect(stderr).toContain(difference)
  })

  it('the widths default to the Transformer\'s: giving them explicitly changes nothing', () => {
    const shape = [
      '--layers',
      '96',
      '--d-model',
      '12288',
      '--heads',
      '96',
      '--vocab',
      '51200',
      '--params',
      '175e9',
      '--gpus',
      '1024',
      '--scale-model',
    ]
    const plain = json(...shape)
    const explicit = json(...shape, '--kv-heads', '96', '--head-dim', '128', '--ffn-hidden', '49152')
    expect(explicit.stepSeconds).toBe(plain.stepSeconds)
    expect(explicit.layout).toEqual(plain.layout)
  })

  it('grouped-query attention and a gated MLP change the step, not only the count', () => {
    const shape = '--layers 80 --d-model 8192 --heads 64 --vocab 128256 --gpus 512 --tp 8 --pp 4 --microbatch 1'.split(' ')
    const mha = json(...shape)
    const gqa = json(...shape, '--kv-heads', '8')
    const gated = json(...shape, '--kv-heads', '8', '--ffn-hidden', '28672', '--gated-mlp')
    expect(gqa.params).toBeLessThan(mha.params)
    expect(gqa.stepSeconds).toBeLessThan(mha.stepSeconds)
    expect(gated.params).toBeGreaterThan(gqa.params)
    expect(gated.stepSeconds).toBeGreaterThan(gqa.stepSeconds)
  })

  it('a model brings its published widths: PaLM\'s one KV head, Llama 2 70B\'s shape (no shape before)', () => {
    const palm = json('--model', 'palm', '--gpus', '6144', '--tp', '8', '--pp', '12', '--microbatch', '1')
    const palmMha = json('--model', 'palm', '--gpus', '6144', '--tp', '8', '--pp', '12', '--microbatch', '1', '--kv-heads', '48')
    expect(palm.params).toBe(540.35e9)
    expect(palmMha.stepSeconds).toBeGreaterThan(palm.stepSeconds)
    const llama2 = json('--model', 'llama-2-70b', '--gpus', '64', '--gpu', 'h100-sxm', '--scale-model')
    expect(llama2.shapeFrom).toBe('Llama 2 70B\'s published shape')
  })

  it.each([
    ['--params 1e12 --gpus 1000 --scale-model --kv-heads 8', '--kv-heads', 'describes a shape'],
    ['--params 1e12 --gpus 1000 --scale-model --gated-mlp', '--gated-mlp', 'describes a shape'],
    ['--model gpt-3 --gpus 1024 --scale-model --kv-heads 7', '--kv-heads', 'key/value heads'],
    ['--model gpt-3 --gpus 1024 --kv-heads 8', '--kv-heads', 'only with the scale model'],
    ['--model palm --gpus 6144 --tp 8 --kv-heads 5', '--kv-heads', 'key/value heads'],
    ['--model gpt-3 --gpus 1024 --tp 8 --kv-heads 12', '--tp', 'key/value heads'],
    ['--model gpt-3 --gpus 1024 --scale-model --head-dim 0', '--head-dim', 'positive integer'],
  ])('%s → exit 2 naming %s', (args, option, words) => {
    const { code, stdout, stderr } = estimate(...args.split(' '))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(`${option}:`)
    expect(stderr).toContain(words)
  })
})

/**
 * Published runs of a modern shape (grouped-query attention, SwiGLU) in data/scale-runs.ts, given to
 * the command line with their own model (or, for a model not in data/models.ts, their own shape), ZeRO
 * stage, context parallelism and layout. Llama 3 405B ran FSDP without resharding (ZeRO-2): with
 * ZeRO-1 the whole 16-bit gradients leave no room for an interleaved schedule, and its v = 1 pipeline
 * idled a third of the step.
 */
const EXPRESSIBLE: { runId: string, model?: string, missing?: string }[] = [
  { runId: 'llama3-405b-8k', model: 'llama-3.1-405b' },
  { runId: 'llama3-405b-16k', model: 'llama-3.1-405b' },
  { runId: 'llama3-405b-cp16', model: 'llama-3.1-405b' },
  { runId: 'nemo-llama2-70b-64', model: 'llama-2-70b' },
  { runId: 'nemo-llama3-70b-64' },
  // Outside check: an 8B model at TP 1 comes out fast (+11% with the GEMM tile model, +24% before it),
  // the small-model gap the docs name: a tile's fixed cost and the framework's overheads.
  { runId: 'nemo-llama3-8b-8', missing: 'small models at TP 1 run below the calibrated GEMM rate' },
]

/** The shape's options for a run whose model is not in data/models.ts. */
function shapeArgs(run: ScaleRun): string {
  const { shape } = run
  return [
    `--params ${shape.params} --layers ${shape.layers} --d-model ${shape.dModel} --heads ${shape.heads} --vocab ${shape.vocab}`,
    shape.kvHeads !== undefined
      ? `--kv-heads ${shape.kvHeads}`
      : '',
    shape.ffnHidden !== undefined
      ? `--ffn-hidden ${shape.ffnHidden}`
      : '',
    shape.gatedMlp ? '--gated-mlp' : '',
    shape.tiedEmbeddings === false
      ? '--untied-embeddings'
      : '',
  ].join(' ')
}

function cliArgs(run: ScaleRun, model: string | undefined, zeroStage = run.software.zeroStage, interleave = run.layout.interleave): string[] {
  const { layout } = run
  const args = [
    model !== undefined
      ? `--model ${model}`
      : shapeArgs(run),
    `--gpu ${run.acceleratorId} --gpus ${run.gpus} --precision ${run.precision}`,
    `--tp ${layout.tensorParallel} --pp ${layout.pipelineParallel}`,
    (layout.contextParallel ?? 1) > 1
      ? `--cp ${layout.contextParallel}`
      : '',
    zeroStage !== undefined
      ? `--zero ${zeroStage}`
      : '',
    interleave !== undefined
      ? `--interleave ${interleave}`
      : '',
    layout.microbatchSequences !== undefined
      ? `--microbatch ${layout.microbatchSequences}`
      : '',
    `--batch-tokens ${run.batchSequences * run.shape.seqLen} --seq-len ${run.shape.seqLen} --recompute ${run.recompute}`,
    run.sequenceParallel ? '--sequence-parallel' : '',
  ]
  return args.join(' ').split(' ').filter(a => a !== '')
}

/** The run's published metric from the command line's step, in the run's own convention. */
function predictedMetric(run: ScaleRun, out: Record<string, any>): number {
  const tokens = run.batchSequences * run.shape.seqLen
  const gpus = out.layout.tensorParallel * out.layout.pipelineParallel * out.layout.contextParallel * out.layout.dataParallel
  if (run.published.metric === 'tokens-per-second-per-gpu')
    return tokens / (out.stepSeconds * gpus)
  expect(run.published.flopConvention).toBe('causal')
  const { shape } = run
  const attention = 6 * shape.layers * shape.heads * (shape.headDim ?? shape.dModel / shape.heads) * shape.seqLen
  return (6 * out.params + attention) * tokens / (out.stepSeconds * gpus)
}

describe('published runs of a modern shape, through the command line', () => {
  const rows = EXPRESSIBLE.map(({ runId, model, missing }) => {
    const run = SCALE_RUNS.find(r => r.id === runId)!
    const out = json(...cliArgs(run, model))
    const predicted = predictedMetric(run, out)
    return {
      run,
      out,
      predicted,
      difference: predicted / run.published.value - 1,
      missing,
    }
  })

  it('prints predicted against published', () => {
    const unit = (run: ScaleRun, x: number): string => run.published.metric === 'tokens-per-second-per-gpu'
      ? `${x.toFixed(0)} tok/s/GPU`
      : `${(x / 1e12).toFixed(0)} TFLOP/s/GPU`
    console.table(rows.map(({ run, out, predicted, difference, missing }) => ({
      run: run.id,
      layout: `t${out.layout.tensorParallel} p${out.layout.pipelineParallel} cp${out.layout.contextParallel} d${out.layout.dataParallel} v${out.layout.interleave} b${out.layout.microbatchSequences} ZeRO-${out.zeroStage}`,
      published: unit(run, run.published.value),
      predicted: unit(run, predicted),
      difference: `${(difference * 100).toFixed(1)}%`,
      note: missing ?? 'within 15%',
    })))
    expect(rows).toHaveLength(EXPRESSIBLE.length)
  })

  it.each(rows.filter(r => r.missing === undefined).map(r => [r.run.id, r] as const))('%s: within 15% of the published figure, on the run\'s own layout', (_, { run, out, difference }) => {
    expect(out.layout.tensorParallel).toBe(run.layout.tensorParallel)
    expect(out.layout.contextParallel).toBe(run.layout.contextParallel ?? 1)
    expect(out.zeroStage).toBe(run.software.zeroStage ?? 1)
    expect(Math.abs(difference)).toBeLessThan(0.15)
  })

  it.each(rows.filter(r => r.missing !== undefined).map(r => [r.run.id, r] as const))('%s: the named gap, over-predicted and within 30%', (_, { difference }) => {
    expect(difference).toBeGreaterThan(0)
    expect(difference).toBeLessThan(0.3)
  })

  it('the 405B runs needed their ZeRO-2: at ZeRO-1 the gradients leave no room to interleave', () => {
    const run = SCALE_RUNS.find(r => r.id === 'llama3-405b-8k')!
    const zero1 = json(...cliArgs(run, 'llama-3.1-405b', 1, undefined))
    expect(zero1.zeroStage).toBe(1)
    expect(zero1.layout.interleave).toBe(1)
    expect(compareWithPublished(run)!.result.layout.interleave).toBeGreaterThan(1)
  })
})
