import { defineAppSetup } from '@slidev/types'
import { installVisibilityGate } from '../composables/assumptions-visibility'
import { installSpeakerFetch } from '../composables/speaker-fetch'

// Before any slide mounts: an assumption edit redraws the slide on screen, not every hidden one.
// Before Slidev's first write of the slide position: the speaker's window sends its password with it.
export default defineAppSetup(() => {
  installVisibilityGate()
  installSpeakerFetch()
})
