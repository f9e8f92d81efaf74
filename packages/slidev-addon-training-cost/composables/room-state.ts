/**
 * The room as this window sees it: its role, whether it shows the speaker's scenario, and the
 * server's network addresses. The sync (assumptions-sync.ts) fills it in; the panel and the "Join"
 * code read it. Kept apart from the sync so the panel loads without the dev server's modules.
 */
import type { Ref } from 'vue'
import type { RoomRole } from './room-role'
import { readonly, ref } from 'vue'

const role = ref<RoomRole>('speaker')
const following = ref(true)
const networkUrls = ref<string[]>([])
let rejoin: (() => void) | null = null

export interface Room {
  role: Readonly<Ref<RoomRole>>
  /** False once an audience window edits for itself, until "Follow the speaker". */
  following: Readonly<Ref<boolean>>
  /** Where a phone on the same network reaches the server; empty when it listens on localhost. */
  networkUrls: Readonly<Ref<readonly string[]>>
}

export function useRoom(): Room {
  return {
    role: readonly(role),
    following: readonly(following),
    networkUrls: readonly(networkUrls),
  }
}

/** Called by the sync once it knows the room. */
export function setRoom(values: { role: RoomRole, networkUrls: readonly string[], rejoin: () => void }): void {
  role.value = values.role
  networkUrls.value = [...values.networkUrls]
  rejoin = values.rejoin
}

/** The sync says whether this window shows the speaker's scenario. */
export function setFollowing(value: boolean): void {
  following.value = value
}

/** Drop this window's own scenario and show the speaker's again. */
export function followSpeaker(): void {
  rejoin?.()
}
