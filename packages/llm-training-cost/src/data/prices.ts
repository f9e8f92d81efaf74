import type { AcceleratorId, StatedAbsences } from './accelerators.ts'
import type { Source } from './source.ts'
import { REFERENCES } from './source.ts'

export interface GpuPrice {
  /** Stable name of the offer (vendor, chip, term, month observed): what code picks it by (`byId`). */
  id: string
  acceleratorId: AcceleratorId
  vendor: string
  /** Offer as listed: instance type or plan. */
  offer: string
  /** Month the price was observed (YYYY-MM). */
  observed: string
  /** Commitment the price assumes. */
  term: 'on-demand' | '1-year' | '3-year' | 'convention'
  usdPerGpuHour: number
  /**
   * The GPU alone, without the machine around it: GCP bills an a2 VM's vCPUs and memory apart from its
   * A100s, so its per-GPU rate is not comparable with an instance's price ÷ GPUs. Absent: the instance.
   */
  gpuOnly?: true
  source: Source
}

/**
 * Accelerators whose offers are compared as one price list: the same chip in two memory sizes sold
 * under one name. SemiAnalysis' "$1.5 per SXM A100" names no memory size. Any other accelerator is
 * priced from its own offers only: an H200 rents at a premium over an H100 (AWS Capacity Blocks:
 * $5.408 against $4.916), so it is not priced from H100 offers.
 */
export const SHARED_PRICE_LISTS: readonly (readonly AcceleratorId[])[] = [
  ['a100-40gb', 'a100-80gb'],
]

const EPOCH_PRICES = (where: string, checked: Source['checked']): Source => ({ ...REFERENCES.epochTrainingCost, where: `Hardware prices.csv: ${where}`, checked })

