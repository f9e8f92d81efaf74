/**
 * Failures, checkpoints and restarts of large training runs: the published rates and times the goodput
 * model (engine/scale-model/failures.ts) starts from. Values only.
 */
import type { ReferenceLabel, Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** A published count of unexpected interruptions over a run. */
export interface FailureRecord {
  id: string
  label: string
  gpus: number
  days: number
  /** Parameters of the model trained: its checkpoint's size. */
  params: number
  unexpectedInterruptions: number
  /** The share of time the run reports as training, where it does. */
  reportedGoodputAtLeast?: number
  referenceLabel: ReferenceLabel
  source: Source
}

export const FAILURE_RECORDS = [
  {
    id: 'llama-3-405b',
    label: 'Llama 3 405B, 16,384 H100, 54 days',
    gpus: 16_384,
    days: 54,
    params: 405e9,
    unexpectedInterruptions: 419,
    reportedGoodputAtLeast: 0.9,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.llama3, where: '§3.3.4 and Table 5: "a total of 466 job interruptions. Of these, 47 were planned … The remaining 419 were unexpected"; "higher than 90% effective training time"', checked: '2026-12-01' },
  },
  {
    id: 'opt-175b',
    label: 'OPT-175B, 992 A100, ~2 months',
    gpus: 992,
    days: 60,
    params: 175e9,
    // "at least 35 manual restarts" + "70+ automatic restarts due to hardware failures".
    unexpectedInterruptions: 105,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.opt, where: '§2.5: "hardware failures contributed to at least 35 manual restarts … over the course of 2 months … we estimate 70+ automatic restarts due to hardware failures" (35 + 70 over ~60 days: DERIVED)', checked: '2026-12-01' },
  },
] as const satisfies readonly FailureRecord[]

/** The failure record the model's default rate comes from: the largest published dense run that counts its failures. */
export const DEFAULT_FAILURE_RECORD = FAILURE_RECORDS[0]

/**
 * The checkpoint's size, with its source. The storage bandwidth and the restart time are assumptions a
 * speaker may change (data/assumptions.ts: `storageWriteTbPerSecond`, `restartMinutes`).
 */
export const CHECKPOINT_INPUTS = {
  /**
   * Checkpoint bytes per parameter: bf16 weights (2) + fp32 master weights (4) + Adam moments (4 + 4).
   * BLOOM's arithmetic: 176B × 14 B ≈ 2.3 TB ("each checkpoint with fp32 optim states and bf16+fp32 weights is 2.3TB").
   */
  checkpointBytesPerParam: {
    value: 14,
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.bloomTr11, where: 'Checkpoints: "each checkpoint with fp32 optim states and bf16+fp32 weights is 2.3TB - just the bf16 weights are 329GB" (2.3e12 / 176e9 ≈ 13 B; 14 B = 2 + 4 + 4 + 4)', checked: '2026-12-01' },
  },
} as const

/** BLOOM's checkpointing practice, a published point for the checkpoint interval. */
export const BLOOM_CHECKPOINTING = {
  gpus: 384,
  failuresPerWeek: 1.5,
  checkpointIntervalHours: 3,
  checkpointWriteSeconds: 40,
  referenceLabel: 'VERIFIED',
  source: { ...REFERENCES.bloomBlog, where: '"on average we were getting 1-2 GPU failures a week. We were saving a checkpoint every 3h (100 iterations)"; tr11 README: "checkpoint saving ~40sec"', checked: '2026-12-01' },
} as const
