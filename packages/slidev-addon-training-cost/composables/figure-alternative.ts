import type { ComputedRef } from 'vue'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { useSlideContext } from '@slidev/client/context.ts'
import { computed } from 'vue'

/**
 * Where a figure's numbers go as text (`components/ChartAlternative.vue`):
 * - `screen`: a visually hidden table beside the chart, which a screen reader announces;
 * - `print`: the same table as invisible text laid over the chart, so the PDF's text layer holds the
 *   chart's numbers (Chromium prints transparent text; it drops text clipped to a 1 px box);
 * - `handout`: a visible table under the slide, in the handout's notes (`npm run export -- --handout`).
 */
export type AlternativeMode = 'screen' | 'print' | 'handout'

/** Whether this run is the handout's export (set by `npm run export -- --handout` for its Slidev server). */
export function isHandoutBuild(): boolean {
  return import.meta.env.VITE_DECK_HANDOUT === '1'
}

/** The id of the box under slide `no` that a handout page keeps the slide's figure tables in. */
export function handoutFiguresId(no: number): string {
  return `handout-figures-${no}`
}

export function useFigureAlternative(): { mode: ComputedRef<AlternativeMode>, target: ComputedRef<string> } {
  const { isPrintMode } = useNav()
  const { $page } = useSlideContext()
  const handout = isHandoutBuild()
  return {
    mode: computed(() => isPrintMode.value
      ? (handout ? 'handout' : 'print')
      : 'screen'),
    target: computed(() => `#${handoutFiguresId($page.value)}`),
  }
}