/** Rental prices per GPU-hour (instance price ÷ GPUs per instance), from archived vendor pages. */
export const GPU_PRICES = [
  {
    id: 'aws-a100-40gb-on-demand-2021-06',
    acceleratorId: 'a100-40gb',
    vendor: 'AWS',
    offer: 'p4d.24xlarge ($32.77/h ÷ 8)',
    observed: '2021-06',
    term: 'on-demand',
    usdPerGpuHour: 4.10,
    source: EPOCH_PRICES('AWS p4d, 2021-06 to 2025-03', '2026-11-26'),
  },
  {
    id: 'aws-a100-40gb-1-year-2021-06',
    acceleratorId: 'a100-40gb',
    vendor: 'AWS',
    offer: 'p4d.24xlarge',
    observed: '2021-06',
    term: '1-year',
    usdPerGpuHour: 2.40,
    source: EPOCH_PRICES('AWS p4d, 1-year reserved', '2026-11-26'),
  },
  {
    id: 'aws-a100-40gb-3-year-2021-06',
    acceleratorId: 'a100-40gb',
    vendor: 'AWS',
    offer: 'p4d.24xlarge',
    observed: '2021-06',
    term: '3-year',
    usdPerGpuHour: 1.45,
    source: EPOCH_PRICES('AWS p4d, 3-year reserved', '2026-11-26'),
  },
  {
    id: 'aws-a100-80gb-on-demand-2022-08',
    acceleratorId: 'a100-80gb',
    vendor: 'AWS',
    offer: 'p4de.24xlarge',
    observed: '2022-08',
    term: 'on-demand',
    usdPerGpuHour: 5.12,
    source: EPOCH_PRICES('AWS p4de, 2022-08 to 2025', '2026-11-26'),
  },
  {
    id: 'aws-a100-80gb-1-year-2022-08',
    acceleratorId: 'a100-80gb',
    vendor: 'AWS',
    offer: 'p4de.24xlarge',
    observed: '2022-08',
    term: '1-year',
    usdPerGpuHour: 3.00,
    source: EPOCH_PRICES('AWS p4de, 1-year reserved', '2026-11-26'),
  },
  {
    id: 'aws-a100-80gb-3-year-2022-08',
    acceleratorId: 'a100-80gb',
    vendor: 'AWS',
    offer: 'p4de.24xlarge',
    observed: '2022-08',
    term: '3-year',
    usdPerGpuHour: 1.81,
    source: EPOCH_PRICES('AWS p4de, 3-year reserved', '2026-11-26'),
  },
  {
    id: 'azure-a100-40gb-on-demand-2022-01',
    acceleratorId: 'a100-40gb',
    vendor: 'Azure',
    offer: 'ND96asr A100 v4',
    observed: '2022-01',
    term: 'on-demand',
    usdPerGpuHour: 3.40,
    source: EPOCH_PRICES('Azure ND96asr A100 v4, 2021–2022', '2026-11-26'),
  },
  {
    id: 'azure-a100-40gb-1-year-2022-01',
    acceleratorId: 'a100-40gb',
    vendor: 'Azure',
    offer: 'ND96asr A100 v4',
    observed: '2022-01',
    term: '1-year',
    usdPerGpuHour: 2.35,
    source: EPOCH_PRICES('Azure ND96asr A100 v4, 1-year', '2026-11-26'),
  },
  // The "$1.36 list price at Azure" SemiAnalysis mentions next to its $1.5 baseline.
  {
    id: 'azure-a100-40gb-3-year-2022-01',
    acceleratorId: 'a100-40gb',
    vendor: 'Azure',
    offer: 'ND96asr A100 v4',
    observed: '2022-01',
    term: '3-year',
    usdPerGpuHour: 1.36,
    source: EPOCH_PRICES('Azure ND96asr A100 v4, 3-year', '2026-11-26'),
  },
  {
    id: 'azure-a100-80gb-on-demand-2022-04',
    acceleratorId: 'a100-80gb',
    vendor: 'Azure',
    offer: 'ND96amsr A100 v4',
    observed: '2022-04',
    term: 'on-demand',
    usdPerGpuHour: 4.10,
    source: EPOCH_PRICES('Azure ND96amsr A100 v4, 2022-04', '2026-11-26'),
  },
  {
    id: 'azure-a100-80gb-1-year-2022-04',
    acceleratorId: 'a100-80gb',
    vendor: 'Azure',
    offer: 'ND96amsr A100 v4',
    observed: '2022-04',
    term: '1-year',
    usdPerGpuHour: 2.62,
    source: EPOCH_PRICES('Azure ND96amsr A100 v4, 1-year', '2026-11-26'),
  },
  {
    id: 'azure-a100-80gb-3-year-2022-04',
    acceleratorId: 'a100-80gb',
    vendor: 'Azure',
    offer: 'ND96amsr A100 v4',
    observed: '2022-04',
    term: '3-year',
    usdPerGpuHour: 1.80,
    source: EPOCH_PRICES('Azure ND96amsr A100 v4, 3-year', '2026-11-26'),
  },
  {
    id: 'gcp-a100-40gb-on-demand-2022-12',
    acceleratorId: 'a100-40gb',
    vendor: 'GCP',
    offer: 'A100 40GB GPU price (a2-highgpu VM billed apart)',
    gpuOnly: true,
    observed: '2022-12',
    term: 'on-demand',
    usdPerGpuHour: 2.93,
    source: EPOCH_PRICES('GCP A100 40GB, 2022-12: a GPU-only rate (GCP prices the A100 apart from the VM\'s vCPUs and memory)', '2026-12-01'),
  },
  {
    id: 'gcp-a100-40gb-1-year-2022-12',
    acceleratorId: 'a100-40gb',
    vendor: 'GCP',
    offer: 'A100 40GB GPU price (a2-highgpu VM billed apart)',
    gpuOnly: true,
    observed: '2022-12',
    term: '1-year',
    usdPerGpuHour: 1.85,
    source: EPOCH_PRICES('GCP A100 40GB, 1-year commitment: GPU only', '2026-12-01'),
  },
  {
    id: 'gcp-a100-40gb-3-year-2022-12',
    acceleratorId: 'a100-40gb',
    vendor: 'GCP',
    offer: 'A100 40GB GPU price (a2-highgpu VM billed apart)',
    gpuOnly: true,
    observed: '2022-12',
    term: '3-year',
    usdPerGpuHour: 1.03,
    source: EPOCH_PRICES('GCP A100 40GB, 3-year commitment: GPU only', '2026-12-01'),
  },
  {
    id: 'gcp-a100-80gb-on-demand-2022-12',
    acceleratorId: 'a100-80gb',
    vendor: 'GCP',
    offer: 'A100 80GB GPU price (a2-ultragpu VM billed apart)',
    gpuOnly: true,
    observed: '2022-12',
    term: 'on-demand',
    usdPerGpuHour: 3.93,
    source: EPOCH_PRICES('GCP A100 80GB, 2022-12: GPU only', '2026-12-01'),
  },
  {
    id: 'lambda-a100-40gb-on-demand-2022-08',
    acceleratorId: 'a100-40gb',
    vendor: 'Lambda',
    offer: 'gpu_1x_a100',
    observed: '2022-08',
    term: 'on-demand',
    usdPerGpuHour: 1.10,
    source: EPOCH_PRICES('Lambda A100 40GB, 2022-08', '2026-11-26'),
  },
  {
    id: 'lambda-a100-80gb-on-demand-2023-02',
    acceleratorId: 'a100-80gb',
    vendor: 'Lambda',
    offer: 'gpu_8x_a100_80gb',
    observed: '2023-02',
    term: 'on-demand',
    usdPerGpuHour: 1.50,
    source: EPOCH_PRICES('Lambda A100 80GB, 2023-02', '2026-11-26'),
  },
  {
    id: 'oracle-a100-80gb-on-demand-2023-10',
    acceleratorId: 'a100-80gb',
    vendor: 'Oracle',
    offer: 'BM.GPU.A100-v2.8',
    observed: '2023-10',
    term: 'on-demand',
    usdPerGpuHour: 4.00,
    source: EPOCH_PRICES('Oracle A100 80GB, 2023-10', '2026-11-26'),
  },
  {
    id: 'oracle-a100-40gb-on-demand-2023-10',
    acceleratorId: 'a100-40gb',
    vendor: 'Oracle',
    offer: 'BM.GPU4.8',
    observed: '2023-10',
    term: 'on-demand',
    usdPerGpuHour: 3.05,
    source: EPOCH_PRICES('Oracle A100 40GB, 2023-10', '2026-11-26'),
  },
  {
    id: 'oracle-h100-sxm-on-demand-2023-10',
    acceleratorId: 'h100-sxm',
    vendor: 'Oracle',
    offer: 'BM.GPU.H100.8',
    observed: '2023-10',
    term: 'on-demand',
    usdPerGpuHour: 10.00,
    source: EPOCH_PRICES('Oracle H100, 2023-10', '2026-11-26'),
  },
  {
    id: 'lambda-h100-sxm-on-demand-2024-01',
    acceleratorId: 'h100-sxm',
    vendor: 'Lambda',
    offer: 'gpu_8x_h100_sxm5',
    observed: '2024-01',
    term: 'on-demand',
    usdPerGpuHour: 3.49,
    source: EPOCH_PRICES('Lambda H100 SXM, 2024-01', '2026-11-26'),
  },
  {
    id: 'lambda-h100-pcie-on-demand-2024-01',
    acceleratorId: 'h100-pcie',
    vendor: 'Lambda',
    offer: 'gpu_1x_h100_pcie',
    observed: '2024-01',
    term: 'on-demand',
    usdPerGpuHour: 2.49,
    source: EPOCH_PRICES('Lambda H100 PCIe, 2024-01', '2026-11-26'),
  },
  // The deck's V100 is the SXM2 32GB part, so it is priced from an offer of that part: p3dn.24xlarge
  // (8 × V100 SXM2 32GB). Epoch's V100 row, Azure NC6s v3, rents one 16 GB V100 and gives no month.
  {
    id: 'aws-v100-on-demand-2026-01',
    acceleratorId: 'v100',
    vendor: 'AWS',
    offer: 'p3dn.24xlarge ($31.212/h ÷ 8), us-east-1',
    observed: '2026-01',
    term: 'on-demand',
    usdPerGpuHour: 3.9015,
    source: { ...REFERENCES.vantageP3dn, where: 'p3dn.24xlarge: 8 × NVIDIA V100, "32 GB HBM2" each, us-east-1 on demand $31.212 per hour (data updated 2026-01-21). SECONDARY: Vantage\'s copy of AWS\'s price list, read in a stored copy of its data (tsaol/aws-gpu, data/p3dn_instances.js); AWS\'s P3 page (https://aws.amazon.com/ec2/instance-types/p3/) not read', checked: '2026-12-07' },
  },
] as const satisfies readonly GpuPrice[]

