/**
 * Which panel shows the controls: the Assumptions slide's own while it is on screen, otherwise the
 * drawer any slide can open. Only one set of inputs exists at a time, so labels stay unique.
 */
import { ref } from 'vue'

const slidePanels = ref(0)

export function useSlidePanelShown() {
  return slidePanels
}

/** The Assumptions slide calls this while its panel is on screen; the returned function undoes it. */
export function claimSlidePanel(): () => void {
  slidePanels.value++
  let released = false
  return () => {
    if (!released) {
      released = true
      slidePanels.value--
    }
  }
}
