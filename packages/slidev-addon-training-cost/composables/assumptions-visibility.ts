import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { useSlideContext } from '@slidev/client/context.ts'
import { computed } from 'vue'
import { setVisibilityGate } from './visibility-gate'

/**
 * Slidev glue: a component is on screen unless it sits on a hidden slide of the slide show (Slidev
 * keeps visited slides mounted behind the current one). Overview, next-slide preview, print and the
 * global layers always count as on screen.
 */
function onScreen(): ComputedRef<boolean> {
  const { $page, $renderContext, $nav } = useSlideContext()
  const { isPrintMode } = useNav()
  return computed(() => isPrintMode.value
    || ($renderContext.value !== 'slide' && $renderContext.value !== 'presenter')
    || $page.value === $nav.value.currentSlideNo)
}

/** Figures on hidden slides wait until they are shown (see `setVisibilityGate`). */
export function installVisibilityGate(): void {
  setVisibilityGate(onScreen)
}
