import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { useIsSlideActive } from '@slidev/client/logic/slides.ts'

/**
 * Slidev glue for a slide component that behaves differently when it is the slide on screen (its
 * controls exist only then, so a page never holds two inputs with the same label) and in print.
 */
export function useSlideState(): { isActive: ComputedRef<boolean>, isPrint: ComputedRef<boolean> } {
  return {
    isActive: useIsSlideActive(),
    isPrint: useNav().isPrintMode,
  }
}
