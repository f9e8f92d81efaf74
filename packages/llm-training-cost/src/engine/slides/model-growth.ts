/**
 * Dates as numbers, for charts without a date adapter: a publication month becomes a decimal year;
 * and the "models grow" timeline built on them.
 */
import type { Source } from '../../data/source.ts'
import { EARLIER_MODELS, MODEL_DATES } from '../../data/model-dates.ts'
import { getModel } from '../facts/lookup.ts'
import { maxBy } from '../util/extremes.ts'

/**
 * Decimal year of the middle of a month given as YYYY-MM (or YYYY-MM-DD; the day is ignored).
 * Throws on anything else, so a typo in data/ fails a test rather than plotting at year 0.
 *
 * @example
 * decimalYear('2020-05') // 2020.375: the middle of May 2020
 */
export function decimalYear(yearMonth: string): number {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(yearMonth)
  if (!match)
    throw new RangeError(`not a YYYY-MM date: ${JSON.stringify(yearMonth)}`)
  const month = Number(match[2])
  if (month < 1 || month > 12)
    throw new RangeError(`month out of range: ${JSON.stringify(yearMonth)}`)
  return Number(match[1]) + (month - 0.5) / 12
}

/**
 * Years between two publication months.
 *
 * @example
 * yearsBetween('2018-10', '2022-04') // 3.5: BERT-Large to PaLM
 */
export function yearsBetween(from: string, to: string): number {
  return decimalYear(to) - decimalYear(from)
}

/**
 * Growth factor per year between two sizes over a time span: (to/from)^(1/years).
 *
 * @example
 * annualGrowthFactor(340e6, 540e9, 3.5) // 8.2: BERT-Large to PaLM, ×8 a year
 */
export function annualGrowthFactor(fromSize: number, toSize: number, years: number): number {
  return (toSize / fromSize) ** (1 / years)
}

/** A model on the "models grow" timeline. */
export interface TimelineModel {
  id: string
  /** Its short name: the chart captions every point. */
  name: string
  params: number
  /** Publication month, YYYY-MM, and the same as a decimal year for the axis. */
  published: string
  year: number
  /** One of the talk's models (Chinchilla Table 1 and PaLM), not an earlier Transformer. */
  inTalk: boolean
  source: Source
}

/**
 * The earlier Transformers, then the talk's models at their publication month (sizes from
 * data/models.ts).
 *
 * @example
 * timelineModels().find(m => m.id === 'gpt-3') // { name: 'GPT-3', params: 1.75e11, year: 2020.375, inTalk: true, ... }
 */
function timelineModels(): TimelineModel[] {
  return [
    ...EARLIER_MODELS.map(m => ({
      id: m.id,
      name: m.name,
      params: m.params,
      published: m.published,
      year: decimalYear(m.published),
      inTalk: false,
      source: m.source,
    })),
    ...MODEL_DATES.map((d) => {
      const model = getModel(d.id)
      return {
        id: d.id,
        name: model.shortName,
        params: model.params,
        published: d.published,
        year: decimalYear(d.published),
        inTalk: true,
        source: d.source,
      }
    }),
  ]
}

export interface ModelGrowth {
  first: TimelineModel
  largest: TimelineModel
  years: number
  /** Largest ÷ first, in parameters. */
  factor: number
  factorPerYear: number
}

/**
 * How fast models grew: from the first (earliest) model to the largest, overall and per year; null
 * for an empty list.
 *
 * @example
 * modelGrowth(timelineModels()) // { first: Transformer (big), largest: PaLM, years: 4.83, factor: 2.6e3, factorPerYear: 5.1 }
 */
export function modelGrowth(models: readonly TimelineModel[]): ModelGrowth | null {
  const byYear = [...models].sort((a, b) => a.year - b.year)
  const earliest = byYear[0]
  const largest = maxBy(byYear, m => m.params)
  if (!earliest || !largest)
    return null
  const years = yearsBetween(earliest.published, largest.published)
  return {
    first: earliest,
    largest,
    years,
    factor: largest.params / earliest.params,
    factorPerYear: annualGrowthFactor(earliest.params, largest.params, years),
  }
}

export interface ModelTimeline {
  models: TimelineModel[]
  growth: ModelGrowth | null
  /** Whole years around every point, for the axis. */
  yearRange: { min: number, max: number }
  /** Where each date and each size comes from, each document once. */
  sources: Source[]
}

/**
 * The "models grow" figure: every model by publication date and size, and the growth between the
 * first and the largest.
 *
 * @example
 * modelTimeline().yearRange // { min: 2017, max: 2023 }
 */
export function modelTimeline(): ModelTimeline {
  const models = timelineModels()
  const years = models.map(m => m.year)
  return {
    models,
    growth: modelGrowth(models),
    yearRange: {
      min: Math.floor(Math.min(...years)),
      max: Math.ceil(Math.max(...years)),
    },
    sources: [
      ...models.map(m => m.source),
      ...new Set(MODEL_DATES.map(d => getModel(d.id).source)),
    ],
  }
}
