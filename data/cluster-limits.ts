/**
 * Facts and stated inputs behind the "Not so fast" slide: what limits a dense run at cluster scale
 * besides money (network, failures, data). Values only; the engine does the arithmetic.
 */
import { REFERENCES } from './source'

/** Llama 3 405B's pre-training reliability report: the largest published failure count of a dense run. */
export const LLAMA3_RELIABILITY = {
  gpus: 16_384,
  days: 54,
  /** Job interruptions not planned (hardware, software, network); 47 more were planned maintenance. */
  unexpectedInterruptions: 419,
  /** "higher than 90% effective training time": the goodput Meta reports for the run. */
  effectiveTrainingTimeAtLeast: 0.9,
  source: { ...REFERENCES.llama3, where: 'Section 3.3.4 (Reliability and operational challenges) and Table 5: 466 job interruptions in a 54-day snapshot on 16,384 H100, 419 unexpected; "higher than 90% effective training time"', checked: '2026-11-26' },
} as const

/**
 * Time lost per interruption: the restart (re-queue, reload the checkpoint) plus, on average, half the
 * work since the last checkpoint. Not published as one number: 15 minutes is the round figure at which
 * Llama 3's own failure rate on 16,384 GPUs gives its reported >90% effective training time
 * (0.32 interruptions/hour × 0.25 h = 8% lost), so the model is calibrated on the one run that says.
 */
export const RECOVERY_INPUTS = {
  lostMinutesPerInterruption: 15,
  why: 'Labelled input, calibrated so Llama 3 (16,384 GPUs, 419 interruptions in 54 days) comes out above its reported 90% effective training time',
  source: LLAMA3_RELIABILITY.source,
} as const

/**
 * The parallel layout and batch Megatron-LM used for its 1T-parameter model, reused as the stated
 * layout of the communication estimate, and the network of the cluster it ran on.
 */
export const COMMUNICATION_INPUTS = {
  /** Tensor parallel ways: inside one 8-GPU node, over NVLink. */
  tensorParallel: 8,
  /** Pipeline stages: each holds 1/64 of the layers. */
  pipelineParallel: 64,
  /** Global batch in sequences, and sequence length in tokens. */
  batchSequences: 3072,
  seqLen: 2048,
  /** Gradients are all-reduced in 16-bit: 2 bytes per parameter. */
  gradientBytesPerParam: 2,
  /** Inter-node bandwidth per GPU, one direction: one 200 Gb/s HDR InfiniBand adapter per GPU. */
  networkBytesPerSecondPerGpu: 200e9 / 8,
  source: { ...REFERENCES.megatron2021, where: 'Table 1, 1008B row (t = 8, p = 64, batch 3072) and Section 5: s = 2048; each DGX A100 node has eight 200 Gbps HDR InfiniBand adapters for application communication', checked: '2026-11-26' },
} as const
