/**
 * What the deck's headmatter asks of the addon, as the page sees it:
 *
 * ```yaml
 * addons:
 *   - slidev-addon-training-cost
 * trainingCost:
 *   layer: true          # the assumptions button, drawer, join code and live sync (default: off)
 *   namespace: my-talk   # keeps this deck's stored scenario apart (default: the title, as a slug)
 * ```
 *
 * The addon's Vite plugin (setup/vite-plugins.ts) reads the headmatter once and compiles both in as
 * constants, so a deck that leaves the layer off never loads its code. Plain Node (the unit tests)
 * has no such constants and reads the defaults below.
 */
import { deckSettings, sharedScenarioKey, speakerPasswordKey } from '../server/deck-settings'

declare const __TRAINING_COST_LAYER__: boolean
declare const __TRAINING_COST_NAMESPACE__: string

const settings = typeof __TRAINING_COST_NAMESPACE__ === 'string'
  ? { layer: __TRAINING_COST_LAYER__, namespace: __TRAINING_COST_NAMESPACE__ }
  : deckSettings({})

/** Whether the deck opted into the global layer (`trainingCost: { layer: true }`). */
export const LAYER_ON: boolean = settings.layer

/** The deck's namespace: a prefix for every key this deck keeps in a browser or on its server. */
export const DECK_NAMESPACE: string = settings.namespace

/**
 * A key of this deck: `namespace:name` in a browser's storage.
 *
 * @example
 * deckKey('assumptions') // 'training-cost:assumptions' (the talk: 'scaling-deck:assumptions')
 */
export function deckKey(name: string): string {
  return `${DECK_NAMESPACE}:${name}`
}

/** The server's key of the shared scenario: the sync's `server-ref` module and its write endpoint. */
export const SHARED_SCENARIO_KEY: string = sharedScenarioKey(DECK_NAMESPACE)

/** Where a speaker's password is kept for this tab, so moving between slides keeps the role. */
export const SPEAKER_PASSWORD_KEY: string = speakerPasswordKey(DECK_NAMESPACE)
