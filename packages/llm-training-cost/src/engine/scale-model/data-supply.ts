/**
 * Tokens a run needs against the text there is: the largest published training sets and Villalobos
 * et al.'s stock of public human-generated text.
 */
import { LARGEST_TEXT_TRAINING_SET, TEXT_STOCK } from '../../data/data-supply.ts'

export interface DataSupply {
  tokens: number
  largestPublishedLabel: string
  largestPublishedTokens: number
  /** tokens ÷ the largest published text training set. */
  timesLargestPublished: number
  /** The effective (quality- and repetition-adjusted) stock of public text, ~4e14 tokens. */
  effectiveStockTokens: number
  /** tokens ÷ the effective stock. */
  shareOfEffectiveStock: number
  /** tokens ÷ Common Crawl's estimated 130T. */
  shareOfCommonCrawl: number
  /** tokens ÷ the indexed web's estimated 510T. */
  shareOfIndexedWeb: number
}

/**
 * How a run's tokens compare with the text supply.
 *
 * @example
 * dataSupply(20e12) // 1T params × 20 tokens: 0.56 × Qwen3's 36T, 5% of the ~4e14 effective stock
 */
export function dataSupply(tokens: number): DataSupply {
  return {
    tokens,
    largestPublishedLabel: LARGEST_TEXT_TRAINING_SET.label,
    largestPublishedTokens: LARGEST_TEXT_TRAINING_SET.tokens,
    timesLargestPublished: tokens / LARGEST_TEXT_TRAINING_SET.tokens,
    effectiveStockTokens: TEXT_STOCK.effectiveTokens,
    shareOfEffectiveStock: tokens / TEXT_STOCK.effectiveTokens,
    shareOfCommonCrawl: tokens / TEXT_STOCK.commonCrawlTokens,
    shareOfIndexedWeb: tokens / TEXT_STOCK.indexedWebTokens,
  }
}
