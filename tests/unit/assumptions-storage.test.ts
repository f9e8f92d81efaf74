// Persistence: a reload keeps the edits; stored data that no longer parses is dropped with a notice.
import type { StorageLike } from '../../packages/slidev-addon-training-cost/composables/assumptions-storage'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS } from '../../packages/llm-training-cost/src/engine'
import { loadAssumptions, saveAssumptions, STORAGE_KEY } from '../../packages/slidev-addon-training-cost/composables/assumptions-storage'

function memoryStorage(initial?: string): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  if (initial !== undefined)
    data.set(STORAGE_KEY, initial)
  return {
    data,
    getItem: key => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: key => void data.delete(key),
  }
}

describe('saveAssumptions / loadAssumptions', () => {
  it('round-trips an edited scenario', () => {
    const storage = memoryStorage()
    const edited = {
      ...DEFAULT_ASSUMPTIONS,
      gpu: 'h100-sxm' as const,
      mfu: 0.4,
      usdPerGpuHour: 2.5,
      gpus: 4096,
    }
    saveAssumptions(storage, edited)
    expect(loadAssumptions(storage)).toEqual({ value: edited, notices: [] })
  })

  it('stores only what differs from the defaults, and nothing for the defaults', () => {
    const storage = memoryStorage()
    saveAssumptions(storage, { ...DEFAULT_ASSUMPTIONS, mfu: 0.6 })
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toEqual({
      version: 1,
      values: { mfu: 0.6 },
    })
    saveAssumptions(storage, DEFAULT_ASSUMPTIONS)
    expect(storage.data.get(STORAGE_KEY)).toBeUndefined()
    expect(loadAssumptions(storage)).toEqual({ value: null, notices: [] })
  })

  it.each([
    ['not JSON', '{"version":1,"values":{"mfu":0.6'],
    ['another version', '{"version":99,"values":{"mfu":0.6}}'],
    ['an array', '[1,2,3]'],
    ['null', 'null'],
    ['a string', '"mfu=0.6"'],
    ['values not an object', '{"version":1,"values":"x"}'],
  ])('drops %s with a notice and removes it', (_, text) => {
    const storage = memoryStorage(text)
    const loaded = loadAssumptions(storage)
    expect(loaded.value).toBeNull()
    expect(loaded.notices).toHaveLength(1)
    expect(loaded.notices[0]).toMatch(/dropped/)
    expect(storage.data.get(STORAGE_KEY)).toBeUndefined()
  })

  it('drops only the values that no longer validate, naming them', () => {
    const storage = memoryStorage(JSON.stringify({
      version: 1,
      values: {
        mfu: 7,
        usdPerGpuHour: 2.5,
        gpu: 'tpu-v9',
        gpus: 'NaN',
      },
    }))
    const loaded = loadAssumptions(storage)
    expect(loaded.value).toEqual({ ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 2.5 })
    expect(loaded.notices.join(' ')).toMatch(/MFU.*dropped/)
    expect(loaded.notices.join(' ')).toMatch(/GPU dropped/)
    expect(loaded.notices.join(' ')).toMatch(/GPUs dropped/)
    // What is left is stored clean, so the notice does not come back on the next reload.
    expect(loadAssumptions(storage)).toEqual({
      value: { ...DEFAULT_ASSUMPTIONS, usdPerGpuHour: 2.5 },
      notices: [],
    })
  })

  it('survives a storage that throws', () => {
    const throwing: StorageLike = {
      getItem: () => { throw new Error('blocked') },
      setItem: () => { throw new Error('full') },
      removeItem: () => { throw new Error('blocked') },
    }
    expect(() => saveAssumptions(throwing, { ...DEFAULT_ASSUMPTIONS, mfu: 0.5 })).not.toThrow()
    expect(loadAssumptions(throwing)).toEqual({ value: null, notices: [] })
  })
})
