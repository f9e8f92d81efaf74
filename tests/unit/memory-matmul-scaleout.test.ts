import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, largestComputeOptimalModel, minGpusForMemory, perGpuMemory, roofline, trainingStateBytes, transformerLayerFlops } from '../../packages/llm-training-cost/src/engine'
import { arithmeticIntensity, matmulBytes, matmulFlops, ridgeIntensity, transformerLayerGemms } from '../../packages/llm-training-cost/src/engine/formulas/matmul'
import { activationBytes, activationBytesPerLayer, bytesPerParam } from '../../packages/llm-training-cost/src/engine/formulas/memory'
import { pipelineBubbleFraction, ringAllReduceBytesPerGpu, ringAllReduceSeconds } from '../../packages/llm-training-cost/src/engine/formulas/scale-out'

describe('memory', () => {
  it('mixed-precision Adam is 16 bytes per parameter (ZeRO Sec. 3.1: 2 + 2 + 12)', () => {
    expect(bytesPerParam('mixed-adam')).toEqual({
      weightBytes: 2,
      gradientBytes: 2,
      optimizerBytes: 12,
      totalBytes: 16,
    })
    expect(trainingStateBytes(7.5e9)).toBe(120e9) // ZeRO paper: "a 7.5B parameter model … 120 GB"
  })

  it('ZeRO stages partition as in Rajbhandari et al. Figure 1 (Ψ = 7.5B, N_d = 64: 120 GB, 31.4 GB, 16.6 GB, 1.9 GB)', () => {
    const run = { params: 7.5e9, dataParallel: 64 }
    const gb = (zeroStage: 0 | 1 | 2 | 3): number => perGpuMemory({ ...run, zeroStage }).totalBytes / 1e9
    expect(gb(0)).toBeCloseTo(120, 1)
    expect(gb(1)).toBeCloseTo(31.4, 1)
    expect(gb(2)).toBeCloseTo(16.6, 1)
    expect(gb(3)).toBeCloseTo(1.875, 2)
  })

  it('tensor and pipeline parallelism divide the state by t·p', () => {
    const full = perGpuMemory({ params: 175e9 }).totalBytes
    expect(perGpuMemory({ params: 175e9, tensorParallel: 8, pipelineParallel: 16 }).totalBytes).toBeCloseTo(full / 128, 0)
  })

  it('fewest GPUs for the training state: GPT-3 (2.8 TB) needs 35 A100-80GB', () => {
    expect(minGpusForMemory(trainingStateBytes(175e9), 80e9)).toBe(35)
    expect(minGpusForMemory(1, 80e9)).toBe(1)
  })

  // Korthikanti et al. 2022, Table 2: per-layer activations sbh(34 + 5as/h), with t-way tensor
  // parallelism sbh(10 + 24/t + 5as/(ht)), + sequence parallelism sbh/t·(34 + 5as/h), selective
  // recomputation drops 5as/h, full recomputation keeps 2sbh.
  it('activation bytes per layer follow Korthikanti et al. Table 2', () => {
    const s = 2048
    const b = 1
    const h = 12288
    const a = 96
    const sbh = s * b * h
    const shape = {
      seqLen: s,
      microBatch: b,
      hidden: h,
      heads: a,
    }
    expect(activationBytesPerLayer(shape)).toBeCloseTo(sbh * (34 + 5 * a * s / h), 0)
    expect(activationBytesPerLayer({ ...shape, tensorParallel: 8 })).toBeCloseTo(sbh * (10 + 24 / 8 + 5 * a * s / (h * 8)), 0)
    expect(activationBytesPerLayer({ ...shape, tensorParallel: 8, sequenceParallel: true })).toBeCloseTo(sbh / 8 * (34 + 5 * a * s / h), 0)
    expect(activationBytesPerLayer({
      ...shape,
      tensorParallel: 8,
      sequenceParallel: true,
      recompute: 'selective',
    })).toBeCloseTo(sbh / 8 * 34, 0)
    expect(activationBytesPerLayer({ ...shape, recompute: 'full' })).toBe(2 * sbh)
    expect(activationBytes({ ...shape, layers: 96, recompute: 'full' })).toBe(96 * 2 * sbh)
  })
})

