/**
 * The headmatter's `trainingCost` setting, read the same way by the addon's Vite plugin (in Node) and
 * by the page (composables/deck-config.ts). No import: jiti loads this in Slidev's process.
 */
export interface DeckSettings {
  /** The global layer: the assumptions button, drawer, join code, shortcuts P and J, the live sync. */
  layer: boolean
  /** A prefix for storage keys, the broadcast channel and the server's shared-state key. */
  namespace: string
}

/** Used when the deck has no title either. */
export const DEFAULT_NAMESPACE = 'training-cost'

const NAMESPACE = /^[a-z0-9][a-z0-9-]{0,63}$/

/**
 * The title as a namespace: lower case, runs of anything else than a-z and 0-9 made one dash.
 *
 * @example
 * namespaceOf('Challenges for scaling DL models with GPUs') // 'challenges-for-scaling-dl-models-with-gpus'
 */
export function namespaceOf(title: string): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/, '')
  return slug === ''
    ? DEFAULT_NAMESPACE
    : slug
}

/**
 * The settings from Slidev's resolved config (the headmatter's keys, kept as given). Throws with one
 * line naming the field when the setting is malformed: the deck does not start on a typo.
 *
 * @example
 * deckSettings({ title: 'My talk', trainingCost: { layer: true } }) // { layer: true, namespace: 'my-talk' }
 * deckSettings({}) // { layer: false, namespace: 'training-cost' }
 */
export function deckSettings(config: { title?: unknown, trainingCost?: unknown }): DeckSettings {
  const given = config.trainingCost ?? {}
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    throw new TypeError('[slidev-addon-training-cost] headmatter trainingCost: expected an object such as { layer: true }')
  const { layer = false, namespace } = given as { layer?: unknown, namespace?: unknown }
  if (typeof layer !== 'boolean')
    throw new TypeError(`[slidev-addon-training-cost] headmatter trainingCost.layer: expected true or false; got ${JSON.stringify(layer)}`)
  if (namespace !== undefined && (typeof namespace !== 'string' || !NAMESPACE.test(namespace)))
    throw new TypeError(`[slidev-addon-training-cost] headmatter trainingCost.namespace: expected lower-case letters, digits and dashes; got ${JSON.stringify(namespace)}`)
  return {
    layer,
    namespace: namespace ?? (typeof config.title === 'string'
      ? namespaceOf(config.title)
      : DEFAULT_NAMESPACE),
  }
}

/**
 * The server's key of the deck's shared scenario (`server-ref:KEY`, posted to `/@server-ref/KEY`).
 *
 * @example
 * sharedScenarioKey('scaling-deck') // 'scaling-deck-assumptions'
 */
export function sharedScenarioKey(namespace: string): string {
  return `${namespace}-assumptions`
}

/** Where a speaker's window keeps its password for the tab (sessionStorage). */
export function speakerPasswordKey(namespace: string): string {
  return `${namespace}:speaker-password`
}
