/**
 * Slidev glue: keeps the assumptions the same in every window.
 *
 * - Dev server (`npm run dev`, also with `--remote`): through the server's shared state
 *   (`server-reactive:assumptions`, declared in vite.config.ts), so the presenter view, audience
 *   windows and other devices all follow.
 * - Static build: `createSyncState` falls back to a BroadcastChannel, so windows of the same browser
 *   follow each other; other devices do not (there is no server to relay).
 *
 * Values received are validated like any input (`receiveAssumptions`) before they reach a figure.
 */
import type { Assumptions } from '../engine'
import type { AssumptionKey } from './assumption-fields'
import { createSyncState } from '@slidev/client'
import serverState from 'server-reactive:assumptions'
import { ASSUMPTION_KEYS } from './assumption-fields'
import { assumptionsLoadedFrom, onAssumptionsChange, receiveAssumptions, resetAssumptions, setAssumption, useAssumptions } from './assumptions'

type SharedAssumptions = Partial<Record<AssumptionKey, unknown>>

const CHANNEL = 'scaling-deck-assumptions'
let started = false

function hasValues(state: SharedAssumptions): boolean {
  return ASSUMPTION_KEYS.some(key => state[key] !== undefined)
}

/** Start syncing this window (once; later calls do nothing). */
export function startAssumptionsSync(): void {
  if (started || typeof window === 'undefined')
    return
  started = true
  const { assumptions } = useAssumptions()
  const sync = createSyncState<SharedAssumptions>(serverState as SharedAssumptions, {}, false)

  function publish(a: Assumptions): void {
    for (const key of ASSUMPTION_KEYS)
      sync.patch(key, a[key])
  }

  sync.init(CHANNEL)
  sync.onPatch(state => receiveAssumptions({ ...state }))
  onAssumptionsChange((a, origin) => {
    if (origin !== 'remote')
      publish(a)
  })

  // A link opened in this window speaks for the whole session; otherwise join what the session shows.
  if (assumptionsLoadedFrom() !== 'link' && hasValues(sync.state) && receiveAssumptions({ ...sync.state }))
    return
  publish(assumptions.value)
}

/** For the browser tests and the redraw benchmark: the store, reachable from `page.evaluate`. */
export function exposeAssumptionsForTesting(): void {
  if (typeof window === 'undefined')
    return
  const { assumptions } = useAssumptions();
  (window as unknown as { __deckAssumptions: unknown }).__deckAssumptions = {
    get: () => ({ ...assumptions.value }),
    set: setAssumption,
    reset: resetAssumptions,
  }
}