/** Per-GPU-hour rates sources assumed for their cost figures (not offers). */
export const PRICE_CONVENTIONS = [
  {
    id: 'semianalysis-a100-80gb-convention-2023-01',
    acceleratorId: 'a100-80gb',
    vendor: 'SemiAnalysis',
    offer: 'baseline for large clusters of 256 SXM A100 with NVLink and 1.6T networking',
    observed: '2023-01',
    term: 'convention',
    usdPerGpuHour: 1.5,
    source: { ...REFERENCES.semiAnalysisBrickWall, where: '"~$1.5 per SXM A100 GPU per hour as a baseline cost"', checked: '2026-11-26' },
  },
  {
    id: 'mosaicml-a100-40gb-convention-2022-10',
    acceleratorId: 'a100-40gb',
    vendor: 'MosaicML',
    offer: 'cost estimates in MosaicML benchmarks',
    observed: '2022-10',
    term: 'convention',
    usdPerGpuHour: 2,
    source: { ...REFERENCES.mosaicStableDiffusion, where: 'README: "Our cost estimates are based on $2 / A100-hour"', checked: '2026-11-26' },
  },
  {
    id: 'mosaicml-a100-40gb-convention-2023-06',
    acceleratorId: 'a100-40gb',
    vendor: 'MosaicML',
    offer: 'reserved A100-40GB (MPT-30B blog)',
    observed: '2023-06',
    term: 'convention',
    usdPerGpuHour: 2.5,
    source: { ...REFERENCES.mosaicMpt30b, where: 'Table 4 caption: $2.50 per A100-40GB-hour', checked: '2026-11-26' },
  },
  {
    id: 'mosaicml-h100-sxm-convention-2023-06',
    acceleratorId: 'h100-sxm',
    vendor: 'MosaicML',
    offer: 'reserved H100-80GB (MPT-30B blog)',
    observed: '2023-06',
    term: 'convention',
    usdPerGpuHour: 5,
    source: { ...REFERENCES.mosaicMpt30b, where: 'Table 4 caption: $5.00 per H100-80GB-hour', checked: '2026-11-26' },
  },
] as const satisfies readonly GpuPrice[]

/** Accelerators with no offer in this file or in data/since-the-talk.ts's PRICES_SINCE_2024, and why. */
export const PRICE_ABSENCES: StatedAbsences = {
  'h800': 'The China-market H800 has no public rental offer read here. The DeepSeek-V3 slide and preset use DeepSeek\'s own $2 per H800-hour (DEEPSEEK_USD_PER_H800_HOUR in data/since-the-talk.ts), a convention, not an offer.',
  'gb200': 'GB200 is rented as NVL72 racks; no dated per-GPU offer has been read here. The appendix prices Blackwell from B200 offers.',
  'tpu-v3': 'No public per-chip offer read here: no dated copy of Google Cloud\'s TPU price page has been read for this deck. The talk\'s TPU run (PaLM) is compared in chip-hours, not dollars.',
  'tpu-v4': 'No public per-chip offer read here: no dated copy of Google Cloud\'s TPU price page has been read for this deck. PaLM\'s run is compared in chip-hours, not dollars.',
}
