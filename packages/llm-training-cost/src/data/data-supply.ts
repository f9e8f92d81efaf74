/**
 * How much text there is to train on: the largest published pre-training sets and the estimated stock
 * of public human-generated text. Values only; engine/scale-model/data-supply.ts compares a run against them.
 */
import type { ReferenceLabel, Source } from './source.ts'
import { byId } from './by-id.ts'
import { MODELS } from './models.ts'
import { REFERENCES } from './source.ts'

// The two runs that are also models of the deck: their token counts are the models' (one fact each).
const LLAMA_31 = byId(MODELS, 'llama-3.1-405b')
const DEEPSEEK_V3 = byId(MODELS, 'deepseek-v3')

export interface PublishedTrainingSet {
  id: string
  label: string
  tokens: number
  /** Text only, or text plus images/video tokens. */
  modality: 'text' | 'multimodal'
  referenceLabel: ReferenceLabel
  source: Source
}

/** Largest published pre-training token counts, largest text set first. */
export const PUBLISHED_TRAINING_SETS = [
  {
    id: 'qwen3',
    label: 'Qwen3',
    tokens: 36e12,
    modality: 'text',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.qwen3, where: 'Abstract: "approximately 36 trillion tokens, covering 119 languages and dialects"', checked: '2026-12-01' },
  },
  {
    id: 'llama-4-scout',
    label: 'Llama 4 Scout (text, image and video)',
    tokens: 40e12,
    modality: 'multimodal',
    referenceLabel: 'VERIFIED',
    source: { ...REFERENCES.llama4Card, where: 'Training data: Scout ~40T tokens of multimodal data (Maverick ~22T)', checked: '2026-12-01' },
  },
  {
    id: 'llama-3-405b',
    label: 'Llama 3 405B',
    tokens: LLAMA_31.tokens,
    modality: 'text',
    referenceLabel: 'VERIFIED',
    source: LLAMA_31.source,
  },
  {
    id: 'deepseek-v3',
    label: 'DeepSeek-V3',
    tokens: DEEPSEEK_V3.tokens,
    modality: 'text',
    referenceLabel: 'VERIFIED',
    source: DEEPSEEK_V3.source,
  },
] as const satisfies readonly PublishedTrainingSet[]

/** The largest published text-only pre-training set. */
export const LARGEST_TEXT_TRAINING_SET = PUBLISHED_TRAINING_SETS[0]

/** Villalobos et al.'s estimates of the stock of public human-generated text, in tokens. */
export const TEXT_STOCK = {
  /** Quality- and repetition-adjusted stock: what can usefully be trained on. */
  effectiveTokens: 4e14,
  commonCrawlTokens: 130e12,
  commonCrawlInterval: [100e12, 260e12],
  indexedWebTokens: 510e12,
  indexedWebInterval: [130e12, 2100e12],
  /** Median year the effective stock is fully used by the largest runs. */
  medianExhaustionYear: 2028,
  referenceLabel: 'VERIFIED',
  source: { ...REFERENCES.villalobos2024, where: 'Table 1 (Common Crawl 130T [100T, 260T]; indexed web 510T [130T, 2100T]); Fig. 1 and Fig. 5 captions (effective stock "around 4e14 tokens"); §2.5 ("median exhaustion year is 2028")', checked: '2026-12-01' },
} as const
