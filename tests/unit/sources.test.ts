// The references slide lists every document the data cites, once.
import { describe, expect, it } from 'vitest'
import * as accelerators from '../../packages/llm-training-cost/src/data/accelerators'
import * as models from '../../packages/llm-training-cost/src/data/models'
import { collectSources } from '../../packages/llm-training-cost/src/engine'

describe('collectSources', () => {
  it('keeps one entry per URL with each distinct place cited', () => {
    const s = (url: string, where: string) => ({
      title: `T ${url}`,
      url,
      where,
      checked: '2026-11-26',
    })
    const docs = collectSources([
      {
        a: s('u1', 'Table 1'),
        b: [
          s('u1', 'Table 2'),
          s('u1', 'Table 1'),
        ],
      },
      s('u2', 'p. 3'),
    ])
    expect(docs).toEqual([
      {
        title: 'T u1',
        url: 'u1',
        wheres: ['Table 1', 'Table 2'],
      },
      {
        title: 'T u2',
        url: 'u2',
        wheres: ['p. 3'],
      },
    ])
  })

  it('finds the papers behind the models and the datasheets behind the accelerators', () => {
    const urls = collectSources([models, accelerators]).map(d => d.url)
    expect(urls).toContain('https://arxiv.org/abs/2203.15556')
    expect(urls).toContain('https://arxiv.org/abs/2204.02311')
    expect(urls).toContainEqual(expect.stringContaining('nvidia'))
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('ignores values that are not sources and survives shared references', () => {
    const shared = {
      title: 'x',
      url: 'y',
      where: 'z',
      checked: 'w',
    }
    expect(collectSources([
      1,
      'a',
      null,
      { n: 3 },
      [shared, shared],
    ])).toHaveLength(1)
  })
})
