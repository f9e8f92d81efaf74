/**
 * The speaker's window proves it is the speaker's on every write to the dev server's shared state:
 * Slidev's own (the slide position, drawings) and the scenario. With `--remote PASSWORD` the server
 * refuses such a write without the password (server/room-guard.ts); this adds it, once, for the
 * window that holds it (its link's `?password=`, or the one the tab kept). Windows without a password,
 * and the static build (no server), are left as they are.
 */
import { windowPassword } from './room-role'

/** The header a speaker's window sends its password in (server/room-guard.ts checks it). */
export const SPEAKER_HEADER = 'x-deck-speaker'

/** Shared-state writes: vite-plugin-vue-server-ref's endpoints, as Slidev's client and ours post them. */
const SHARED_STATE_PREFIXES = ['/@server-ref/', '/@server-reactive/']

let installed = false

export function isSharedStateWrite(input: RequestInfo | URL, init: RequestInit | undefined, origin: string): boolean {
  const method = (init?.method ?? (input instanceof Request
    ? input.method
    : 'GET')).toUpperCase()
  if (method !== 'POST')
    return false
  const url = new URL(input instanceof Request
    ? input.url
    : String(input), origin)
  return url.origin === origin && SHARED_STATE_PREFIXES.some(prefix => url.pathname.startsWith(prefix))
}

export function installSpeakerFetch(): void {
  if (installed || typeof window === 'undefined' || !import.meta.hot)
    return
  installed = true
  const held = windowPassword()
  if (held === null)
    return
  const plain = window.fetch.bind(window)
  window.fetch = (input, init) => {
    if (!isSharedStateWrite(input, init, window.location.origin))
      return plain(input, init)
    const headers = new Headers(init?.headers ?? (input instanceof Request
      ? input.headers
      : undefined))
    headers.set(SPEAKER_HEADER, held)
    return plain(input, { ...init, headers })
  }
}
