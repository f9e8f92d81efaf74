import { defineAppSetup } from '@slidev/types'
import { installVisibilityGate } from '../composables/assumptions-visibility'
import { LAYER_ON } from '../composables/deck-config'
import { installSpeakerFetch } from '../composables/speaker-fetch'

// Before any slide mounts: an assumption edit redraws the slide on screen, not every hidden one.
// Before Slidev's first write of the slide position: the speaker's window sends its password with it.
// Only with the layer (nothing edits the assumptions without it): a deck that does not opt in is untouched.
export default defineAppSetup(() => {
  if (!LAYER_ON)
    return
  installVisibilityGate()
  installSpeakerFetch()
})
