// `--data FILE`: a user's accelerators and price offers, checked like every other input, usable by
// --gpu for one estimate, and nothing of it left behind. The README's example file is run too.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTrainingData } from '../../packages/llm-training-cost/src/engine/facts/data-file'
import { estimate } from './support/estimate-cli'

const DIR = mkdtempSync(join(tmpdir(), 'cli-data-'))
const EXAMPLE = join(import.meta.dirname, '../../packages/llm-training-cost/examples/mi300x.json')
const SOURCE = {
  title: 'Test chip data sheet',
  url: 'https://example.org/test-chip',
  where: 'Table 1',
  checked: '2026-12-08',
}
const CHIP = {
  id: 'test-chip',
  name: 'Test Chip',
  peakFlopsPerSecond: { bf16: 1e15 },
  memoryBytes: 1e11,
  memoryBandwidthBytesPerSecond: 4e12,
  source: SOURCE,
}

let files = 0
/** Writes `json` (or text as given) to a file of its own and returns its path. */
function file(json: unknown): string {
  const path = join(DIR, `data-${files++}.json`)
  writeFileSync(path, typeof json === 'string'
    ? json
    : JSON.stringify(json))
  return path
}

describe('estimate --data FILE', () => {
  it('adds an accelerator --gpu can name: its peak, memory and power drive the estimate', () => {
    const path = file({
      accelerators: [
        { ...CHIP, tdpWatts: 500 },
      ],
    })
    const { code, stdout, stderr } = estimate('--data', path, '--gpu', 'test-chip', '--params', '1e10', '--mfu', '0.5', '--json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(out.peakFlopsPerGpu).toBe(1e15)
    // 6·N·D = 6 × 1e10 × 2e11 FLOPs at half of 1e15 FLOP/s.
    expect(out.gpuHours).toBeCloseTo(6 * 1e10 * 2e11 / 5e14 / 3600, 6)
    expect(out.minGpusForMemory).toBe(Math.ceil(16 * 1e10 / 1e11))
    expect(out.energyWattsPerGpu).toBe(500)
    expect(out.dataFile).toEqual({
      path,
      accelerators: ['test-chip'],
      offers: 0,
      priceOffer: null,
    })
    expect(out.usdPerGpuHour).toBe(1.5)
  })

  it('prices the run at the file\'s lowest offer for the GPU, unless --price is given', () => {
    const offer = (usdPerGpuHour: number, acceleratorId = 'h100-sxm') => ({
      acceleratorId,
      vendor: 'Lab',
      usdPerGpuHour,
      source: SOURCE,
    })
    const path = file({
      offers: [
        offer(2.4),
        offer(1.9),
        offer(0.5, 'a100-80gb'),
      ],
    })
    const priced = JSON.parse(estimate('--data', path, '--gpu', 'h100-sxm', '--params', '1e10', '--json').stdout)
    expect(priced.usdPerGpuHour).toBe(1.9)
    expect(priced.dataFile.priceOffer.usdPerGpuHour).toBe(1.9)
    expect(priced.costUsd).toBeCloseTo(priced.gpuHours * 1.9, 6)
    const given = JSON.parse(estimate('--data', path, '--gpu', 'h100-sxm', '--params', '1e10', '--price', '3', '--json').stdout)
    expect(given.usdPerGpuHour).toBe(3)
    expect(given.dataFile.priceOffer).toBeNull()
    expect(estimate('--data', path, '--gpu', 'h100-sxm', '--params', '1e10').stdout).toMatch(/^Price per GPU-hour\s+\$1\.9 \(Lab, from .*data-\d+\.json\)$/m)
  })

  it('runs the README\'s example file (MI300X with an offer)', () => {
    const out = JSON.parse(estimate('--data', EXAMPLE, '--gpu', 'mi300x', '--params', '70e9', '--json').stdout)
    expect(out.peakFlopsPerGpu).toBe(1.3074e15)
    expect(out.usdPerGpuHour).toBe(2.1)
  })

  it('keeps nothing of a file for the next estimate', () => {
    expect(estimate('--data', file({
      accelerators: [CHIP],
    }), '--gpu', 'test-chip', '--params', '1e10').code).toBe(0)
    const { code, stderr } = estimate('--gpu', 'test-chip', '--params', '1e10')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^estimate: error: --gpu: gpu must be one of .*; got "test-chip"\n$/)
  })

  it.each([
    [
      'a missing file',
      () => join(DIR, 'none.json'),
      /--data: .*none\.json: cannot be read \(ENOENT\)/,
    ],
    [
      'not JSON',
      () => file('{ accelerators: '),
      /--data: .*: not JSON \(/,
    ],
    [
      'neither list',
      () => file({}),
      /--data: .*: the file has neither "accelerators" nor "offers"/,
    ],
    [
      'an unknown field',
      () => file({
        accelerators: [
          { ...CHIP, memoryGB: 80 },
        ],
      }),
      /accelerators\[0\]\.memoryGB is not a field of this object \(fields: id, name, /,
    ],
    [
      'memory as text',
      () => file({
        accelerators: [
          { ...CHIP, memoryBytes: '80GB' },
        ],
      }),
      /accelerators\[0\]\.memoryBytes must be a positive number; got "80GB"/,
    ],
    [
      'an infinite peak',
      () => file('{"accelerators":[{"id":"x","name":"X","peakFlopsPerSecond":{"bf16":1e999},"memoryBytes":1,"memoryBandwidthBytesPerSecond":1}]}'),
      /accelerators\[0\]\.peakFlopsPerSecond\.bf16 must be a positive number; got null/,
    ],
    [
      'no 16-bit peak',
      () => file({
        accelerators: [
          {
            ...CHIP,
            peakFlopsPerSecond: { fp8: 2e15 },
          },
        ],
      }),
      /accelerators\[0\]\.peakFlopsPerSecond must be an object with a dense bf16 or fp16 peak/,
    ],
    [
      'a dataset id',
      () => file({
        accelerators: [
          { ...CHIP, id: 'h100-sxm' },
        ],
      }),
      /accelerators\[0\]\.id: "h100-sxm" is already an accelerator/,
    ],
    [
      'no source',
      () => file({
        accelerators: [
          { ...CHIP, source: undefined },
        ],
      }),
      /accelerators\[0\]\.source must be an object; got nothing/,
    ],
    [
      'a private address',
      () => file({
        accelerators: [
          {
            ...CHIP,
            source: { ...SOURCE, url: 'http://intranet/x' },
          },
        ],
      }),
      /accelerators\[0\]\.source\.url must be a public https:\/\/ address/,
    ],
    [
      'a bad day',
      () => file({
        accelerators: [
          {
            ...CHIP,
            source: { ...SOURCE, checked: '2026-13-45' },
          },
        ],
      }),
      /accelerators\[0\]\.source\.checked must be the day it was checked, YYYY-MM-DD/,
    ],
    [
      'an offer for no accelerator',
      () => file({
        offers: [
          {
            acceleratorId: 'mi999',
            vendor: 'X',
            usdPerGpuHour: 1,
            source: SOURCE,
          },
        ],
      }),
      /offers\[0\]\.acceleratorId must be an accelerator of the dataset or of the file \(v100, .*\); got "mi999"/,
    ],
    [
      'a free offer',
      () => file({
        offers: [
          {
            acceleratorId: 'v100',
            vendor: 'X',
            usdPerGpuHour: 0,
            source: SOURCE,
          },
        ],
      }),
      /offers\[0\]\.usdPerGpuHour must be a positive number; got 0/,
    ],
  ])('refuses %s: one line naming --data, the file and the field, exit 2', (_what, path, message) => {
    const { code, stdout, stderr } = estimate('--data', path(), '--params', '1e10')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^estimate: error: --data: /)
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('needs a value, and refuses the scale model on a file\'s accelerator', () => {
    expect(estimate('--params', '1e10', '--data').stderr).toMatch(/^estimate: error: --data: needs a value/)
    const { code, stderr } = estimate('--data', file({
      accelerators: [CHIP],
    }), '--gpu', 'test-chip', '--params', '1e10', '--gpus', '1024', '--scale-model')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^estimate: error: --gpu: test-chip comes from --data: the scale model needs/)
  })

  it('checks a file\'s JSON without reading any file (the engine\'s half)', () => {
    expect(parseTrainingData({
      accelerators: [CHIP],
    })).toMatchObject({
      ok: true,
      value: {
        accelerators: [
          {
            id: 'test-chip',
            shortName: 'Test Chip',
            vendor: 'other',
            tdpWatts: null,
          },
        ],
        offers: [],
      },
    })
    expect(parseTrainingData([])).toEqual({ ok: false, message: 'the file must be an object; got []' })
  })
})
