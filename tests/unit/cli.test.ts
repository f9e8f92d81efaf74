// The command-line estimate: every case through `run` in-process (the whole command: arguments,
// output streams, exit code), and the real entry point twice, spawned as the README runs it.
import { describe, expect, it } from 'vitest'
import { parseEstimateArgs, resolveEstimate, USAGE } from '../../packages/llm-training-cost/src/cli/estimate-args.ts'
import { estimate, estimateProcess, SPAWN_TIMEOUT_MS } from './support/estimate-cli'

const REQUIRED_KEYS = [
  'params',
  'tokens',
  'trainingFlops',
  'gpuHours',
  'costUsd',
  'wallClockDays',
  'trainingStateBytes',
  'minGpusForMemory',
  'peakFlopsPerGpu',
]

describe('estimate CLI: good paths', () => {
  it('--model gpt-3 --gpu a100-80gb --mfu 0.45 --price 1.5 --gpus 1024 --json', () => {
    const { code, stdout, stderr } = estimate('--model', 'gpt-3', '--gpu', 'a100-80gb', '--mfu', '0.45', '--price', '1.5', '--gpus', '1024', '--json')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const out = JSON.parse(stdout)
    for (const key of REQUIRED_KEYS)
      expect(out).toHaveProperty(key)
    expect(out.params).toBe(175e9)
    expect(out.tokens).toBe(300e9)
    expect(out.trainingFlops).toBeCloseTo(3.15e23, -20)
    expect(out.peakFlopsPerGpu).toBe(312e12)
    // 3.15e23 / (312e12 × 0.45) / 3600 = 623,219 GPU-hours; × $1.5; / 1024 GPUs / 24.
    expect(out.gpuHours).toBeCloseTo(623_219.37, 1)
    expect(out.costUsd).toBeCloseTo(934_829.06, 1)
    expect(out.wallClockDays).toBeCloseTo(623_219.37 / 1024 / 24, 6)
    expect(out.trainingStateBytes).toBe(2.8e12)
    expect(out.minGpusForMemory).toBe(35)
  })

  it('--params 1e12 uses compute-optimal tokens (20 per parameter → 2e13) and no wall-clock without --gpus', () => {
    const { code, stdout } = estimate('--params', '1e12', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.tokens).toBe(2e13)
    expect(out.trainingFlops).toBe(1.2e26)
    expect(out.wallClockDays).toBeNull()
  })

  it('--params 70e9 --tokens 1.4e12 --tokens-per-param is ignored when tokens are given', () => {
    const { stdout } = estimate('--params', '70e9', '--tokens', '1.4e12', '--tokens-per-param', '5', '--json')
    expect(JSON.parse(stdout).tokens).toBe(1.4e12)
  })

  it('prints a readable table without --json', () => {
    const { code, stdout, stderr } = estimate('--model', 'gpt-3', '--gpus', '1024')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Model\s+gpt-3$/m)
    expect(stdout).toMatch(/^Training compute \(6ND\)\s+3\.15e23 FLOP$/m)
    expect(stdout).toMatch(/^Cost\s+\$935k$/m)
    expect(stdout).toMatch(/^Wall-clock\s+25 days$/m)
    expect(stdout).not.toMatch(/NaN|Infinity|undefined/)
  })
})

describe('estimate CLI: --help', () => {
  it('prints the usage on stdout, every schema option in it, and exits 0', () => {
    const { code, stdout, stderr } = estimate('--help')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toBe(`${USAGE}\n`)
    expect(stdout).toMatch(/^ {2}--scale-model /m)
  })
})

describe('estimate CLI: bad input → one line on stderr naming the option, empty stdout, exit 2', () => {
  it.each([
    [
      ['--model', 'gpt-3', '--mfu', '0'],
      '--mfu',
    ],
    [
      ['--model', 'gpt-3', '--mfu', '7'],
      '--mfu',
    ],
    [
      ['--model', 'gpt-3', '--price', '-1'],
      '--price',
    ],
    [
      ['--model', 'gpt-3', '--gpus', '1.5'],
      '--gpus',
    ],
    [
      ['--model', 'gpt-3', '--gpus', '0'],
      '--gpus',
    ],
    [
      ['--model', 'gpt-3', '--frobnicate'],
      '--frobnicate',
    ],
    [
      ['--model', 'gpt-3', '--mfu'],
      '--mfu',
    ],
    [
      ['--params', '1e12', '--mfu', '--json'],
      '--mfu',
    ],
    [
      ['--params', 'ten'],
      '--params',
    ],
    [
      ['--params', '1e12', '--tokens', 'NaN'],
      '--tokens',
    ],
    [
      ['--model', 'gpt-5'],
      '--model',
    ],
    [
      ['--model', 'gpt-3', '--gpu', 'a100'],
      '--gpu',
    ],
    [
      [
        '--model',
        'gpt-3',
        '--gpu',
        'a100-80gb',
        '--precision',
        'fp8',
      ],
      '--precision',
    ],
    [
      [
        '--model',
        'gpt-3',
        '--gpu',
        'v100',
        '--precision',
        'bf16',
      ],
      '--precision',
    ],
    [
      ['--model', 'gpt-3', '--goodput', '1.2'],
      '--goodput',
    ],
    [
      [
        '--params',
        '1e12',
        '--tokens-per-param',
        '0',
      ],
      '--tokens-per-param',
    ],
    [
      ['--model', 'gpt-3', '--params', '1e9'],
      '--params',
    ],
    [[], '--model'],
  ])('%j names %s', (args, option) => {
    const { code, stdout, stderr } = estimate(...args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/\n$/)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(stderr).toContain(option)
  })
})

