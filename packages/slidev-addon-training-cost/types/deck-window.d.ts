/**
 * What the deck puts on `window` for the browser tests and the redraw benchmark, typed once:
 * `exposeAssumptionsForTesting()` (composables/assumptions-sync.ts) sets the store's handle, and the
 * redraw benchmark records when each canvas last drew. Read them in `page.evaluate` as
 * `window.__deckAssumptions!.set('mfu', '40')`.
 */
interface DeckAssumptionsHandle {
  /** The current assumptions, as plain values. */
  get: () => Record<string, unknown>
  /** An edit as the panel makes it: the error message, or null when applied. */
  set: (field: string, raw: unknown) => string | null
  reset: () => void
}

interface Window {
  __deckAssumptions?: DeckAssumptionsHandle
  __canvasDraws?: Map<HTMLCanvasElement, number>
}
