/**
 * Every source the data cites, for the references slide: walk the data modules and keep each `Source`
 * once per document.
 */
import type { Source } from '../data/source'

/** One cited document and the places in it the data points to. */
export interface CitedDocument {
  title: string
  url: string
  wheres: string[]
}

function isSource(value: object): value is Source {
  const v = value as Record<string, unknown>
  return typeof v.title === 'string' && typeof v.url === 'string' && typeof v.where === 'string' && typeof v.checked === 'string'
}

/**
 * Every `Source` reachable from `roots` (objects, arrays, module namespaces), one entry per URL with the
 * distinct `where`s in first-seen order, sorted by title.
 *
 * @example
 * collectSources([{ a: { title: 'T', url: 'u', where: 'Table 1', checked: '2026-11-26' } }])
 * // [{ title: 'T', url: 'u', wheres: ['Table 1'] }]
 */
export function collectSources(roots: readonly unknown[]): CitedDocument[] {
  const byUrl = new Map<string, CitedDocument>()
  const seen = new WeakSet<object>()
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value))
      return
    seen.add(value)
    if (isSource(value)) {
      const doc = byUrl.get(value.url) ?? { title: value.title, url: value.url, wheres: [] }
      if (!doc.wheres.includes(value.where))
        doc.wheres.push(value.where)
      byUrl.set(value.url, doc)
      return
    }
    for (const child of Object.values(value))
      visit(child)
  }
  roots.forEach(visit)
  return [
    ...byUrl.values(),
  ].sort((a, b) => a.title.localeCompare(b.title))
}
