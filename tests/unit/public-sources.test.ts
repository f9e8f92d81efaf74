// Every fact cites a public document a reader can open: never one of the notes the team keeps outside the
// repository (../shared/reference/...), never a path. Checked on every source object data/ exports and on
// the text of data/, pages/ and components/ (a note or a slide could name the file too).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** Names of the team's own notes, and any path that leaves the repository. */
const PRIVATE = /shared\/reference|\.\.\/shared|scale-and-since\.md|figures\.md|\.\.\/\.\.\//

const modules = import.meta.glob<Record<string, unknown>>('../../packages/llm-training-cost/src/data/*.ts', { eager: true })

interface Cited { title: string, url: string, where?: string }

function citations(value: unknown, seen = new WeakSet<object>()): Cited[] {
  if (value === null || typeof value !== 'object' || seen.has(value))
    return []
  seen.add(value)
  const here = 'title' in value && 'url' in value && typeof value.title === 'string' && typeof value.url === 'string'
    ? [value as Cited]
    : []
  return [
    ...here,
    ...Object.values(value).flatMap(v => citations(v, seen)),
  ]
}

const all = Object.values(modules).flatMap(m => citations(m))

function filesIn(folder: string, ext: string): [string, string][] {
  const dir = new URL(`../../${folder}/`, import.meta.url)
  return readdirSync(dir).filter(f => f.endsWith(ext)).map(f => [
    `${folder}/${f}`,
    readFileSync(new URL(f, dir), 'utf8'),
  ])
}

describe('public sources only', () => {
  it('finds the data\'s citations', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it('every citation is a public address, and no title, address or place names our notes', () => {
    for (const c of all) {
      expect(c.url, c.title).toMatch(/^https:\/\//)
      for (const text of [c.title, c.url, c.where ?? ''])
        expect(text, c.title).not.toMatch(PRIVATE)
    }
  })

  it.each([
    ...filesIn('packages/llm-training-cost/src/data', '.ts'),
    ...filesIn('pages', '.md'),
    ...filesIn('packages/slidev-addon-training-cost/components', '.vue'),
  ])('%s names none of our notes', (_file, text) => {
    expect(text).not.toMatch(PRIVATE)
  })
})
