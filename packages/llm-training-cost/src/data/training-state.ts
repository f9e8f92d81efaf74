import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** Bytes each parameter costs in training state, split by what holds them. */
export interface TrainingStateScheme {
  id: string
  name: string
  weightBytesPerParam: number
  gradientBytesPerParam: number
  /** Optimizer state, including any fp32 master copy of the weights. */
  optimizerBytesPerParam: number
  source: Source
}

export const TRAINING_STATE_SCHEMES = [
  {
    id: 'mixed-adam',
    name: 'Mixed-precision Adam (16-bit weights and gradients; fp32 master weights, momentum, variance)',
    weightBytesPerParam: 2,
    gradientBytesPerParam: 2,
    optimizerBytesPerParam: 12,
    source: { ...REFERENCES.zero2020, where: 'Section 3.1: "2Ψ + 2Ψ + KΨ" with K = 12 for mixed-precision Adam, 16Ψ bytes in total', checked: '2026-11-26' },
  },
  {
    id: 'fp32-adam',
    name: 'fp32 Adam (fp32 weights, gradients, momentum, variance)',
    weightBytesPerParam: 4,
    gradientBytesPerParam: 4,
    optimizerBytesPerParam: 8,
    source: { ...REFERENCES.zero2020, where: 'Section 3.1: Adam keeps momentum and variance per parameter (4 bytes each in fp32)', checked: '2026-11-26' },
  },
] as const satisfies readonly TrainingStateScheme[]

export type TrainingStateSchemeId = typeof TRAINING_STATE_SCHEMES[number]['id']

/**
 * Activation bytes per layer, in 16-bit, from Korthikanti et al. 2022: s·b·h·(34 + 5·a·s/h) without
 * parallelism or recomputation. The coefficients are the paper's, kept here as facts.
 */
export const ACTIVATION_COEFFICIENTS = {
  /** Bytes per s·b·h in the linear parts (QKV, projections, MLP, layernorms, dropouts). */
  linearBytes: 34,
  /** Of those, the part tensor parallelism does not split without sequence parallelism. */
  unsplitBytes: 10,
  /** Bytes per a·s²·b in attention (scores, softmax, its dropout mask). */
  attentionBytes: 5,
  /** Bytes per s·b·h kept per layer under full recomputation (the layer input). */
  fullRecomputeBytes: 2,
  source: { ...REFERENCES.korthikanti2022, where: 'Section 4, Eq. 1–2 and Table 2 (activation memory per layer: sbh(34 + 5as/h); with TP sbh(10 + 24/t + 5as/(ht)); full recomputation 2sbh)', checked: '2026-11-26' },
} as const
