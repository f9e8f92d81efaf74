/**
 * Facts for the appendix "Since the talk" (October 2023 → 2026): GPU rental prices dated 2024–2026,
 * third-party estimates of what frontier runs cost (with their method), Epoch AI's frontier cost trend,
 * when the runs since the talk were published, and which accelerators the hardware slide compares.
 *
 * Several prices are SECONDARY: vendor pages and posts as third parties quote them. Each cites the public
 * document behind it and says in its `where` whether it was re-read here in a stored copy of that page
 * or output (`rechecked: true`) or stands as quoted (`rechecked: false`).
 */
import type { AcceleratorId } from './accelerators.ts'
import type { ModelId } from './models.ts'
import type { IsoDate, Reference, Source } from './source.ts'
import { byId } from './by-id.ts'
import { REFERENCES } from './source.ts'

/**
 * What a price commits the buyer to: `on-demand` (by the hour, no commitment, an index of such
 * prices included), `reserved` (capacity booked ahead for a fixed period: AWS Capacity Blocks),
 * `contract` (a negotiated term, one year and more).
 */
export type PriceTerm = 'on-demand' | 'reserved' | 'contract'

/** A rental price of one GPU-hour observed on a day (or month) since the talk. */
export interface DatedGpuPrice {
  /** Stable name of the offer (vendor, chip, term, date observed): what code picks it by (`byId`). */
  id: string
  acceleratorId: AcceleratorId
  vendor: string
  /** Offer as listed: instance type or plan, with the instance price where it was divided. */
  offer: string
  observed: IsoDate
  term: PriceTerm
  usdPerGpuHour: number
  /** Re-read here in a stored copy of the vendor's page or output; false: as a third party quoted it. */
  rechecked: boolean
  source: Source
}

/** Documents only this appendix cites. */
const SINCE = {
  awsCapacityBlocks: {
    title: 'AWS, Amazon EC2 Capacity Blocks for ML pricing page (copy on a mirror domain; "current prices are scheduled to be updated on January 1, 2025")',
    url: 'https://aws.amazon.com/ec2/capacityblocks/pricing/',
  },
  dstackP5en: {
    title: 'dstackai/dstack, PR #4110 "Add AWS p5en.48xlarge (8:H200 + Sapphire Rapids)" (`dstack offer` output from AWS), 2026-08-06',
    url: 'https://github.com/dstackai/dstack/pull/4110',
    published: '2026-08-06',
  },
  datareceiptsHyperscalers: {
    title: 'datareceipts/data-receipts, 109-gpu-pricing/hyperscalers.json (AWS and Azure list prices, "retrieved": "2026-11-09")',
    url: 'https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/hyperscalers.json',
    published: '2026-11-09',
  },
  semiAnalysisNeocloudPost: {
    title: 'SemiAnalysis, post on neocloud H100 rental prices, October 2024 ("after a 30% cut in two months"); the post itself not found, quoted by a summary',
    url: 'https://semianalysis.com/',
  },
  besthubH100: {
    title: 'besthub.dev, "Where Did the NVIDIA H100 Go? Memory and Packaging Bottlenecks Explained" (2026), quoting SemiAnalysis\' H100 one-year lease prices',
    url: 'https://www.besthub.dev/articles/where-did-the-nvidia-h100-go-memory-and-packaging-bottlenecks-explained-462d4cc34db5',
  },
  lyceumB200: {
    title: 'Niroomand, "NVIDIA B200 GPU Cloud Pricing 2026: True Costs & Architecture", Lyceum Technologies magazine, 2026-03-11',
    url: 'https://lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026/',
    published: '2026-03-11',
  },
  packetAiPricing: {
    title: 'packet.ai, "GPU Pricing Models Compared 2026: On-Demand vs Reserved vs Spot" (the vendor\'s own blog)',
    url: 'https://packet.ai/blog/gpu-pricing-models-compared',
  },
  bandiSu2026: {
    title: 'Bandi & Su (arXiv 2607.12156 v3), Table 1: Silicon Data H100 rental indices (Bloomberg SDH100RT), neocloud and hyperscaler',
    url: 'https://arxiv.org/abs/2607.12156',
  },
  coreweavePricing: {
    title: 'CoreWeave, GPU cloud pricing page (HGX H100, 8 GPUs)',
    url: 'https://www.coreweave.com/pricing',
  },
  lambdaPricing: {
    title: 'Lambda, GPU cloud pricing page (H100 SXM, 8× instance)',
    url: 'https://lambda.ai/pricing',
  },
  nextPlatformP5: {
    title: 'The Next Platform, "H100 GPU Instance Pricing On AWS: Grin And Bear It", 2023-07-27',
    url: 'https://www.nextplatform.com/2023/07/27/h100-gpu-instance-pricing-on-aws-grin-and-bear-it/',
    published: '2023-07-27',
  },
  usageAiP5Cut: {
    title: 'usage.ai, "LLM Cost Optimization on AWS: Cut GPU Costs in 2026" (updated 2026-06-30)',
    url: 'https://www.usage.ai/blogs/aws/ai-ml-cost/llm-cost-optimization-aws/',
    published: '2026-06-30',
  },
  aiIndex2024: {
    title: 'AI Index 2024, Stanford HAI "AI Index Report 2024", chapter 1 (training cost estimates made with Epoch AI), as quoted by the press',
    url: 'https://aiindex.stanford.edu/report/',
    published: '2024-04',
  },
  cottier2024: {
    title: 'Cottier et al., "The rising costs of training frontier AI models" (arXiv 2405.21015; Epoch AI)',
    url: 'https://arxiv.org/abs/2405.21015',
    published: '2024-05',
  },
} as const satisfies Record<string, Reference>

