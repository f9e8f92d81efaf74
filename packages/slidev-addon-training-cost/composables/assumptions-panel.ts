/**
 * Whether this window's assumptions panel is open. Local to the window (the presenter opening it does
 * not open it on the projector); the values themselves are shared.
 */
import { ref } from 'vue'

const open = ref(false)

export function usePanelOpen() {
  return open
}

export function toggleAssumptionsPanel(): void {
  open.value = !open.value
}

const joinOpen = ref(false)

/** Whether the "Join" code (a QR code of the audience link, for the projector) is shown. */
export function useJoinOpen() {
  return joinOpen
}

export function toggleJoin(): void {
  joinOpen.value = !joinOpen.value
}
