/**
 * Slidev glue: keeps the assumptions the same in every window.
 *
 * - Dev server (`npm run dev`, also with `--remote`): through the server's shared state, a
 *   `server-ref:assumptions` module (the same mechanism Slidev's own `server-reactive:nav` uses), so
 *   the presenter view, audience windows and other devices all follow. The server keeps the last
 *   values, so a window opened later joins the session's scenario.
 * - Static build: `createSyncState` falls back to a BroadcastChannel, so windows of the same browser
 *   follow each other; other devices do not (there is no server to relay).
 *
 * Values received are validated like any input (`receiveAssumptions`) before they reach a figure.
 */
import type { AssumptionKey, Assumptions } from '../engine'
import { createSyncState } from '@slidev/client/state/syncState.ts'
import serverRef from 'server-ref:assumptions'
import { watch } from 'vue'
import { ASSUMPTION_KEYS } from '../engine'
import { assumptionsLoadedFrom, onAssumptionsChange, receiveAssumptions, resetAssumptions, setAssumption, useAssumptions } from './assumptions'

type SharedAssumptions = Partial<Record<AssumptionKey, unknown>>

const CHANNEL = 'scaling-deck-assumptions'
let started = false

function asShared(value: unknown): SharedAssumptions | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return null
  const shared = value as SharedAssumptions
  return ASSUMPTION_KEYS.some(key => shared[key] !== undefined)
    ? shared
    : null
}

/** Start syncing this window (once; later calls do nothing). */
export function startAssumptionsSync(): void {
  if (started || typeof window === 'undefined')
    return
  started = true
  const { assumptions } = useAssumptions()
  // Without a server this syncs through a BroadcastChannel; with one, the server ref below does.
  const channel = createSyncState<SharedAssumptions>({}, {}, false)

  function publish(a: Assumptions): void {
    for (const key of ASSUMPTION_KEYS)
      channel.patch(key, a[key])
    const onServer = asShared(serverRef.value)
    if (!onServer || ASSUMPTION_KEYS.some(key => onServer[key] !== a[key]))
      serverRef.value = { ...a }
  }

  channel.init(CHANNEL)
  channel.onPatch(state => receiveAssumptions({ ...state }))
  watch(serverRef, (value) => {
    const shared = asShared(value)
    if (shared)
      receiveAssumptions({ ...shared })
  }, { deep: true })
  onAssumptionsChange((a, origin) => {
    if (origin !== 'remote')
      publish(a)
  })

  // A link opened in this window speaks for the whole session; otherwise join what the session shows.
  const session = asShared(serverRef.value)
  if (assumptionsLoadedFrom() !== 'link' && session && receiveAssumptions({ ...session }))
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
