import type { AssumptionKey, Assumptions } from 'llm-training-cost'
/**
 * Slidev glue: keeps the assumptions the same in every window, and says who may change them.
 *
 * - Dev server (`npm run dev`, also with `--remote`): through the server's shared state, the deck's
 *   `server-ref` module (`virtual:training-cost/shared-assumptions`, keyed by the deck's namespace in
 *   setup/vite-plugins.ts; the same mechanism Slidev's own `server-reactive:nav` uses), so
 *   the presenter view, audience windows and other devices all follow. The server keeps the last
 *   values, so a window opened later joins the session's scenario.
 * - With `--remote PASSWORD`, only the speaker's window (it holds the password: composables/room-role.ts)
 *   writes, sending the password with each write; the server refuses any other write
 *   (server/room-guard.ts). An audience window that edits keeps its own scenario, says so, and can
 *   "Follow the speaker" again.
 * - Static build: `createSyncState` falls back to a BroadcastChannel, so windows of the same browser
 *   follow each other; other devices do not (there is no server to relay).
 *
 * Values received are validated like any input (`receiveAssumptions`) before they reach a figure.
 */
import type { Ref } from 'vue'
import { configs } from '@slidev/client/env.ts'
import { createSyncState } from '@slidev/client/state/syncState.ts'
import { ASSUMPTION_KEYS } from 'llm-training-cost'
import room from 'virtual:deck-room'
import serverRef from 'virtual:training-cost/shared-assumptions'
import { assumptionsLoadedFrom, onAssumptionsChange, receiveAssumptions, resetAssumptions, setAssumption, useAssumptions } from './assumptions'
import { DECK_NAMESPACE, SHARED_SCENARIO_KEY } from './deck-config'
import { decideRole, windowPassword } from './room-role'
import { setFollowing, setRoom, useRoom } from './room-state'

type SharedAssumptions = Partial<Record<AssumptionKey, unknown>>

/** The static build's BroadcastChannel (namespaced: two decks open in one browser do not mix). */
const CHANNEL = `${DECK_NAMESPACE}-assumptions`
/** The server's write endpoint for the shared scenario (vite-plugin-vue-server-ref's own). */
const SCENARIO_ENDPOINT = `/@server-ref/${SHARED_SCENARIO_KEY}`
/** The server's broadcast of a shared-state change (vite-plugin-vue-server-ref's websocket event). */
const SERVER_REF_EVENT = 'vue-server-ref'

let started = false
/** The speaker's last scenario, kept while this window shows its own. */
let speakerScenario: SharedAssumptions | null = null

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
  const role = decideRole({
    remote: room.remote,
    configured: configs.remote,
    held: windowPassword(),
  })
  let following = true
  // Without a server this syncs through a BroadcastChannel; with one, the server ref below does.
  const channel = createSyncState<SharedAssumptions>({}, {}, false)
  // The server ref gives the session's scenario at start; writes go through `post` below, with the
  // password, and changes arrive as the server's broadcast (minus this window's own echoes).
  ;(serverRef as Ref<unknown> & { $syncUp?: boolean, $syncDown?: boolean }).$syncUp = false
  ;(serverRef as Ref<unknown> & { $syncUp?: boolean, $syncDown?: boolean }).$syncDown = false
  const source = `deck-${Math.random().toString(36).slice(2)}`
  let onServer = asShared(serverRef.value)

  function post(a: Assumptions): void {
    if (!import.meta.hot)
      return
    fetch(SCENARIO_ENDPOINT, {
      method: 'POST',
      // The speaker's password rides along, added by composables/speaker-fetch.ts.
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        source,
        data: { ...a },
        timestamp: Date.now(),
      }),
    }).catch(() => {
      // The server went away: this window keeps its values; the next edit tries again.
    })
  }

  function publish(a: Assumptions): void {
    for (const key of ASSUMPTION_KEYS)
      channel.patch(key, a[key])
    const last = onServer
    if (!last || ASSUMPTION_KEYS.some(key => last[key] !== a[key])) {
      onServer = { ...a }
      post(a)
    }
  }

  function fromSpeaker(shared: SharedAssumptions): void {
    speakerScenario = shared
    if (following)
      receiveAssumptions({ ...shared })
  }

  function follow(value: boolean): void {
    following = value
    setFollowing(value)
  }
  setRoom({
    role,
    networkUrls: room.networkUrls,
    rejoin: () => {
      follow(true)
      const shared = speakerScenario ?? onServer
      if (shared)
        receiveAssumptions({ ...shared })
    },
  })

  channel.init(CHANNEL)
  channel.onPatch(state => fromSpeaker({ ...state }))
  import.meta.hot?.on(SERVER_REF_EVENT, (payload: { key?: unknown, source?: unknown, data?: unknown }) => {
    const shared = payload.key === SHARED_SCENARIO_KEY && payload.source !== source
      ? asShared(payload.data)
      : null
    if (shared) {
      onServer = shared
      fromSpeaker(shared)
    }
  })
  onAssumptionsChange((a, origin) => {
    if (origin === 'remote')
      return
    if (role === 'speaker')
      publish(a)
    else if (origin === 'local')
      follow(false)
  })

  // A link opened in the speaker's window speaks for the whole session; otherwise join what the
  // session shows. An audience window's link is its own scenario until it follows the speaker.
  const session = onServer
  speakerScenario = session
  if (role === 'audience') {
    if (assumptionsLoadedFrom() === 'link' && session && ASSUMPTION_KEYS.some(key => session[key] !== assumptions.value[key]))
      follow(false)
    else if (session)
      receiveAssumptions({ ...session })
    return
  }
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
    role: () => useRoom().role.value,
    set: setAssumption,
    reset: resetAssumptions,
  }
}
