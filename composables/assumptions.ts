/**
 * The assumptions every live figure is computed under. One store for the whole deck: components read
 * it, and only validated values ever reach it (the engine's `validateAssumptions` is the gate).
 */
import type { Assumptions } from '../engine'
import { readonly, shallowRef } from 'vue'
import { DEFAULT_ASSUMPTIONS } from '../engine'

const current = shallowRef<Assumptions>({ ...DEFAULT_ASSUMPTIONS })

/** The current assumptions, read-only: a new object on every change, so computed figures follow. */
export function useAssumptions() {
  return {
    assumptions: readonly(current),
  }
}
