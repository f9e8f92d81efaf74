import { describe, expect, it } from 'vitest'
import { maxBy, minBy } from '../../packages/llm-training-cost/src/engine/util/extremes'

describe('minBy and maxBy', () => {
  const offers = [
    { id: 'a', usd: 3 },
    { id: 'b', usd: 1 },
    { id: 'c', usd: 1 },
    { id: 'd', usd: 3 },
  ]

  it('pick the smallest and the largest by a key, the first of equals', () => {
    expect(minBy(offers, o => o.usd)?.id).toBe('b')
    expect(maxBy(offers, o => o.usd)?.id).toBe('a')
  })

  it('give undefined for no items', () => {
    expect(minBy([], (o: number) => o)).toBeUndefined()
    expect(maxBy([], (o: number) => o)).toBeUndefined()
  })
})
