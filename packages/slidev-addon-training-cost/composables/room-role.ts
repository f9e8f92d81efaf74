/**
 * Who this window is in the room. With `slidev --remote PASSWORD`, a window that holds the password
 * (the presenter view, or any slide URL with `?password=...`, as Slidev defines it) is the speaker's;
 * every other window is the audience's. Without `--remote`, and in the static build, every window is
 * the speaker's. The dev server enforces the same rule (server/room-guard.ts): this module only
 * decides what the window offers and which way its edits go. Plain TypeScript, unit-tested.
 */
import type { StorageLike } from './assumptions-storage'
import { SPEAKER_PASSWORD_KEY } from './deck-config'

export type RoomRole = 'speaker' | 'audience'

export { SPEAKER_PASSWORD_KEY }

/**
 * The role of a window.
 *
 * @example
 * decideRole({ remote: false, configured: undefined, held: null }) // 'speaker'
 * decideRole({ remote: true, configured: 'secret', held: 'secret' }) // 'speaker'
 * decideRole({ remote: true, configured: 'secret', held: null }) // 'audience'
 */
export function decideRole(room: { remote: boolean, configured: unknown, held: string | null }): RoomRole {
  // `--remote` with no password lets anyone control, in Slidev and here.
  if (!room.remote || typeof room.configured !== 'string' || room.configured === '')
    return 'speaker'
  return room.held === room.configured
    ? 'speaker'
    : 'audience'
}

/** The password this browser window holds (its location and its tab's storage); never throws. */
export function windowPassword(): string | null {
  if (typeof window === 'undefined')
    return null
  try {
    return heldPassword(window.location.search, window.sessionStorage)
  }
  catch {
    // Storage blocked (a private mode): the link's password still counts.
    return heldPassword(window.location.search, null)
  }
}

/**
 * The password this window holds: the link's `?password=`, else the one this tab saw before. A
 * password from the link is remembered for the tab.
 *
 * @example
 * heldPassword('?password=secret', sessionStorage) // 'secret' (and remembered)
 * heldPassword('', sessionStorage) // 'secret' (remembered from before)
 */
export function heldPassword(search: string, session: StorageLike | null): string | null {
  let fromLink: string | null = null
  try {
    fromLink = new URLSearchParams(search).get('password')
  }
  catch {}
  try {
    if (fromLink !== null) {
      session?.setItem(SPEAKER_PASSWORD_KEY, fromLink)
      return fromLink
    }
    return session?.getItem(SPEAKER_PASSWORD_KEY) ?? null
  }
  catch {
    return fromLink
  }
}