describe('estimate argument module (no process)', () => {
  it('parses values as strings for the engine to validate', () => {
    expect(parseEstimateArgs([
      '--params',
      '70e9',
      '--price',
      '-1',
      '--json',
    ])).toEqual({
      ok: true,
      value: {
        kind: 'estimate',
        json: true,
        input: { params: '70e9', usdPerGpuHour: '-1' },
        dataFile: null,
      },
    })
  })

  it('maps validation errors back to the option', () => {
    const result = resolveEstimate({ model: 'gpt-3', usdPerGpuHour: '-1' })
    expect(result).toEqual({
      ok: false,
      error: { option: '--price', message: 'usdPerGpuHour must be a number > 0; got "-1"' },
    })
  })

  it('uses the model\'s tokens unless --tokens overrides them', () => {
    const result = resolveEstimate({ model: 'chinchilla', tokens: '2e12' })
    expect(result).toMatchObject({
      ok: true,
      value: { tokens: 2e12, params: 70e9 },
    })
  })
})

describe('estimate CLI: a mixture of experts', () => {
  it('--params 671e9 --active-params 37e9: FLOPs from the active parameters, memory for all of them', () => {
    const { code, stdout } = estimate('--params', '671e9', '--active-params', '37e9', '--tokens', '14.8e12', '--gpu', 'h800', '--precision', 'fp8', '--mfu', '0.3', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.activeParams).toBe(37e9)
    expect(out.trainingFlops).toBeCloseTo(6 * 37e9 * 14.8e12, -20)
    expect(out.trainingStateBytes).toBe(671e9 * 16)
    // MFU of the BF16 peak, FP8 at its measured 1.15× on Hopper: 3.29e24 / (989.5e12 × 0.3 × 1.15) / 3600.
    expect(out.peakFlopsPerGpu).toBe(989.5e12)
    expect(out.precisionSpeedup).toBe(1.15)
    expect(out.gpuHours).toBeCloseTo(6 * 37e9 * 14.8e12 / (989.5e12 * 0.3 * 1.15) / 3600, 0)
  })

  it('refuses more active parameters than parameters, and --active-params with --model, naming the option', () => {
    const over = estimate('--params', '70e9', '--active-params', '80e9')
    expect(over.code).toBe(2)
    expect(over.stderr).toMatch(/^estimate: error: --active-params: /)
    const withModel = estimate('--model', 'deepseek-v3', '--active-params', '1e9')
    expect(withModel.code).toBe(2)
    expect(withModel.stderr).toMatch(/--active-params: cannot be combined with --model/)
  })
})

// Two real processes, no more: they hold the script's entry to `run` (arguments, streams, exit code);
// everything else about the command is tested above, in-process. Both start at once: each waits seconds
// on npm and tsx starting up.
describe.concurrent('estimate CLI as a process: npm run --silent estimate -- ...', () => {
  it('--model gpt-3 --json prints on stdout the JSON run() prints, and exits 0', async () => {
    const { code, stdout, stderr } = await estimateProcess('--model', 'gpt-3', '--json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    for (const key of REQUIRED_KEYS)
      expect(out).toHaveProperty(key)
    expect(out.params).toBe(175e9)
    expect(out.wallClockDays).toBeNull()
    expect(out).toEqual(JSON.parse(estimate('--model', 'gpt-3', '--json').stdout))
  }, SPAWN_TIMEOUT_MS)

  it('--model gpt-3 --mfu 7: one line on stderr naming --mfu, nothing on stdout, exit 2', async () => {
    const { code, stdout, stderr } = await estimateProcess('--model', 'gpt-3', '--mfu', '7')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^estimate: error: --mfu: .*\n$/)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  }, SPAWN_TIMEOUT_MS)
})
