import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { toggleAssumptionsPanel, toggleJoin } from '../composables/assumptions-panel'
import { LAYER_ON } from '../composables/deck-config'

/**
 * P opens and closes the assumptions panel. Slidev's own keys are space, arrows, page up/down, d, o,
 * `, g, f, enter and escape; drawing mode takes l, a, s, r, e, c and digits: P is none of them.
 * Slidev already ignores shortcuts while an input has focus. J shows the "Join" QR code: also free.
 */
export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => !LAYER_ON
  ? base
  : [
      ...base,
      {
        name: 'toggle_assumptions',
        key: 'p',
        fn: () => {
          // A focused select is not "inputting" to Slidev; P there is a letter, not a shortcut.
          if (document.activeElement?.tagName === 'SELECT')
            return
          toggleAssumptionsPanel()
        },
      },
      {
        name: 'toggle_join',
        key: 'j',
        fn: () => {
          if (document.activeElement?.tagName === 'SELECT')
            return
          toggleJoin()
        },
      },
    ])