/** A price as a third party quoted it: the document is named, but no stored copy of it was read. */
const QUOTED = (reference: Reference, where: string): Source => ({ ...reference, where: `${where}. SECONDARY, not re-checked here (no stored copy of the page; as a third party quoted it)`, checked: '2026-12-01' })

/**
 * GPU-hour prices in force since the talk, per GPU (instance price ÷ GPUs), oldest first: AWS's P5
 * launch price (observed July 2023, in force until June 2025), then 2024 to 2026. The talk's own
 * prices (to January 2024) stay in data/prices.ts.
 */
export const PRICES_SINCE_2024 = [
  {
    id: 'aws-h100-sxm-on-demand-2023-07',
    acceleratorId: 'h100-sxm',
    vendor: 'AWS',
    offer: 'p5.48xlarge on demand ($98.32/h ÷ 8), US East: the launch price, in force until the June 2025 cut',
    // The article is of July 2023: that is when this price was observed, not 2024.
    observed: '2023-07',
    term: 'on-demand',
    usdPerGpuHour: 12.29,
    rechecked: true,
    source: { ...SINCE.nextPlatformP5, where: 'P5 table: p5.48xlarge $98.32 per hour on demand, as of the article (27 July 2023). Re-read in a stored copy of the article (a third party quoting AWS); the same $98.32 is quoted in later write-ups until AWS\'s June 2025 cut; AWS\'s own page not read', checked: '2026-12-01' },
  },
  {
    id: 'neoclouds-h100-sxm-on-demand-2024-10',
    acceleratorId: 'h100-sxm',
    vendor: 'Neoclouds',
    offer: 'H100 SXM on demand, "after a 30% cut in two months"',
    observed: '2024-10',
    term: 'on-demand',
    usdPerGpuHour: 2.99,
    rechecked: false,
    source: QUOTED(SINCE.semiAnalysisNeocloudPost, 'Neocloud H100 SXM on demand $2.99, October 2024'),
  },
  {
    id: 'aws-a100-40gb-reserved-2024-12',
    acceleratorId: 'a100-40gb',
    vendor: 'AWS',
    offer: 'p4d.24xlarge Capacity Block ($14.75/h ÷ 8), US East/West',
    observed: '2024-12',
    term: 'reserved',
    usdPerGpuHour: 1.844,
    rechecked: true,
    source: { ...SINCE.awsCapacityBlocks, where: 'Reservation rates table: p4d.24xlarge $14.75 per instance-hour, "Effective Accelerator Hourly Rate" $1.844. Re-read in the stored copy of the page', checked: '2026-12-01' },
  },
  {
    id: 'aws-h100-sxm-reserved-2024-12',
    acceleratorId: 'h100-sxm',
    vendor: 'AWS',
    offer: 'p5.48xlarge Capacity Block ($39.33/h ÷ 8), US East',
    observed: '2024-12',
    term: 'reserved',
    usdPerGpuHour: 4.916,
    rechecked: true,
    source: { ...SINCE.awsCapacityBlocks, where: 'Reservation rates table: p5.48xlarge (8 × H100) $39.33 per instance-hour, $4.916 per accelerator-hour, US East (N. Virginia and Ohio). Re-read in the stored copy of the page', checked: '2026-12-01' },
  },
  {
    id: 'aws-h200-reserved-2024-12',
    acceleratorId: 'h200',
    vendor: 'AWS',
    offer: 'p5e.48xlarge Capacity Block ($43.26/h ÷ 8), US East (Ohio)',
    observed: '2024-12',
    term: 'reserved',
    usdPerGpuHour: 5.408,
    rechecked: true,
    source: { ...SINCE.awsCapacityBlocks, where: 'Reservation rates table: 8 × H200, $43.26 per instance-hour, $5.408 per accelerator-hour, US East (Ohio). Re-read in the stored copy of the page', checked: '2026-12-01' },
  },
  {
    id: 'h100-sxm-contract-2025-10',
    acceleratorId: 'h100-sxm',
    vendor: 'Contract',
    offer: 'H100, 1-year contract, low of the market',
    observed: '2025-10',
    term: 'contract',
    usdPerGpuHour: 1.70,
    rechecked: false,
    source: { ...SINCE.besthubH100, where: '"H100 SXM5 one-year lease prices rose from a low of $1.70 per GPU-hour in Oct 2025 to $2.35 per GPU-hour in Mar 2026" (SemiAnalysis\' figures, "The Great GPU Shortage", as this article quotes them). Re-read in a stored copy of the article; SemiAnalysis\' own post not read (SECONDARY)', checked: '2026-12-07' },
  },
  {
    id: 'lyceum-b200-on-demand-2026-03-low',
    acceleratorId: 'b200',
    vendor: 'Lyceum',
    offer: 'B200 on demand, low end of $4.50–6.00 at specialised clouds',
    observed: '2026-03',
    term: 'on-demand',
    usdPerGpuHour: 4.50,
    rechecked: true,
    source: { ...SINCE.lyceumB200, where: '"Market Averages and Volatility": "Standard on-demand pricing averages between $4.50 and $6.00 per hour on specialized clouds" (spot from $2.25). Re-read in a stored copy of the article', checked: '2026-12-07' },
  },
  {
    id: 'lyceum-b200-on-demand-2026-03-high',
    acceleratorId: 'b200',
    vendor: 'Lyceum',
    offer: 'B200 on demand, high end of $4.50–6.00 at specialised clouds',
    observed: '2026-03',
    term: 'on-demand',
    usdPerGpuHour: 6.00,
    rechecked: true,
    source: { ...SINCE.lyceumB200, where: '"Market Averages and Volatility": "Standard on-demand pricing averages between $4.50 and $6.00 per hour on specialized clouds". Re-read in a stored copy of the article', checked: '2026-12-07' },
  },
  {
    id: 'h100-sxm-contract-2026-03',
    acceleratorId: 'h100-sxm',
    vendor: 'Contract',
    offer: 'H100, 1-year contract',
    observed: '2026-03',
    term: 'contract',
    usdPerGpuHour: 2.35,
    rechecked: false,
    source: { ...SINCE.besthubH100, where: '"… to $2.35 per GPU-hour in Mar 2026" (SemiAnalysis\' H100 one-year lease price, as this article quotes it). Re-read in a stored copy of the article; SemiAnalysis\' own post not read (SECONDARY)', checked: '2026-12-07' },
  },
  {
    id: 'silicon-data-h100-sxm-neocloud-index-2026-04-18',
    acceleratorId: 'h100-sxm',
    vendor: 'Silicon Data',
    offer: 'H100 rental index, neoclouds (Bloomberg SDH100RT)',
    observed: '2026-04-18',
    term: 'on-demand',
    usdPerGpuHour: 2.50,
    rechecked: false,
    source: QUOTED(SINCE.bandiSu2026, 'Table 1, 2026-04-18: Silicon Data H100 rental index, neocloud $2.50'),
  },
  {
    id: 'silicon-data-h100-sxm-hyperscaler-index-2026-04-18',
    acceleratorId: 'h100-sxm',
    vendor: 'Silicon Data',
    offer: 'H100 rental index, hyperscalers',
    observed: '2026-04-18',
    term: 'on-demand',
    usdPerGpuHour: 7.43,
    rechecked: false,
    source: QUOTED(SINCE.bandiSu2026, 'Table 1, 2026-04-18: Silicon Data H100 rental index, hyperscaler $7.43'),
  },
  {
    id: 'packet-ai-b200-on-demand-2026-06',
    acceleratorId: 'b200',
    vendor: 'packet.ai',
    offer: 'B200 on demand (the vendor\'s own claim)',
    observed: '2026-06',
    term: 'on-demand',
    usdPerGpuHour: 3.75,
    rechecked: true,
    source: { ...SINCE.packetAiPricing, where: 'Key takeaways: "$3.75/hr (B200 SXM)" on demand, "the lowest confirmed on-demand rate tracked across 26 providers as of June 2026" (the vendor\'s own claim). Re-read in a stored copy of the page', checked: '2026-12-07' },
  },
  {
    id: 'aws-h200-on-demand-2026-08-06',
    acceleratorId: 'h200',
    vendor: 'AWS',
    offer: 'p5en.48xlarge on demand ($63.296/h ÷ 8), US East',
    observed: '2026-08-06',
    term: 'on-demand',
    usdPerGpuHour: 7.912,
    rechecked: true,
    source: { ...SINCE.dstackP5en, where: 'dstack offer output: `dstack offer -b aws --instance-type p5en.48xlarge` gives $63.296 per instance-hour on demand in us-east-1 and us-east-2 (spot $26.57–27.20). Re-read in the stored copy of the pull request', checked: '2026-12-01' },
  },
  {
    id: 'aws-h100-sxm-on-demand-2026-09-25',
    acceleratorId: 'h100-sxm',
    vendor: 'AWS',
    offer: 'p5.48xlarge on demand ($55.04/h ÷ 8), us-east-1, after the June 2025 cut',
    observed: '2026-09-25',
    term: 'on-demand',
    usdPerGpuHour: 6.88,
    rechecked: true,
    source: { ...SINCE.datareceiptsHyperscalers, where: 'p5.48xlarge row: 8 × H100 SXM, usd_per_hour 55.04, usd_per_gpu_hour 6.88, us-east-1 (AWS price list dated 2026-09-25 in §3e). Re-checked against this second copy; AWS\'s own price list not read. AWS cut P5 on demand "by up to 45%" in June 2025 (usage.ai, SECONDARY)', checked: '2026-12-01' },
  },
  {
    id: 'coreweave-h100-sxm-on-demand-2026-09-29',
    acceleratorId: 'h100-sxm',
    vendor: 'CoreWeave',
    offer: 'HGX H100 on demand ($49.24/h ÷ 8)',
    observed: '2026-09-29',
    term: 'on-demand',
    usdPerGpuHour: 6.16,
    rechecked: false,
    source: QUOTED(SINCE.coreweavePricing, 'HGX H100 (8 GPU) on demand $49.24/h, 2026-09-29'),
  },
  {
    id: 'lambda-h100-sxm-on-demand-2026-09-29',
    acceleratorId: 'h100-sxm',
    vendor: 'Lambda',
    offer: 'H100 SXM (8× instance) on demand',
    observed: '2026-09-29',
    term: 'on-demand',
    usdPerGpuHour: 3.99,
    rechecked: false,
    source: QUOTED(SINCE.lambdaPricing, 'H100 SXM (8× instance) on demand $3.99, 2026-09-29'),
  },
  {
    id: 'aws-a100-80gb-on-demand-2026-11-09',
    acceleratorId: 'a100-80gb',
    vendor: 'AWS',
    offer: 'p4de.24xlarge on demand ($27.45/h ÷ 8), us-east-1',
    observed: '2026-11-09',
    term: 'on-demand',
    usdPerGpuHour: 3.4309,
    rechecked: true,
    source: { ...SINCE.datareceiptsHyperscalers, where: 'p4de.24xlarge row: 8 × A100 SXM 80GB, usd_per_hour 27.44705, usd_per_gpu_hour 3.4309, us-east-1. Re-read in the stored copy of this file, a third party\'s copy of AWS\'s price list retrieved 2026-11-09; AWS\'s own list not read', checked: '2026-12-01' },
  },
] as const satisfies readonly DatedGpuPrice[]

