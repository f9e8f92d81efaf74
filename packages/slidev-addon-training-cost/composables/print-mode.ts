import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client/composables/useNav.ts'

/**
 * True while Slidev prints or exports (`?print` or the export route): figures must be drawn in their
 * final state at once, with no animation that a PDF snapshot could catch halfway.
 */
export function usePrintMode(): ComputedRef<boolean> {
  return useNav().isPrintMode
}
