/**
 * Every source the data cites, for the references slide: walk the data modules and keep each `Source`
 * once per document.
 */
import type { Source } from '../../data/source.ts'
import { DATA_MODULES } from '../../data/modules.ts'

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

/**
 * Sources with repeats (same title and place) dropped, in first-seen order: a footnote cites each once.
 *
 * @example
 * uniqueSources([a, b, a]) // [a, b]
 */
export function uniqueSources<S extends Pick<Source, 'title' | 'where'>>(sources: readonly S[]): S[] {
  const seen = new Set<string>()
  return sources.filter((s) => {
    const key = `${s.title}|${s.where}`
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

/** Longest "where" a compact citation shows; the rest is in its tooltip. */
const SHORT_WHERE_CHARS = 40

/**
 * A source in a few words: who (the title before its first comma: "Hoffmann et al.",
 * "mosaicml/examples") and the first clause of where ("Table 3"), cut at a word if still long.
 *
 * @example
 * shortCitation({ title: 'Chowdhery et al., "PaLM"', where: 'Table 3: MFU of large runs', ... }) // { who: 'Chowdhery et al.', where: 'Table 3' }
 */
export function shortCitation(source: Pick<Source, 'title' | 'where'>): { who: string, where: string } {
  const [who = source.title] = source.title.split(',')
  const [clause = source.where] = source.where.split(/[;:(]/)
  const where = clause.trim()
  return {
    who,
    where: where.length <= SHORT_WHERE_CHARS
      ? where
      : `${where.slice(0, SHORT_WHERE_CHARS).replace(/\s+\S*$/, '')}…`,
  }
}

/** One cited document on a slide's compact footnote: who, where (or how many places), and its link. */
export interface CompactCitation {
  who: string
  /** Empty when the footnote names who only. */
  where: string
  url: string
  /** The full title and every place cited, for the link's tooltip. */
  full: string
}

/**
 * Most documents a footnote names with their place. Two lines at the footnote's size hold about five
 * "who, where" entries, or a dozen names: past five, a footnote names who only.
 */
const MAX_DOCUMENTS_WITH_PLACES = 5

/**
 * A slide's sources as one entry per document, in first-cited order: the footnote names each document
 * once ("Epoch AI, 7 places"), and only its author past five documents (`where` empty), so it holds to
 * two lines; the link's tooltip, the references slides and the handout carry every place in full.
 *
 * @example
 * compactCitations([palmTable3, palmSection4]) // [{ who: 'Chowdhery et al.', where: '2 places', … }]
 */
export function compactCitations(sources: readonly Source[]): CompactCitation[] {
  const byTitle = new Map<string, Source[]>()
  for (const source of uniqueSources(sources)) {
    byTitle.set(source.title, [
      ...byTitle.get(source.title) ?? [],
      source,
    ])
  }
  const documents = [
    ...byTitle.values(),
  ]
  const withPlaces = documents.length <= MAX_DOCUMENTS_WITH_PLACES
  return documents.map((cited) => {
    const first = cited[0]!
    const { who, where } = shortCitation(first)
    return {
      who,
      where: !withPlaces
        ? ''
        : cited.length === 1
          ? where
          : `${cited.length} places`,
      url: first.url,
      full: `${first.title}: ${cited.map(s => s.where).join('; ')}`,
    }
  })
}

/**
 * Every document the dataset cites, once each, sorted by title: the references slide.
 *
 * @example
 * referenceDocuments().some(d => d.url === 'https://arxiv.org/abs/2203.15556') // true (Chinchilla)
 */
export function referenceDocuments(): CitedDocument[] {
  return collectSources(Object.values(DATA_MODULES))
}