/** How a third party estimated a run's cost. */
export type CostMethod = 'cloud-rental' | 'amortized-hardware-energy'

/** A third party's estimate of what a frontier run cost: an estimate, with its method, never a published figure. */
export interface CostEstimate {
  id: string
  /** The run estimated. */
  name: string
  /** When the model was announced, for the trend chart. */
  published: IsoDate
  usd: number
  method: CostMethod
  /** Who estimated it. */
  estimatedBy: string
  source: Source
}

const AI_INDEX = (where: string): Source => ({ ...SINCE.aiIndex2024, where: `${where}. SECONDARY: press quotes of the report (OODA Loop / ZDNet, Visual Capitalist, PureAI quoting HAI); the report itself not read`, checked: '2026-12-01' })

/** Estimates of frontier training costs by third parties, oldest run first. */
export const COST_ESTIMATES = [
  {
    id: 'ai-index-gpt-3',
    name: 'GPT-3',
    published: '2020-05',
    usd: 4.3e6,
    method: 'cloud-rental',
    estimatedBy: 'AI Index 2024 (with Epoch AI)',
    source: AI_INDEX('Training cost estimates, inflation-adjusted: GPT-3 $4.3M'),
  },
  {
    id: 'ai-index-palm',
    name: 'PaLM 540B',
    published: '2022-04',
    usd: 12.4e6,
    method: 'cloud-rental',
    estimatedBy: 'AI Index 2024 (with Epoch AI)',
    source: AI_INDEX('Training cost estimates, inflation-adjusted: PaLM 540B $12.4M'),
  },
  {
    id: 'ai-index-gpt-4',
    name: 'GPT-4',
    published: '2023-03',
    usd: 78.4e6,
    method: 'cloud-rental',
    estimatedBy: 'AI Index 2024 (with Epoch AI)',
    source: AI_INDEX('GPT-4 "an estimated $78 million worth of compute"; inflation-adjusted $78.4M'),
  },
  {
    id: 'ai-index-llama-2-70b',
    name: 'Llama 2 70B',
    published: '2023-07',
    usd: 3.9e6,
    method: 'cloud-rental',
    estimatedBy: 'AI Index 2024 (with Epoch AI)',
    source: AI_INDEX('Training cost estimates, inflation-adjusted: Llama 2 70B $3.9M'),
  },
  {
    id: 'ai-index-gemini-ultra',
    name: 'Gemini Ultra',
    published: '2023-12',
    usd: 191.4e6,
    method: 'cloud-rental',
    estimatedBy: 'AI Index 2024 (with Epoch AI)',
    source: AI_INDEX('Gemini Ultra "$191 million"; inflation-adjusted $191.4M'),
  },
  {
    id: 'cottier-gpt-4',
    name: 'GPT-4',
    published: '2023-03',
    usd: 40e6,
    method: 'amortized-hardware-energy',
    estimatedBy: 'Cottier et al. (Epoch AI)',
    source: { ...SINCE.cottier2024, where: 'Amortized hardware plus energy of the final run: GPT-4 ~$40M. SECONDARY: a summary citing v2; the figure not read in the paper', checked: '2026-12-01' },
  },
  {
    id: 'cottier-gemini-ultra',
    name: 'Gemini Ultra',
    published: '2023-12',
    usd: 30e6,
    method: 'amortized-hardware-energy',
    estimatedBy: 'Cottier et al. (Epoch AI)',
    source: { ...SINCE.cottier2024, where: 'Amortized hardware plus energy of the final run: Gemini Ultra ~$30M. SECONDARY: a summary citing v2; the figure not read in the paper', checked: '2026-12-01' },
  },
] as const satisfies readonly CostEstimate[]

