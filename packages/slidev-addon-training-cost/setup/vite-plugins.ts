/**
 * The addon's Vite plugins, from the deck's headmatter (Slidev calls this with its resolved options,
 * for the dev server, the build and the export alike):
 *
 * - always: the deck's settings compiled in (composables/deck-config.ts), and the shared scenario's
 *   module, `virtual:training-cost/shared-assumptions`, resolved to the deck's own `server-ref` key;
 * - with `trainingCost: { layer: true }` only: the room guard (server/room-guard.ts), which keeps the
 *   `--remote` password off the wire and lets only the speaker's window change what the room sees.
 *
 * jiti loads this file in Slidev's process: it imports nothing outside server/.
 */
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { deckSettings, sharedScenarioKey, speakerPasswordKey } from '../server/deck-settings'
import { roomGuard } from '../server/room-guard'

const SHARED_SCENARIO_ID = 'virtual:training-cost/shared-assumptions'

export default function trainingCostPlugins(options: ResolvedSlidevOptions): Plugin[] {
  const settings = deckSettings(options.data.config)
  const deck: Plugin = {
    name: 'training-cost:deck',
    config: () => ({
      define: {
        __TRAINING_COST_LAYER__: JSON.stringify(settings.layer),
        __TRAINING_COST_NAMESPACE__: JSON.stringify(settings.namespace),
      },
    }),
    resolveId: {
      filter: { id: /^virtual:training-cost\/shared-assumptions$/ },
      handler(id, importer) {
        return id === SHARED_SCENARIO_ID
          ? this.resolve(`server-ref:${sharedScenarioKey(settings.namespace)}`, importer, { skipSelf: true })
          : null
      },
    },
  }
  return settings.layer
    ? [
        deck,
        roomGuard({
          speakerPasswordKey: speakerPasswordKey(settings.namespace),
        }),
      ]
    : [deck]
}
