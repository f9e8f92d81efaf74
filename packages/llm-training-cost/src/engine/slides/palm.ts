/**
 * The PaLM slide: what the paper reported about its 540B run beside what the engine recomputes from the
 * paper's own inputs (6·N·D; MFU from the 238.3K tokens/s throughput; utilization of booked chip-hours).
 */
import { PALM_RUN } from '../../data/published-claims.ts'
import { getModel } from '../facts/lookup.ts'
import { mfuFromThroughput, modelFlopsPerToken, trainingFlops, utilizationFromChipHours } from '../formulas/compute.ts'

/** A number with the unit a slide formats it in. */
export type Quantity
  = | { unit: 'flops', value: number }
    | { unit: 'fraction', value: number }
    | { unit: 'chipHours', value: number }

export interface PalmComparisonRow {
  id: 'trainingFlops' | 'mfu' | 'mfuNoAttention' | 'wholeRun'
  label: string
  /** The formula the engine used, as the slide prints it. */
  how: string
  reported: Quantity
  engine: Quantity
}

/**
 * Reported against recomputed, one row per figure. Nothing here depends on the assumptions: the
 * engine redoes the paper's arithmetic on the paper's inputs.
 *
 * @example
 * palmComparison().find(r => r.id === 'mfu')?.engine // { unit: 'fraction', value: 0.462 }
 */
export function palmComparison(): PalmComparisonRow[] {
  const palm = getModel('palm')
  const { layers, heads, headDim, seqLen } = palm.architecture
  const mfu = (flopsPerToken: number): Quantity => ({
    unit: 'fraction',
    value: mfuFromThroughput({
      tokensPerSecond: PALM_RUN.tokensPerSecond,
      flopsPerToken,
      chips: PALM_RUN.chips,
      peakFlopsPerSecond: PALM_RUN.peakFlopsPerSecond,
    }),
  })
  return [
    {
      id: 'trainingFlops',
      label: 'Training FLOPs',
      how: '6·N·D',
      reported: { unit: 'flops', value: palm.reportedTrainingFlops.value },
      engine: {
        unit: 'flops',
        value: trainingFlops(palm.params, palm.tokens),
      },
    },
    {
      id: 'mfu',
      label: 'MFU, attention counted',
      how: 'tokens/s × (6N + 12LHQT)',
      reported: { unit: 'fraction', value: PALM_RUN.mfuWithAttention },
      engine: mfu(modelFlopsPerToken(palm.params, { layers, heads, headDim, seqLen })),
    },
    {
      id: 'mfuNoAttention',
      label: 'MFU, 6N only',
      how: 'tokens/s × 6N',
      reported: { unit: 'fraction', value: PALM_RUN.mfuWithoutAttention },
      engine: mfu(modelFlopsPerToken(palm.params)),
    },
    {
      id: 'wholeRun',
      label: 'Utilization of booked hours',
      how: 'FLOPs ÷ (chip-hours × peak)',
      reported: { unit: 'chipHours', value: palm.hardware.chipHours },
      engine: {
        unit: 'fraction',
        value: utilizationFromChipHours(PALM_RUN.trainingFlops, palm.hardware.chipHours, PALM_RUN.peakFlopsPerSecond),
      },
    },
  ]
}

/** The PaLM slide's claim: the paper's MFU holds, and the booked chip-hours did far less. */
export interface PalmClaim {
  /** Steady-state MFU recomputed from throughput, attention counted, as the paper reports it. */
  mfu: number
  /** Training FLOPs over every booked chip-hour at peak. */
  bookedUtilization: number
}

/**
 * The two fractions the slide leads with, read from the engine's column of `palmComparison`.
 *
 * @example
 * palmClaim() // { mfu: 0.462, bookedUtilization: 0.308 }
 */
export function palmClaim(rows: readonly PalmComparisonRow[] = palmComparison()): PalmClaim {
  const engine = (id: PalmComparisonRow['id']): number => {
    const row = rows.find(r => r.id === id)
    if (!row)
      throw new Error(`palmClaim: no "${id}" row in the comparison`)
    return row.engine.value
  }
  return {
    mfu: engine('mfu'),
    bookedUtilization: engine('wholeRun'),
  }
}