/** A growth trend of frontier training costs, with where its level comes from. */
export interface CostTrend {
  /** Multiplier per year. */
  growthPerYear: number
  /** The interval the source gives, and at what confidence. */
  interval: readonly [number, number]
  intervalConfidence: number
  /** The trend's level: a cost the source places on it in a year. */
  anchorYear: number
  anchorUsd: number
  /** The years the fit covers: its line is pinned best near their middle, so the interval pivots there. */
  fitFromYear: number
  fitToYear: number
  method: CostMethod
  /**
   * How many times the amortized cost the cloud-rental method gives for the same runs: a cost priced
   * at rental rates is divided by it before it is placed on the amortized trend.
   */
  rentalOverAmortized: { value: number, source: Source }
  source: Source
}

/**
 * Epoch AI's trend of the amortized hardware-plus-energy cost of the most compute-intensive runs:
 * 2.4× a year since 2016, 95% CI 2.0–3.1× (v1 and the Epoch blog, VERIFIED; after the January 2025
 * update the abstract gives a 90% CI of 2.0–2.9×, SECONDARY). Its level: "the largest training runs
 * will cost more than a billion dollars by 2027" (the start of 2027 taken as the year). The
 * cloud-rental method gives 2.6× a year, with estimates "around twice as high on average".
 */
