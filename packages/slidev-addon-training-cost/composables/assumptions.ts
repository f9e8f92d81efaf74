/**
 * The assumptions every live figure is computed under. One store for the whole deck: components read
 * it, and only validated values ever reach it (the engine's `validateAssumptions` is the gate).
 *
 * Where the values come from when a window opens (first match wins):
 *   0. an export's scenario (`npm run export -- --mfu 0.3`, handed over as VITE_DECK_SCENARIO);
 *   1. a link's query string (`?mfu=0.6&price=2.5`, the command line's option names), once per tab;
 *   2. the live session: what the other windows already show (dev server, or a window that sends it);
 *   3. what this browser stored (localStorage) the last time;
 *   4. the talk's defaults (data/assumptions.ts).
 * After that every edit is validated, stored, and sent to the other windows (see assumptions-sync.ts).
 */
import type { AssumptionKey, Assumptions } from 'llm-training-cost'
import type { Ref } from 'vue'
import type { StorageLike } from './assumptions-storage'
import { ASSUMPTION_KEYS, DEFAULT_ASSUMPTIONS } from 'llm-training-cost'
import { computed, getCurrentInstance, readonly, ref, shallowRef } from 'vue'
import { applyEdit, changedFromDefaults, sameAssumptions, validatePartial } from './assumptions-edit'
import { loadAssumptions, saveAssumptions } from './assumptions-storage'
import { parseAssumptionsQuery } from './assumptions-url'
import { deckKey } from './deck-config'
import { getVisibilityGate } from './visibility-gate'

/** Who made a change: this window's user, another window, or the start-up. */
export type ChangeOrigin = 'local' | 'remote' | 'load'

/** What the user typed in one control, kept while it is invalid so nothing typed is lost. */
export interface Draft {
  text: string
  message: string
}

const current = shallowRef<Assumptions>({ ...DEFAULT_ASSUMPTIONS })
const drafts = ref<Partial<Record<AssumptionKey, Draft>>>({})
const notices = ref<string[]>([])
/** Changes since the window opened (local and remote); charts stop animating once it is above 0. */
const revision = ref(0)
const listeners = new Set<(a: Assumptions, origin: ChangeOrigin) => void>()
/** Where the start-up values came from; the sync uses it to decide who wins. */
let loadedFrom: 'link' | 'stored' | 'defaults' | null = null
let storage: StorageLike | null = null

const LINK_APPLIED_KEY = deckKey('link-applied')

function browserStorage(kind: 'localStorage' | 'sessionStorage'): StorageLike | null {
  try {
    return typeof window === 'undefined'
      ? null
      : window[kind]
  }
  catch {
    return null
  }
}

function addNotice(text: string): void {
  notices.value = [...notices.value, text]
}

function commit(value: Assumptions, origin: ChangeOrigin): void {
  if (sameAssumptions(value, current.value))
    return
  const changed = ASSUMPTION_KEYS.filter(key => value[key] !== current.value[key])
  current.value = { ...value }
  if (origin !== 'load')
    revision.value++
  // A value that changed from elsewhere replaces an invalid draft of the same field.
  if (changed.some(key => drafts.value[key])) {
    const next = { ...drafts.value }
    for (const key of changed)
      delete next[key]
    drafts.value = next
  }
  if (storage && origin !== 'load')
    saveAssumptions(storage, current.value)
  for (const listener of listeners)
    listener(current.value, origin)
}

/**
 * Read the link and the stored values, once per window. Runs by itself on the first `useAssumptions()`
 * in a browser; `initAssumptions({ search, storage })` lets tests start from a given state.
 */
export function initAssumptions(options: { search?: string, scenario?: string, storage?: StorageLike | null, session?: StorageLike | null } = {}): void {
  storage = options.storage !== undefined
    ? options.storage
    : browserStorage('localStorage')
  const session = options.session !== undefined
    ? options.session
    : browserStorage('sessionStorage')
  const search = options.search ?? (typeof window === 'undefined'
    ? ''
    : window.location.search)
  const stored = storage
    ? loadAssumptions(storage)
    : { value: null, notices: [] }
  for (const notice of stored.notices)
    addNotice(notice)

  // An export fixes its scenario for every page it prints: above links, storage and the live session.
  const scenario = options.scenario ?? import.meta.env.VITE_DECK_SCENARIO ?? ''
  if (scenario !== '') {
    const fixed = parseAssumptionsQuery(scenario)
    if (fixed.ignored.length > 0)
      addNotice(`Export scenario parameters ignored: ${fixed.ignored.map(i => `${i.param} (${i.message})`).join('; ')}.`)
    loadedFrom = 'link'
    commit(fixed.value, 'load')
    return
  }

  const link = parseAssumptionsQuery(search)
  if (link.ignored.length > 0)
    addNotice(`Link parameters ignored: ${link.ignored.map(i => `${i.param} (${i.message})`).join('; ')}.`)
  // A link applies once per tab: reloading after editing keeps the edits rather than the link.
  let linkSeen = false
  try {
    linkSeen = session?.getItem(LINK_APPLIED_KEY) === search
    if (link.applies)
      session?.setItem(LINK_APPLIED_KEY, search)
  }
  catch {}

  if (link.applies && !linkSeen) {
    loadedFrom = 'link'
    commit(link.value, 'load')
    if (storage)
      saveAssumptions(storage, link.value)
  }
  else if (stored.value) {
    loadedFrom = 'stored'
    commit(stored.value, 'load')
  }
  else {
    loadedFrom = 'defaults'
  }
}

