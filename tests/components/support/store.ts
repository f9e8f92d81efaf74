/**
 * The assumptions store as figure tests see it: a ref they set, standing in for
 * composables/assumptions.ts (which also persists, syncs windows and reads the link). A figure test
 * mocks the store with this module: `vi.mock('../../packages/slidev-addon-training-cost/composables/assumptions', () => import('./support/store'))`.
 */
import type { Assumptions } from '../../../packages/llm-training-cost/src/engine'
import { readonly, shallowRef } from 'vue'
import { DEFAULT_ASSUMPTIONS } from '../../../packages/llm-training-cost/src/engine'

const current = shallowRef<Assumptions>({ ...DEFAULT_ASSUMPTIONS })

export function useAssumptions() {
  return {
    assumptions: readonly(current),
  }
}

/** The talk's defaults with `patch` applied, as the live panel would set them. */
export function replaceAssumptions(patch: Partial<Assumptions>): void {
  current.value = {
    ...DEFAULT_ASSUMPTIONS,
    ...patch,
  }
}
