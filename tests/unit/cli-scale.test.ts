// The command-line estimate with the scale model: the layout, the step and the run, through `run` in-process
// (cli.test.ts spawns the real entry point).
import type { AssumptionField } from '../../packages/llm-training-cost/src/engine'
import { describe, expect, it } from 'vitest'
import { ASSUMPTION_SCHEMA, fieldSpec } from '../../packages/llm-training-cost/src/engine'
import { estimate } from './support/estimate-cli'

const SCALE_KEYS = [
  'layout',
  'stepSeconds',
  'tflopsPerGpu',
  'effectiveMfu',
  'bubbleShare',
  'exposedCommShare',
  'goodput',
  'checkpointIntervalMinutes',
  'itPowerWatts',
  'facilityPowerWatts',
  'wallClockDays',
  'batchTokens',
]
const LAYOUT_KEYS = [
  'tensorParallel',
  'pipelineParallel',
  'dataParallel',
  'interleave',
  'microbatchSequences',
  'microbatchesPerPipeline',
]

describe('estimate --scale-model', () => {
  it('at the talk\'s wall (1T, 100k A100) and its 2021 batch: a chosen layout, and why ~3 months at 45% MFU is out of reach', () => {
    const { code, stdout, stderr } = estimate('--params', '1e12', '--gpus', '100000', '--scale-model', '--batch-tokens', String(3072 * 2048), '--json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    for (const key of SCALE_KEYS)
      expect(out).toHaveProperty(key)
    for (const key of LAYOUT_KEYS)
      expect(out.layout[key]).toSatisfy(Number.isInteger)
    console.log(`wall: ${JSON.stringify(out.layout)}, step ${out.stepSeconds.toFixed(2)} s, MFU ${(out.effectiveMfu * 100).toFixed(1)}%, bubble ${(out.bubbleShare * 100).toFixed(1)}%, goodput ${(out.goodput * 100).toFixed(1)}%, ${out.wallClockDays.toFixed(0)} days, ${(out.facilityPowerWatts / 1e6).toFixed(1)} MW`)
    expect(out.effectiveMfu).toBeLessThan(0.45)
    expect(out.wallClockDays).toBeGreaterThan(3 * 30.4)
    expect(out.bubbleShare).toBeGreaterThan(0.3)
    // 100k A100 draw at least the systems' power (DGX A100: 6.5 kW per 8 GPUs), not 44 MW of boards × PUE.
    expect(out.itPowerWatts).toBeGreaterThanOrEqual(out.layout.tensorParallel * out.layout.pipelineParallel * out.layout.dataParallel * 6500 / 8 * 0.999)
    expect(out.facilityPowerWatts).toBeGreaterThan(44e6)
    expect(out.gpuHours).toBeCloseTo(out.wallClockDays * 24 * out.layout.tensorParallel * out.layout.pipelineParallel * out.layout.dataParallel, -3)
  })

  it('without --batch-tokens the global batch is the batch-size law\'s, in whole sequences; --batch-tokens overrides it', () => {
    const law = JSON.parse(estimate('--params', '1e12', '--gpus', '100000', '--scale-model', '--sequence-parallel', '--json').stdout)
    const talk = JSON.parse(estimate('--params', '1e12', '--gpus', '100000', '--scale-model', '--sequence-parallel', '--batch-tokens', String(3072 * 2048), '--json').stdout)
    console.log(`1T on 100k A100, --json batchTokens ${law.batchTokens} (${law.batchFrom}): MFU ${(law.effectiveMfu * 100).toFixed(1)}%, ${law.wallClockDays.toFixed(0)} days, $${(law.costUsd / 1e6).toFixed(0)}M; at ${talk.batchTokens} (${talk.batchFrom}): MFU ${(talk.effectiveMfu * 100).toFixed(1)}%, ${talk.wallClockDays.toFixed(0)} days, $${(talk.costUsd / 1e6).toFixed(0)}M`)
    // DeepSeek LLM: 0.2920 · (M·D)^0.3271 with M = 72·128·25600² + 12·128·25600·2048, D = 2e13: 98M → 6 × 8192 sequences.
    expect(law.batchTokens).toBe(49_152 * 2048)
    expect(law.batchFrom).toBe('law')
    expect(talk.batchTokens).toBe(3072 * 2048)
    expect(talk.batchFrom).toBe('given')
    expect(law.effectiveMfu).toBeGreaterThan(2 * talk.effectiveMfu)
    // The fixed-MFU estimate has no batch.
    expect(JSON.parse(estimate('--params', '1e12', '--json').stdout)).not.toHaveProperty('batchTokens')
    expect(estimate('--params', '1e12', '--gpus', '100000', '--scale-model').stdout).toMatch(/^Global batch\s+101M tokens, the batch-size law's/m)
  })

  it('failures follow the storage bandwidth and the restart time: slower storage and longer restarts lose goodput', () => {
    const base = JSON.parse((estimate('--params', '1e12', '--gpus', '100000', '--scale-model', '--json')).stdout)
    const slow = JSON.parse((estimate('--params', '1e12', '--gpus', '100000', '--scale-model', '--checkpoint-tbps', '0.2', '--restart-minutes', '60', '--json')).stdout)
    console.log(`goodput at 100k A100: ${(base.goodput * 100).toFixed(1)}% (2 TB/s, 10 min) → ${(slow.goodput * 100).toFixed(1)}% (0.2 TB/s, 60 min); checkpoint every ${base.checkpointIntervalMinutes.toFixed(1)} → ${slow.checkpointIntervalMinutes.toFixed(1)} min`)
    expect(slow.goodput).toBeLessThan(base.goodput)
    expect(slow.checkpointIntervalMinutes).toBeGreaterThan(base.checkpointIntervalMinutes)
    expect(slow.wallClockDays).toBeGreaterThan(base.wallClockDays)
  })

  it('--tp and --pp fix the layout and imply the scale model', () => {
    const { code, stdout } = estimate('--model', 'gpt-3', '--gpus', '1024', '--tp', '8', '--pp', '8', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.layout).toMatchObject({ tensorParallel: 8, pipelineParallel: 8, dataParallel: 16 })
    expect(out.effectiveMfu).toBeGreaterThan(0.2)
    expect(out.effectiveMfu).toBeLessThan(0.6)
  })

  it('prints the layout and the step in the table', () => {
    const { code, stdout } = estimate('--params', '1e12', '--gpus', '100000', '--scale-model')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Layout\s+TP \d+ × PP \d+ × DP \d+/m)
    expect(stdout).toMatch(/^Step\s+[\d.]+ sec: bubble [\d.]+%/m)
    expect(stdout).not.toMatch(/NaN|Infinity|undefined/)
  })

  it.each([
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '100000',
        '--scale-model',
        '--mfu',
        '0.45',
      ],
      '--mfu',
      /cannot be combined with --scale-model/,
    ],
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '100000',
        '--tp',
        '8',
        '--mfu',
        '0.45',
      ],
      '--mfu',
      /cannot be combined with --tp/,
    ],
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '100000',
        '--tp',
        '3',
      ],
      '--tp',
      /does not divide/,
    ],
    [
      ['--params', '1e12', '--scale-model'],
      '--gpus',
      /required with the scale model/,
    ],
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '100000',
        '--scale-model',
        '--layers',
        '96',
      ],
      '--d-model',
      /custom shape needs/,
    ],
    [
      ['--params', '1e12', '--layers', '96'],
      '--layers',
      /only with the scale model/,
    ],
    [
      [
        '--params',
        '1e12',
        '--restart-minutes',
        '30',
      ],
      '--restart-minutes',
      /only with the scale model/,
    ],
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '100000',
        '--scale-model',
        '--checkpoint-tbps',
        '0',
      ],
      '--checkpoint-tbps',
      /must be a number > 0/,
    ],
    [
      [
        '--params',
        '671e9',
        '--active-params',
        '37e9',
        '--gpus',
        '2048',
        '--scale-model',
      ],
      '--active-params',
      /given by counts only/,
    ],
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '8',
        '--tp',
        '8',
        '--pp',
        '1',
      ],
      '--',
      /./,
    ],
    [
      [
        '--params',
        '1e12',
        '--gpus',
        '100000',
        '--recompute',
        'some',
      ],
      '--recompute',
      /one of none, selective, full/,
    ],
    // LaMDA's paper gives no pre-training sequence length: the scale model asks for one.
    [
      [
        '--model',
        'lamda',
        '--gpus',
        '1024',
        '--scale-model',
        '--vocab',
        '32000',
      ],
      '--seq-len',
      /no published sequence length/,
    ],
  ])('%j → exit 2, naming %s', (args, option, message) => {
    const { code, stdout, stderr } = estimate(...args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^estimate: error: ${option}`))
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('estimate: options of the scale model only', () => {
  it('refuses each without the scale model, naming it, and no other option', () => {
    const refused = (Object.keys(ASSUMPTION_SCHEMA) as AssumptionField[])
      // --params is the workload below; --model beside it is refused for its own reason.
      .filter(key => key !== 'params' && key !== 'model')
      .flatMap((key) => {
        const spec = fieldSpec(key)
        const value = spec.kind === 'flag'
          ? []
          : [
              spec.kind === 'choice'
                ? spec.choices[0]!
                : spec.kind === 'fraction'
                  ? '0.5'
                  : '1',
            ]
        const { code, stderr } = estimate('--params', '1e12', `--${spec.option}`, ...value)
        return code === 2 && /only with the scale model/.test(stderr)
          ? [
              stderr.split(':')[2]!.trim(),
            ]
          : []
      })
    expect(refused).toEqual([
      '--batch-tokens',
      '--recompute',
      '--checkpoint-tbps',
      '--restart-minutes',
      '--zero',
      '--fsdp',
      '--seq-len',
      '--sequence-parallel',
      '--inter-node-gbps',
      '--layers',
      '--d-model',
      '--heads',
      '--vocab',
      '--kv-heads',
      '--head-dim',
      '--ffn-hidden',
      '--gated-mlp',
      '--untied-embeddings',
      '--experts',
      '--top-k',
      '--expert-ffn',
      '--shared-experts',
      '--dense-layers',
    ])
  })

  it('names the first one given when there are several', () => {
    expect(estimate('--params', '1e12', '--vocab', '50000', '--batch-tokens', '1e6').stderr).toMatch(/^estimate: error: --vocab: only with the scale model/)
  })
})

describe('estimate: sharding (--zero, --fsdp) and context parallelism (--cp)', () => {
  const base = [
    '--params',
    '8e9',
    '--gpus',
    '64',
    '--gpu',
    'h100-sxm',
    '--seq-len',
    '8192',
    '--scale-model',
  ]
  const json = (...args: string[]): Record<string, unknown> & { layout: Record<string, number> } => {
    const { code, stdout, stderr } = estimate(...base, ...args, '--json')
    expect(code, stderr).toBe(0)
    return JSON.parse(stdout)
  }

  it('adds zeroStage and contextParallel to the JSON, and contextParallel under layout', () => {
    const plain = json()
    expect(plain.zeroStage).toBe(1)
    expect(plain.contextParallel).toBe(1)
    expect(plain.layout.contextParallel).toBe(1)
    const cp = json('--cp', '4', '--zero', '2')
    expect(cp.zeroStage).toBe(2)
    expect(cp.contextParallel).toBe(4)
    expect(cp.layout.contextParallel).toBe(4)
  })

  it('--fsdp is --zero 3; both, different, is one error naming --fsdp', () => {
    expect(json('--fsdp').zeroStage).toBe(3)
    expect(json('--fsdp', '--zero', '3').zeroStage).toBe(3)
    const { code, stderr } = estimate(...base, '--fsdp', '--zero', '2')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^estimate: error: --fsdp: .*--zero 2/)
  })

  it('refuses a --cp that does not divide the sequence, naming --cp', () => {
    const { code, stderr } = estimate(...base, '--cp', '3')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^estimate: error: --cp: .*does not divide the sequence length 8192/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('--cp is a layout option: it implies the scale model and shows in the table', () => {
    const { code, stdout } = estimate('--params', '8e9', '--gpus', '64', '--gpu', 'h100-sxm', '--seq-len', '131072', '--batch-tokens', String(128 * 131072), '--cp', '8')
    expect(code).toBe(0)
    expect(stdout).toMatch(/Layout +TP \d+ × PP \d+ × CP 8 × DP \d+/)
  })
})
