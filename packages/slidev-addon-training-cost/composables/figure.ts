import type { Assumptions } from 'llm-training-cost'
import type { ComputedRef } from 'vue'
import { computed } from 'vue'
import { useAssumptions } from './assumptions'

/**
 * A slide's figure: one engine function over the current assumptions, recomputed when they change.
 * The one way a component follows the store (computed lazily: a view that does not read it does not
 * evaluate it). Usage: `const rows = useFigure(sinceTheTalkRuns)`.
 */
export function useFigure<T>(figureOf: (assumptions: Assumptions) => T): ComputedRef<T> {
  const { assumptions } = useAssumptions()
  return computed(() => figureOf(assumptions.value))
}