export const FRONTIER_COST_TREND = {
  growthPerYear: 2.4,
  interval: [2.0, 3.1],
  intervalConfidence: 0.95,
  anchorYear: 2027,
  anchorUsd: 1e9,
  fitFromYear: 2016,
  // v1 (May 2024) fits runs up to its frontier models of 2023–early 2024.
  fitToYear: 2024,
  method: 'amortized-hardware-energy',
  rentalOverAmortized: {
    value: 2,
    source: { ...SINCE.cottier2024, where: 'Cloud-rental cost method: its estimates are "around twice as high on average" as the amortized hardware-plus-energy ones (with a 2.6× a year trend)', checked: '2026-12-01' },
  },
  source: { ...SINCE.cottier2024, where: 'Abstract (v1) and the Epoch AI blog (Cottier, Rahman, Fattorini, Maslej, Besiroglu, Owen): amortized cost "has grown precipitously at a rate of 2.4x per year since 2016 (95% CI: 2.0x to 3.1x)"; "the largest training runs will cost more than a billion dollars by 2027". The updated abstract\'s "90% CI: 2.0x to 2.9x" read only in copies (SECONDARY)', checked: '2026-12-01' },
} as const satisfies CostTrend

/** When each run since the talk was published (month of its report or model card). */
export const RUN_DATES = [
  {
    id: 'llama-2-70b',
    published: '2023-07',
    source: { ...REFERENCES.llama2ModelCard, where: '"Model Dates": "Llama 2 was trained between January 2023 and July 2023"; released July 2023', checked: '2026-12-01' },
  },
  {
    id: 'llama-3.1-405b',
    published: '2024-07',
    source: { ...REFERENCES.llama3, where: 'arXiv 2407.21783 v1, July 2024', checked: '2026-12-01' },
  },
  {
    id: 'deepseek-v3',
    published: '2024-12',
    source: { ...REFERENCES.deepseekV3, where: 'arXiv 2412.19437 v1, December 2024', checked: '2026-12-01' },
  },
] as const satisfies readonly { id: ModelId, published: IsoDate, source: Source }[]

