import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

/** Parametric loss fit L(N, D) = E + A/N^α + B/D^β. */
export interface LossFit {
  e: number
  a: number
  b: number
  alpha: number
  beta: number
  source: Source
}

/** Chinchilla's Approach 3 fit (Hoffmann et al. 2022). */
export const CHINCHILLA_LOSS_FIT = {
  e: 1.69,
  a: 406.4,
  b: 410.7,
  alpha: 0.34,
  beta: 0.28,
  source: { ...REFERENCES.chinchilla2022, where: 'Section 3.3 (Approach 3: fitting a parametric loss function) and Appendix D.2: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28', checked: '2026-11-26' },
} as const satisfies LossFit
