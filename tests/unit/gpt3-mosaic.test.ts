// GPT-3 (Brown et al. 2020, Table D.1) and MosaicML's measured A100 throughput
// (mosaicml/examples llm/throughput README: MFU per Korthikanti et al. 2022, attention included; HFU adds
// one recomputation pass).
import { describe, expect, it } from 'vitest'
import { MODELS } from '../../packages/llm-training-cost/src/data/models'
import { MOSAIC_THROUGHPUT } from '../../packages/llm-training-cost/src/data/published-claims'
import { DEFAULT_ASSUMPTIONS, estimateModel } from '../../packages/llm-training-cost/src/engine'
import { hfuFromMfu, mfuFromThroughput, modelFlopsPerToken } from '../../packages/llm-training-cost/src/engine/formulas/compute'

describe('GPT-3 training compute', () => {
  it('175B × 300B tokens → 3.14e23 FLOPs (Table D.1; 6ND gives 3.15e23, within 0.5%)', () => {
    const gpt3 = MODELS.find(m => m.id === 'gpt-3')!
    const run = estimateModel('gpt-3', DEFAULT_ASSUMPTIONS)
    expect(Math.abs(run.trainingFlops / gpt3.reportedTrainingFlops.value - 1)).toBeLessThan(0.005)
  })
})

describe('MosaicML throughput table (A100-80GB, bf16, 312 TFLOP/s)', () => {
  it.each(MOSAIC_THROUGHPUT.rows)('$model on $gpus GPUs: $tokensPerSecondPerGpu tok/s/GPU → MFU $mfu (±0.5 point), HFU $hfu = 4/3 MFU (±0.5 point)', (row) => {
    const shape = {
      layers: row.layers,
      heads: row.heads,
      headDim: row.dModel / row.heads,
      seqLen: row.seqLen,
    }
    const mfu = mfuFromThroughput({
      tokensPerSecond: row.tokensPerSecondPerGpu,
      flopsPerToken: modelFlopsPerToken(row.params, shape),
      chips: 1,
      peakFlopsPerSecond: 312e12,
    })
    expect(Math.abs(mfu - row.mfu)).toBeLessThan(0.005)
    expect(Math.abs(hfuFromMfu(row.mfu, 'full') - row.hfu)).toBeLessThan(0.005)
  })
})