/**
 * The dense model DeepSeek-V3 is held against: DeepSeek's own comparison puts its base model beside
 * LLaMA-3.1 405B Base, ahead on most benchmarks: at least the same quality.
 */
export const DENSE_PEER_OF_DEEPSEEK_V3 = {
  moe: 'deepseek-v3',
  dense: 'llama-3.1-405b',
  /** The GPU and price the dense model is costed on: the one it trained on. */
  denseAcceleratorId: 'h100-sxm',
  source: { ...REFERENCES.deepseekV3, where: 'Section 4.4 and Table 3: DeepSeek-V3-Base "surpasses LLaMA-3.1 405B Base in the majority of benchmarks", LLaMA-3.1 405B being the largest open-source model "with 11 times the activated parameters". Read in a copy of the text (SECONDARY)', checked: '2026-12-01' },
} as const satisfies { moe: ModelId, dense: ModelId, denseAcceleratorId: AcceleratorId, source: Source }

/** The hardware slide's accelerators: the talk's A100 and each NVIDIA training part since. */
export const HARDWARE_SINCE_A100_IDS = [
  'a100-80gb',
  'h100-sxm',
  'h200',
  'b200',
  'gb200',
] as const satisfies readonly AcceleratorId[]

/** DeepSeek's own price convention for its run, reused by the DeepSeek-V3 preset. */
export const DEEPSEEK_USD_PER_H800_HOUR = 2

/**
 * The offers the appendix's 2026 wall is priced at: both chips on the same term, on demand, each at the
 * low end of the quotes of spring 2026 (H100: the neocloud rental index of April; B200: the specialised
 * clouds' low end of March), so the two rows differ by the chip and not by the contract. The H100's
 * one-year contract of March 2026 is kept beside them: what a long commitment changes, said in the notes.
 */
export const WALL_2026_OFFERS = {
  h100: byId(PRICES_SINCE_2024, 'silicon-data-h100-sxm-neocloud-index-2026-04-18'),
  b200: byId(PRICES_SINCE_2024, 'lyceum-b200-on-demand-2026-03-low'),
  h100Contract: byId(PRICES_SINCE_2024, 'h100-sxm-contract-2026-03'),
}
