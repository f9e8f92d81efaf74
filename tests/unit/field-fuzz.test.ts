// The browser fuzz's edits (tests/browser/field-fuzz.ts) say which must be accepted; here, without a
// browser, every claim is held to the engine for thousands of edits, so a wrong claim fails in
// milliseconds instead of in the built deck, and a field added to the schema is covered at once.
import { describe, expect, it } from 'vitest'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS, describeRange, fieldSpec } from '../../packages/llm-training-cost/src/engine'
import { applyEdit } from '../../packages/slidev-addon-training-cost/composables/assumptions-edit'
import { seeded } from '../browser/deck-helpers'
import { controlOf, editOf, fuzzEdits, JUNK_VALUES, junkTextFor } from '../browser/field-fuzz'

describe('the browser fuzz\'s edits, from the schema', () => {
  it('cover every field of the store, each with a valid and a bad value first', () => {
    const edits = fuzzEdits(seeded(1), 2 * ASSUMPTION_KEYS.length)
    expect(edits.map(e => e.key)).toEqual(ASSUMPTION_KEYS.flatMap(key => [key, key]))
    for (const key of ASSUMPTION_KEYS) {
      const kinds = edits.filter(e => e.key === key).map(e => e.via === 'type'
        ? e.valid
        : 'pick')
      expect(kinds, key).toEqual(controlOf(key) === 'pick'
        ? ['pick', 'pick']
        : [true, false])
    }
  })

  it('are taken by the engine exactly when they claim to be valid, with a message naming the field and its range otherwise', () => {
    const random = seeded(20231023)
    let valid = 0
    let bad = 0
    for (let i = 0; i < 5000; i++) {
      const key = ASSUMPTION_KEYS[i % ASSUMPTION_KEYS.length]!
      const edit = editOf(key, random)
      if (edit.via !== 'type')
        continue
      const result = applyEdit(DEFAULT_ASSUMPTIONS, key, edit.text)
      expect(result.ok, `${key} ← ${JSON.stringify(edit.text)}`).toBe(edit.valid)
      if (!result.ok) {
        expect(result.message).toContain(`${fieldSpec(key).label}: `)
        expect(result.message).toContain(describeRange(key))
        bad++
      }
      else {
        valid++
      }
    }
    // Both sides are exercised, for every numeric field.
    expect(valid).toBeGreaterThan(1000)
    expect(bad).toBeGreaterThan(1000)
  })

  it('junk is refused by every field, whatever its kind', () => {
    for (const key of ASSUMPTION_KEYS) {
      for (const raw of JUNK_VALUES)
        expect(applyEdit(DEFAULT_ASSUMPTIONS, key, raw).ok, `${key} ← ${String(raw)}`).toBe(false)
      if (controlOf(key) === 'type') {
        for (const text of junkTextFor(key))
          expect(applyEdit(DEFAULT_ASSUMPTIONS, key, text).ok, `${key} ← ${JSON.stringify(text)}`).toBe(false)
      }
    }
  })

  it('a blank box is valid for a field the engine derives (the batch: the law\'s), and only for those', () => {
    for (const key of ASSUMPTION_KEYS.filter(k => controlOf(k) === 'type')) {
      const derived = fieldSpec(key).absent === 'derived'
      const result = applyEdit(DEFAULT_ASSUMPTIONS, key, '')
      expect(result.ok, key).toBe(derived)
      expect(junkTextFor(key).includes(''), key).toBe(!derived)
    }
  })
})
