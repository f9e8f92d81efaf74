import { defineAppSetup } from '@slidev/types'
import { installVisibilityGate } from '../composables/assumptions-visibility'

// Before any slide mounts: an assumption edit redraws the slide on screen, not every hidden one.
export default defineAppSetup(() => {
  installVisibilityGate()
})
