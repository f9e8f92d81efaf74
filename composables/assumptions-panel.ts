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
