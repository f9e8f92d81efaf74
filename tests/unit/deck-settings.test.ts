// The addon's headmatter setting (`trainingCost`): opt-in layer, per-deck namespace, one-line errors.
import { describe, expect, it } from 'vitest'
import { deckKey, LAYER_ON } from '../../packages/slidev-addon-training-cost/composables/deck-config'
import { deckSettings, namespaceOf, sharedScenarioKey, speakerPasswordKey } from '../../packages/slidev-addon-training-cost/server/deck-settings'

describe('trainingCost in the headmatter', () => {
  it('leaves the layer off unless the deck asks for it', () => {
    expect(deckSettings({ title: 'A talk' })).toEqual({ layer: false, namespace: 'a-talk' })
    expect(deckSettings({
      title: 'A talk',
      trainingCost: { layer: true },
    }).layer).toBe(true)
    // Plain Node (no Vite define): the defaults.
    expect(LAYER_ON).toBe(false)
    expect(deckKey('assumptions')).toBe('training-cost:assumptions')
  })

  it('namespaces keys by the given namespace, else by the title', () => {
    expect(deckSettings({
      title: 'Talk',
      trainingCost: { namespace: 'scaling-deck' },
    }).namespace).toBe('scaling-deck')
    expect(namespaceOf('Challenges for scaling DL models with GPUs')).toBe('challenges-for-scaling-dl-models-with-gpus')
    expect(namespaceOf('Ünïcode — talk!')).toBe('unicode-talk')
    expect(namespaceOf('***')).toBe('training-cost')
    expect(deckSettings({}).namespace).toBe('training-cost')
    expect(sharedScenarioKey('scaling-deck')).toBe('scaling-deck-assumptions')
    expect(speakerPasswordKey('scaling-deck')).toBe('scaling-deck:speaker-password')
  })

  it('refuses a malformed setting in one line naming the field', () => {
    expect(() => deckSettings({ trainingCost: 'yes' })).toThrow(/^\[slidev-addon-training-cost\] headmatter trainingCost: expected an object/)
    expect(() => deckSettings({
      trainingCost: { layer: 'yes' },
    })).toThrow(/trainingCost\.layer: expected true or false; got "yes"$/)
    expect(() => deckSettings({
      trainingCost: { namespace: 'My Deck' },
    })).toThrow(/trainingCost\.namespace: expected lower-case/)
  })
})
