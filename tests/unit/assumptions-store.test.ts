// The store: link > stored > defaults at start-up, every edit validated, stored and announced.
import type { StorageLike } from '../../packages/slidev-addon-training-cost/composables/assumptions-storage'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { PRESETS } from '../../packages/llm-training-cost/src/data/presets'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { applyPreset, initAssumptions, onAssumptionsChange, receiveAssumptions, resetAssumptions, resetAssumptionsStoreForTests, setAssumption, useAssumptions, useAssumptionsEditor } from '../../packages/slidev-addon-training-cost/composables/assumptions'
import { STORAGE_KEY } from '../../packages/slidev-addon-training-cost/composables/assumptions-storage'

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: key => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: key => void data.delete(key),
  }
}

let local: ReturnType<typeof memoryStorage>
let session: ReturnType<typeof memoryStorage>

beforeEach(() => {
  resetAssumptionsStoreForTests()
  local = memoryStorage()
  session = memoryStorage()
})

describe('the assumptions store', () => {
  it('starts at the talk\'s defaults', () => {
    initAssumptions({ search: '', storage: local, session })
    expect(useAssumptions().assumptions.value).toEqual(DEFAULT_ASSUMPTIONS)
  })

  it('applies a valid edit as a new object, stores it and tells listeners', () => {
    initAssumptions({ search: '', storage: local, session })
    const { assumptions } = useAssumptions()
    const before = assumptions.value
    const heard: string[] = []
    onAssumptionsChange((a, origin) => heard.push(`${origin}:${a.mfu}`))
    expect(setAssumption('mfu', '60')).toBeNull()
    expect(assumptions.value).not.toBe(before)
    expect(assumptions.value).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(heard).toEqual(['local:0.6'])
    expect(JSON.parse(local.data.get(STORAGE_KEY)!).values).toEqual({ mfu: 0.6 })
    expect(useAssumptionsEditor().revision.value).toBe(1)
  })

  it('refuses an invalid edit: the figures keep the last valid value, the typed text stays as a draft', () => {
    initAssumptions({ search: '', storage: local, session })
    setAssumption('mfu', '50')
    for (const bad of ['0', '-5', 'abc', '700', '1e999', '']) {
      const message = setAssumption('mfu', bad)
      expect(message).toMatch(/\(0, 1\]/)
      expect(useAssumptions().assumptions.value.mfu).toBe(0.5)
      expect(useAssumptionsEditor().drafts.value.mfu).toEqual({ text: bad, message })
    }
    // A valid value clears the draft.
    setAssumption('mfu', '40')
    expect(useAssumptionsEditor().drafts.value.mfu).toBeUndefined()
  })

  it('the read-only ref cannot be written', () => {
    initAssumptions({ search: '', storage: local, session })
    const { assumptions } = useAssumptions()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // @ts-expect-error: read-only by type, and by Vue at run time
    assumptions.value = { ...DEFAULT_ASSUMPTIONS, mfu: 0.1 }
    expect(assumptions.value.mfu).toBe(DEFAULT_ASSUMPTIONS.mfu)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('a reload keeps the edits', () => {
    initAssumptions({ search: '', storage: local, session })
    setAssumption('usdPerGpuHour', '2.5')
    setAssumption('gpu', 'h100-sxm')
    resetAssumptionsStoreForTests()
    initAssumptions({ search: '', storage: local, session })
    expect(useAssumptions().assumptions.value).toMatchObject({ usdPerGpuHour: 2.5, gpu: 'h100-sxm' })
  })

  it('precedence: a link beats stored values, stored values beat the defaults', () => {
    initAssumptions({ search: '', storage: local, session })
    setAssumption('usdPerGpuHour', '2.5')
    resetAssumptionsStoreForTests()
    initAssumptions({ search: '?mfu=0.6', storage: local, session })
    // The link is the whole scenario: defaults plus its parameters (the stored price does not leak in).
    expect(useAssumptions().assumptions.value).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
  })

  it('a link applies once per tab: reloading after an edit keeps the edit', () => {
    initAssumptions({ search: '?mfu=0.6', storage: local, session })
    setAssumption('mfu', '30')
    resetAssumptionsStoreForTests()
    initAssumptions({ search: '?mfu=0.6', storage: local, session })
    expect(useAssumptions().assumptions.value.mfu).toBe(0.3)
    // A new tab (fresh session storage) opening the link gets the link.
    resetAssumptionsStoreForTests()
    initAssumptions({
      search: '?mfu=0.6',
      storage: local,
      session: memoryStorage(),
    })
    expect(useAssumptions().assumptions.value.mfu).toBe(0.6)
  })

  it('bad link parameters and unreadable stored data become notices, never errors', () => {
    local.data.set(STORAGE_KEY, '{garbled')
    initAssumptions({ search: '?mfu=abc&gpu=tpu-v9&price=%E0%A4%A', storage: local, session })
    const notices = useAssumptionsEditor().notices.value.join('\n')
    expect(notices).toMatch(/could not be read/)
    expect(notices).toMatch(/mfu/)
    expect(notices).toMatch(/gpu/)
    expect(notices).toMatch(/price/)
    expect(useAssumptions().assumptions.value).toEqual(DEFAULT_ASSUMPTIONS)
  })

  it('values from another window are validated, applied, and not sent back', () => {
    initAssumptions({ search: '', storage: local, session })
    const heard: string[] = []
    onAssumptionsChange((_, origin) => heard.push(origin))
    expect(receiveAssumptions({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3, gpus: Number.NaN })).toBe(true)
    expect(useAssumptions().assumptions.value).toEqual({ ...DEFAULT_ASSUMPTIONS, mfu: 0.3 })
    expect(heard).toEqual(['remote'])
    expect(receiveAssumptions({ mfu: 'junk' })).toBe(false)
    expect(useAssumptions().assumptions.value.mfu).toBe(0.3)
  })

  it('reset and presets replace everything and clear drafts', () => {
    initAssumptions({ search: '', storage: local, session })
    setAssumption('mfu', 'abc')
    applyPreset(PRESETS.find(p => p.id === 'h100-2024')!)
    expect(useAssumptions().assumptions.value).toMatchObject({ gpu: 'h100-sxm', usdPerGpuHour: 3.49 })
    expect(useAssumptionsEditor().drafts.value).toEqual({})
    resetAssumptions()
    expect(useAssumptions().assumptions.value).toEqual(DEFAULT_ASSUMPTIONS)
    expect(useAssumptionsEditor().changed.value).toEqual([])
    expect(local.data.get(STORAGE_KEY)).toBeUndefined()
  })
})

describe('an export\'s scenario', () => {
  it('wins over the link and what was stored, and leaves the stored values alone', () => {
    local.data.set(STORAGE_KEY, JSON.stringify({
      version: 1,
      values: { mfu: 0.5 },
    }))
    initAssumptions({
      scenario: 'mfu=0.3&gpu=h100-sxm',
      search: '?mfu=0.6',
      storage: local,
      session,
    })
    expect(useAssumptions().assumptions.value).toMatchObject({ mfu: 0.3, gpu: 'h100-sxm', precision: 'bf16' })
    expect(JSON.parse(local.data.get(STORAGE_KEY)!).values).toEqual({ mfu: 0.5 })
  })

  it('is ignored when empty', () => {
    initAssumptions({
      scenario: '',
      search: '?mfu=0.6',
      storage: local,
      session,
    })
    expect(useAssumptions().assumptions.value.mfu).toBe(0.6)
  })
})