describe('matrix multiply', () => {
  it('a GEMM is 2mnk FLOPs and moves its three matrices', () => {
    expect(matmulFlops(2, 3, 4)).toBe(48)
    expect(matmulBytes(2, 3, 4, 2)).toBe((8 + 12 + 6) * 2)
    expect(arithmeticIntensity(matmulFlops(4096, 4096, 4096), matmulBytes(4096, 4096, 4096))).toBeCloseTo(1365.3, 1)
  })

  it('the roofline puts a big GEMM above the A100 ridge (153 FLOP/B) and a thin one below', () => {
    expect(ridgeIntensity(312e12, 2039e9)).toBeCloseTo(153, 0)
    const big = roofline({
      flops: matmulFlops(4096, 4096, 4096),
      bytes: matmulBytes(4096, 4096, 4096),
      peakFlopsPerSecond: 312e12,
      memoryBandwidthBytesPerSecond: 2039e9,
    })
    expect(big.bound).toBe('compute')
    const thin = roofline({
      flops: matmulFlops(1, 4096, 4096),
      bytes: matmulBytes(1, 4096, 4096),
      peakFlopsPerSecond: 312e12,
      memoryBandwidthBytesPerSecond: 2039e9,
    })
    expect(thin.bound).toBe('memory')
    expect(thin.seconds).toBe(thin.memorySeconds)
  })

  it('a layer\'s GEMMs sum to Megatron-LM\'s 24·b·s·h² + 4·b·s²·h forward FLOPs (GPT-3 layer)', () => {
    const shape = {
      dModel: 12288,
      heads: 96,
      headDim: 128,
      seqLen: 2048,
      batch: 2,
    }
    const gemms = transformerLayerGemms(shape)
    expect(gemms.map(g => g.name)).toEqual([
      'QKV projection',
      'Attention scores QKᵀ',
      'Attention × V',
      'Output projection',
      'MLP up',
      'MLP down',
    ])
    const total = gemms.reduce((sum, g) => sum + g.flops, 0)
    const { dModel: h, seqLen: s, batch: b } = shape
    expect(total).toBe(24 * b * s * h * h + 4 * b * s * s * h)
    expect(transformerLayerFlops(shape).matmulShare).toBeGreaterThan(0.99)
  })
})

describe('scale-out', () => {
  it('pipeline bubble is (p − 1)/(m + p − 1)', () => {
    expect(pipelineBubbleFraction(1, 8)).toBe(0)
    expect(pipelineBubbleFraction(8, 8)).toBeCloseTo(7 / 15, 12)
    expect(pipelineBubbleFraction(64, 1536)).toBeCloseTo(63 / 1599, 12)
  })

  it('ring all-reduce sends 2(n − 1)/n of the buffer per GPU', () => {
    expect(ringAllReduceBytesPerGpu(100, 2)).toBe(100)
    expect(ringAllReduceBytesPerGpu(100, 4)).toBe(150)
    expect(ringAllReduceSeconds({ bytes: 350e9, gpus: 8, bandwidthBytesPerSecond: 300e9 })).toBeCloseTo(2.0417, 4)
  })

  it('the scaling wall inverted: 100,000 A100 at 60% MFU for ~3 months trains ~1T compute-optimal', () => {
    const model = largestComputeOptimalModel({ days: 90 }, {
      ...DEFAULT_ASSUMPTIONS,
      mfu: 0.6,
      gpus: 100_000,
      tokensPerParam: 20,
    })
    expect(model.limitedBy).toBe('time')
    expect(model.params).toBeGreaterThan(0.9e12)
    expect(model.params).toBeLessThan(1.2e12)
  })

  it('a money budget binds when it is the smaller: $300M at $1.5/h and 55% MFU is ~1T', () => {
    const model = largestComputeOptimalModel({ days: 365, usd: 300e6 }, {
      ...DEFAULT_ASSUMPTIONS,
      mfu: 0.55,
      gpus: 100_000,
      tokensPerParam: 21.2,
    })
    expect(model.limitedBy).toBe('money')
    expect(Math.abs(model.params / 1e12 - 1)).toBeLessThan(0.05)
  })
})
