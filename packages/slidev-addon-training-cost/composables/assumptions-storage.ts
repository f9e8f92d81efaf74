/**
 * Persistence in localStorage (or any Storage): a reload keeps the edited assumptions. Stored data is
 * never trusted: it is parsed and validated again, and what no longer passes is dropped with a
 * notice. Plain TypeScript, unit-tested with an in-memory Storage.
 */
import type { AssumptionKey, Assumptions } from 'llm-training-cost'
import { ASSUMPTION_SCHEMA_VERSION, DEFAULT_ASSUMPTIONS, fieldSpec } from 'llm-training-cost'
import { changedFromDefaults, validatePartial } from './assumptions-edit'
import { deckKey } from './deck-config'

/** This deck's stored scenario (namespaced: two decks in one browser keep their own). */
export const STORAGE_KEY = deckKey('assumptions')
const VERSION = ASSUMPTION_SCHEMA_VERSION

/** What a Storage must offer; `localStorage` does, and so does a Map-backed test double. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export interface LoadedStorage {
  /** Null when nothing usable was stored. */
  value: Assumptions | null
  /** Why stored data (or part of it) was dropped; empty when all was fine. */
  notices: string[]
}

/**
 * Only the values that differ from the defaults are stored, so a later change of a default (a new
 * source) is not masked by an old copy of it.
 */
export function saveAssumptions(storage: StorageLike, a: Assumptions, defaults: Assumptions = DEFAULT_ASSUMPTIONS): void {
  const changed = changedFromDefaults(a, defaults)
  try {
    if (changed.length === 0) {
      storage.removeItem(STORAGE_KEY)
      return
    }
    const values = Object.fromEntries(changed.map(key => [key, a[key]]))
    // The GPU's precision is kept with it: a precision alone is read against the default GPU.
    if (changed.includes('gpu'))
      values.precision = a.precision
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, values }))
  }
  catch {
    // Storage full or blocked (private mode): edits still apply, they just do not survive a reload.
  }
}

function drop(storage: StorageLike): void {
  try {
    storage.removeItem(STORAGE_KEY)
  }
  catch {}
}

/** Read stored assumptions; never throws. */
export function loadAssumptions(storage: StorageLike, defaults: Assumptions = DEFAULT_ASSUMPTIONS): LoadedStorage {
  let text: string | null
  try {
    text = storage.getItem(STORAGE_KEY)
  }
  catch {
    return { value: null, notices: [] }
  }
  if (text === null)
    return { value: null, notices: [] }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  }
  catch {
    drop(storage)
    return {
      value: null,
      notices: ['Saved assumptions could not be read and were dropped; the defaults apply.'],
    }
  }
  const values = typeof parsed === 'object' && parsed !== null && (parsed as { version?: unknown }).version === VERSION
    ? (parsed as { values?: unknown }).values
    : undefined
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    drop(storage)
    return {
      value: null,
      notices: ['Saved assumptions were in an unknown format and were dropped; the defaults apply.'],
    }
  }
  const checked = validatePartial(defaults, values as Partial<Record<AssumptionKey, unknown>>)
  const notices = checked.rejected.map(({ key, message }) => `Saved ${fieldSpec(key).label} dropped: ${message}.`)
  if (checked.rejected.length > 0)
    saveAssumptions(storage, checked.value, defaults)
  return {
    value: checked.kept.length > 0
      ? checked.value
      : null,
    notices,
  }
}