function ensureLoaded(): void {
  if (loadedFrom === null && typeof window !== 'undefined')
    initAssumptions()
}

/**
 * The current assumptions, read-only: a new object on every change, so computed figures follow.
 * In a component on a hidden slide (when Slidev's gate is installed) the value follows once the
 * slide is on screen again.
 */
export function useAssumptions(): { assumptions: Readonly<Ref<Assumptions>> } {
  ensureLoaded()
  const visibilityGate = getVisibilityGate()
  const onScreen = visibilityGate && getCurrentInstance()
    ? visibilityGate()
    : null
  if (!onScreen) {
    return {
      assumptions: readonly(current) as Readonly<Ref<Assumptions>>,
    }
  }
  let shown = current.value
  return {
    assumptions: computed(() => {
      if (onScreen.value)
        shown = current.value
      return shown
    }),
  }
}

/**
 * Edit one assumption from what a control holds (text or value). Returns null when it applied, or
 * the validation message (naming the allowed range) when it did not: then the figures keep the last
 * valid value and the typed text is kept as a draft.
 *
 * @example
 * setAssumption('mfu', '60') // null; MFU is now 0.6
 * setAssumption('mfu', '700') // 'MFU: mfu must be a number in (0, 1]; got 7 (typed "700")'
 */
export function setAssumption(key: AssumptionKey, raw: unknown): string | null {
  ensureLoaded()
  const result = applyEdit(current.value, key, raw)
  if (!result.ok) {
    drafts.value = {
      ...drafts.value,
      [key]: {
        text: typeof raw === 'string'
          ? raw
          : String(raw),
        message: result.message,
      },
    }
    return result.message
  }
  if (drafts.value[key]) {
    const next = { ...drafts.value }
    delete next[key]
    drafts.value = next
  }
  commit(result.value, 'local')
  return null
}

/** Back to the talk's defaults, everywhere. */
export function resetAssumptions(): void {
  ensureLoaded()
  drafts.value = {}
  commit({ ...DEFAULT_ASSUMPTIONS }, 'local')
}

/**
 * Apply a named scenario (one of data/presets.ts): what it sets, over the defaults. The caller passes
 * the preset so the store does not load every preset and the published figures behind them at start-up.
 */
export function applyPreset(preset: { readonly assumptions: Partial<Record<AssumptionKey, unknown>> }): void {
  ensureLoaded()
  drafts.value = {}
  commit(validatePartial(DEFAULT_ASSUMPTIONS, preset.assumptions).value, 'local')
}

/**
 * Values from another window: validated like any input, applied without being sent back.
 * Returns false when nothing in them was usable.
 */
export function receiveAssumptions(raw: Partial<Record<AssumptionKey, unknown>>): boolean {
  ensureLoaded()
  const checked = validatePartial(DEFAULT_ASSUMPTIONS, raw)
  if (checked.kept.length === 0)
    return false
  commit(checked.value, 'remote')
  return true
}

/** Called after every change with its origin; returns the function that stops listening. */
export function onAssumptionsChange(listener: (a: Assumptions, origin: ChangeOrigin) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Where the values of this window came from at start-up. */
export function assumptionsLoadedFrom(): 'link' | 'stored' | 'defaults' {
  ensureLoaded()
  return loadedFrom ?? 'defaults'
}

export function dismissNotice(index: number): void {
  notices.value = notices.value.filter((_, i) => i !== index)
}

/** Everything the panel shows besides the values: drafts, differences, notices. */
export function useAssumptionsEditor() {
  ensureLoaded()
  return {
    assumptions: readonly(current),
    drafts: readonly(drafts),
    notices: readonly(notices),
    changed: computed(() => changedFromDefaults(current.value)),
    revision: readonly(revision),
  }
}

/** For tests: back to a fresh window (no link, no storage read yet). */
export function resetAssumptionsStoreForTests(): void {
  current.value = { ...DEFAULT_ASSUMPTIONS }
  drafts.value = {}
  notices.value = []
  revision.value = 0
  listeners.clear()
  loadedFrom = null
  storage = null
}
